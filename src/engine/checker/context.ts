import type { KnownFacts, Person } from '../../facts/schema';
import { firstOverlapping, type Span } from '../text';
import type { Evidence, Finding } from '../types';
import type { ArticleTime } from './dates';
import type { ChildMention, Mention } from './people';

/** What every claim extractor gets: the article, where people are named, and when it speaks from. */
export interface CheckContext {
  normalized: string;
  sentences: readonly Span[];
  mentions: readonly Mention[];
  /** Children on record named where a parent is named too (see findChildMentions). */
  childMentions: readonly ChildMention[];
  /** Quoted stretches: a lyric or a slogan in quotes is not the article's claim about a person. */
  quotations: readonly Span[];
  facts: KnownFacts;
  time: ArticleTime;
  /** Where the claim patterns were found in the engine's one pass over the text, when it made one. */
  claims?: ReadonlyMap<RegExp, readonly Span[]>;
}

export type ClaimChecker = (ctx: CheckContext) => Finding[];

/** Mentions inside [start, end), by binary search over the sorted mentions: linear overall, not quadratic. */
export function mentionsWithin(ctx: CheckContext, start: number, end: number): Mention[] {
  const list = ctx.mentions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < list.length && list[i]!.start < end; i++) if (list[i]!.end <= end) out.push(list[i]!);
  return out;
}

/** Where a claim pattern matched, as spans: from the engine's one pass, or, without it, by a scan. */
export function claimSpans(ctx: Pick<CheckContext, 'normalized' | 'claims'>, claim: RegExp): readonly Span[] {
  return ctx.claims?.get(claim) ?? claimMatches(ctx, claim).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const stickyCopies = new WeakMap<RegExp, RegExp>();

/**
 * Every match of a claim pattern (one of `claimPatterns`), with its groups, in order: read at the places
 * the engine's one pass found it, or, without that pass, by scanning the text for it.
 */
export function claimMatches(ctx: Pick<CheckContext, 'normalized' | 'claims'>, claim: RegExp): RegExpExecArray[] {
  const found = ctx.claims?.get(claim);
  const flags = claim.flags.replace(/[gy]/g, '');
  if (!found) return [...ctx.normalized.matchAll(new RegExp(claim.source, `${flags}g`))].filter((m) => m[0] !== '');
  let sticky = stickyCopies.get(claim);
  if (!sticky) stickyCopies.set(claim, (sticky = new RegExp(claim.source, `${flags}y`)));
  const out: RegExpExecArray[] = [];
  for (const span of found) {
    sticky.lastIndex = span.start;
    const m = sticky.exec(ctx.normalized);
    if (m) out.push(m);
  }
  return out;
}

/** The sentences where a claim pattern occurs: an extractor reads only those, not every sentence of a long page. */
export function sentencesWith(ctx: CheckContext, claim: RegExp): Span[] {
  const out: Span[] = [];
  let last = -1;
  for (const m of claimSpans(ctx, claim)) {
    const i = firstOverlapping(ctx.sentences, m.start, Math.max(m.end, m.start + 1));
    if (i < 0 || i === last) continue;
    out.push(ctx.sentences[i]!);
    last = i;
  }
  return out;
}

export function sentenceAt(ctx: CheckContext, at: number): Span | undefined {
  const i = firstOverlapping(ctx.sentences, at, at + 1);
  return i < 0 ? undefined : ctx.sentences[i];
}

/** Which pronoun a word is: "she"/"her"/"hers", "he"/"his"/"him", "they"/"their"/"them". */
export function pronounOf(word: string): 'she' | 'he' | 'they' | undefined {
  const w = word.toLowerCase();
  if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') return 'she';
  if (w === 'he' || w === 'his' || w === 'him' || w === 'himself') return 'he';
  if (w === 'they' || w === 'their' || w === 'them' || w === 'theirs') return 'they';
  return undefined;
}

/**
 * "she" or "his" means the one person of that pronoun named in this sentence before the pronoun or in the
 * sentence before it. Left unresolved (no claim rather than a wrong one) when two people fit, when none does,
 * or when someone named there has no pronoun on record (it might be theirs).
 */
export function resolvePronoun(ctx: CheckContext, at: number, word: string): Person | undefined {
  const wanted = pronounOf(word);
  const i = firstOverlapping(ctx.sentences, at, at + 1);
  if (i < 0 || !wanted) return undefined;
  const from = ctx.sentences[Math.max(0, i - 1)]!.start;
  const near = mentionsWithin(ctx, from, at);
  const fitting = new Set(near.filter((m) => m.person.pronoun === wanted).map((m) => m.person));
  if (fitting.size !== 1) return undefined;
  // Between the person's last mention and the pronoun, no one else it could mean: a child on record, a person with
  // no pronoun on record, or a name the facts do not know ("Orlando Bloom").
  const last = near.filter((m) => fitting.has(m.person)).at(-1)!;
  if (near.some((m) => m.start > last.start && m.person.pronoun === undefined)) return undefined;
  if (ctx.childMentions.some((c) => c.start >= last.end && c.end <= at)) return undefined;
  if (unknownName(ctx.normalized, last.end, at, near)) return undefined;
  return last.person;
}

/** Two capitalized words in a row ("Orlando Bloom") in [from, to), not a known person's name and not opening a sentence. */
function unknownName(text: string, from: number, to: number, known: readonly Mention[]): boolean {
  // Read only the stretch itself (a slice): a scan of the whole text from here would make each pronoun cost the article's length.
  const stretch = text.slice(Math.max(0, from - 2), to);
  const offset = Math.max(0, from - 2);
  for (const m of stretch.matchAll(/(?<=[a-z,;] |[a-z,;]\s\s|\(|")([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+([A-Z][a-z]+)\b/g)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (start < from) continue;
    if (known.some((k) => k.start < end && start < k.end)) continue;
    if (NOT_A_NAME.test(m[1]!) || NOT_A_NAME.test(m[2]!)) continue;
    return true;
  }
  return false;
}
const NOT_A_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|And|Of|In|On|At|New|Los|Las|San|Santa|North|South|East|West|Awards?|Show|Festival|Day|Night|Instagram|Twitter|Facebook|TikTok|YouTube|Hollywood|Street|Park|Hall|Hotel|Center|Centre)$/;

/** Whether [start, end) lies inside a quotation. */
export function quoted(ctx: CheckContext, start: number, end: number): boolean {
  const i = firstOverlapping(ctx.quotations, start, Math.max(end, start + 1));
  return i >= 0 && ctx.quotations[i]!.start <= start && ctx.quotations[i]!.end >= end;
}

/** The people an article is mostly about: the most-named known people, at most `limit` of them. */
export function mainPeople(ctx: CheckContext, limit = 2): Person[] {
  const counts = new Map<Person, number>();
  for (const m of ctx.mentions) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
  return [...counts.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).slice(0, limit).map(([p]) => p);
}

export function contradiction(rule: string, span: Span, message: string, evidence: Evidence): Finding {
  return { category: 'fact-contradiction', rule, start: span.start, end: span.end, message, evidence };
}

/** Claims made under a hedge or a denial are rumour talk, not statements the facts can contradict. */
export const HEDGED = /\b(?:not|no|never|n't|deny|denied|denies|rumou?r\w*|reportedly|allegedly|speculat\w*|whether|if|would|could|might|may|wonder\w*|hoax|fake|false|debunk\w*|claim\w*|insist\w*|hope\w*|plan\w*|dream\w*|wish\w*)\b|\?/i;
