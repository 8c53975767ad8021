import type { KnownFacts, Marriage, Person } from '../../facts/schema';
import { normalizeForMatching } from '../text';
import type { Finding } from '../types';
import { addDays, formatDate, toDate } from './dates';
import { contradiction, HEDGED, mentionsWithin, quoted, resolvePronoun, sentencesWith, type CheckContext, type ClaimChecker } from './context';
import type { Mention } from './people';

/** Whether a partner or parent entry (an id, or a plain name for someone not listed) is this person. */
export function isPerson(entry: string, p: Person): boolean {
  return entry === p.id || namesOf(p).has(normalizedName(entry));
}

// Memos: the same few people are looked up for every mention of them, and the file holds hundreds of records.
const names = new WeakMap<Person, ReadonlySet<string>>();
const normalizedNames = new Map<string, string>();
const records = new WeakMap<KnownFacts, { marriages: Map<string, Marriage[]>; children: Map<string, KnownFacts['children']> }>();

function normalizedName(name: string): string {
  let n = normalizedNames.get(name);
  if (n === undefined) normalizedNames.set(name, (n = normalizeForMatching(name).toLowerCase()));
  return n;
}

function namesOf(p: Person): ReadonlySet<string> {
  let set = names.get(p);
  if (!set) names.set(p, (set = new Set([p.name, ...p.aliases].map(normalizedName))));
  return set;
}

function recordsOf(facts: KnownFacts) {
  let r = records.get(facts);
  if (!r) records.set(facts, (r = { marriages: new Map(), children: new Map() }));
  return r;
}

/** This person's marriages, oldest first (the same array each time: do not change it). */
export function marriagesOf(facts: KnownFacts, p: Person): Marriage[] {
  const memo = recordsOf(facts).marriages;
  let list = memo.get(p.id);
  if (!list) memo.set(p.id, (list = facts.marriages.filter((m) => m.spouses.some((s) => isPerson(s, p))).sort((a, b) => a.married.localeCompare(b.married))));
  return list;
}

/** This person's children, eldest first (the same array each time: do not change it). */
export function childrenOf(facts: KnownFacts, p: Person): KnownFacts['children'] {
  const memo = recordsOf(facts).children;
  let list = memo.get(p.id);
  if (!list) memo.set(p.id, (list = facts.children.filter((c) => c.parents.some((x) => isPerson(x, p))).sort((a, b) => a.born.localeCompare(b.born))));
  return list;
}

/**
 * Whether someone's records settle a claim at the article's time: complete as of a date (marriages and engagements,
 * or children), and the article not written after it. Returns that date.
 */
export function settledBy(ctx: CheckContext, p: Person, records: 'marriages' | 'children' = 'marriages'): string | undefined {
  const complete = records === 'children' ? p.childrenCompleteAsOf : p.recordsCompleteAsOf;
  if (!complete || (ctx.time.dated && ctx.time.to > toDate(complete))) return undefined;
  return complete;
}

const NUMBER_WORDS: Record<string, number> = {
  once: 1, twice: 2, thrice: 3, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const ORDINAL_WORD = String.raw`(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))`;
const COUNT_WORD = String.raw`(once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})`;

function numberOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? parseInt(word, 10);
}

// Words that make a family claim someone's wish, a rumour or a denial.
const NOT_A_CLAIM = HEDGED;

/** The person a claim at `at` is about: the nearest name before it in the sentence, not a possessor of someone else. */
function subjectBefore(ctx: CheckContext, sentence: { start: number }, at: number, within = 80): Mention | undefined {
  const m = mentionsWithin(ctx, Math.max(sentence.start, at - within), at).at(-1);
  if (!m) return undefined;
  const after = ctx.normalized.slice(m.end, at);
  // "X's mother is pregnant", "X and his wife are expecting": someone else's claim.
  if (/^'s?\s+(?:\w+\s+){0,2}?(?:mother|father|mom|dad|sister|brother|daughter|son|wife|husband|ex|friend|girlfriend|boyfriend|partner|fianc\w*|assistant|manager|nanny)\b/i.test(after)) return undefined;
  if (/\b(?:and|with|while|but)\s+(?:his|her|their)\s+\w+/i.test(after)) return undefined;
  return m;
}

// "is pregnant", "is expecting her second child", "expecting first child", "baby on the way", "pregnant with twins".
export const PREGNANCY = /\b(?:pregnant|expecting\s+(?:(?:her|his|their|a|the)\s+)?(?:(first|second|third|fourth|fifth|sixth|seventh|\d{1,2}(?:st|nd|rd|th))\s+)?(?:child|baby|kid)|(?:a\s+)?baby\s+on\s+the\s+way)\b/i;
const PREGNANT_NTH = new RegExp(String.raw`^\s+with\s+(?:her|his|their)\s+${ORDINAL_WORD}\s+(?:child|baby)`, 'i');

// "X's third marriage", "her second husband", "his fourth wife".
export const MARRIAGE_ORDINAL = new RegExp(String.raw`(?:('s|')|\b(her|his))\s+${ORDINAL_WORD}\s+(marriage|husband|wife|wedding)\b`, 'i');
// "married four times", "has been married twice", "her three marriages".
export const MARRIAGE_COUNT = new RegExp(String.raw`\b(?:(?:has|have|had)\s+been\s+)?married\s+${COUNT_WORD}(?:\s+times)?\b|\b(?:her|his)\s+${COUNT_WORD}\s+(?:failed\s+|previous\s+)?marriages\b`, 'i');
// "X's daughter Suri", "her son, Connor".
export const CHILD_NAMED = /(?:('s|')|\b(her|his))\s+(?:secret\s+|eldest\s+|oldest\s+|youngest\s+|only\s+|firstborn\s+|love\s+)?(son|daughter|child)(?:\s*,\s*|\s+)([A-Z][a-z]+)\b/;

/**
 * Family claims the records settle: a pregnancy with no child born after it, a count of marriages the person
 * never reached, a child of theirs who is not on record. Each only where the person's records are complete
 * as of a date the article is not written after.
 */
export const checkFamily: ClaimChecker = (ctx) => [...checkPregnancies(ctx), ...checkMarriageCounts(ctx), ...checkChildNames(ctx), ...checkMarriageEnds(ctx)];

function childrenFact(ctx: CheckContext, p: Person, asOf: string): string {
  const kids = childrenOf(ctx.facts, p);
  const list = kids.length ? `${p.name}'s children on record: ${kids.map((c) => `${c.name} (born ${formatDate(c.born)}${c.adopted ? ', adopted' : ''})`).join(', ')}` : `${p.name} has no children on record`;
  return `${list}, complete as of ${formatDate(asOf)}.`;
}

function checkPregnancies(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const s of sentencesWith(ctx, PREGNANCY)) {
    const text = ctx.normalized.slice(s.start, s.end);
    const claim = PREGNANCY.exec(text);
    if (!claim || NOT_A_CLAIM.test(text)) continue;
    const at = s.start + claim.index;
    const end = at + claim[0].length;
    if (quoted(ctx, at, end)) continue;
    const pronoun = /\b(she|he|they)\s+(?:is|are|was|were)\s+(?:now\s+)?$/i.exec(text.slice(0, claim.index));
    const person = pronoun ? resolvePronoun(ctx, s.start + pronoun.index, pronoun[1]!) : subjectBefore(ctx, s, at)?.person;
    if (!person) continue;
    const complete = settledBy(ctx, person, 'children');
    if (!complete) continue;
    const nthWord = claim[1] ?? PREGNANT_NTH.exec(text.slice(claim.index + claim[0].length))?.[1];
    const nth = nthWord ? numberOf(nthWord) : undefined;
    const kids = childrenOf(ctx.facts, person);
    const born = kids.filter((c) => !c.adopted);
    let possible: boolean;
    if (ctx.time.dated) {
      const window = { from: addDays(ctx.time.to, -30), to: addDays(ctx.time.to, 300) };
      possible = kids.some((c, i) => !c.adopted && toDate(c.born) >= window.from && toDate(c.born) <= window.to && (nth === undefined || i + 1 === nth));
    } else {
      possible = nth === undefined ? born.length > 0 : kids[nth - 1] !== undefined && !kids[nth - 1]!.adopted;
    }
    if (possible) continue;
    out.push(contradiction('pregnancy-claim', { start: at, end }, `Says ${person.name} is expecting${nth ? ` a ${nthWord!.toLowerCase()} child` : ''}; no child born to ${person.name} after such a time is on record.`, {
      fact: childrenFact(ctx, person, complete), source: person.source, asOf: complete,
    }));
  }
  return out;
}

function marriagesFact(ctx: CheckContext, p: Person, asOf: string): string {
  const list = marriagesOf(ctx.facts, p).map((m) => {
    const other = m.spouses.find((s) => !isPerson(s, p)) ?? m.spouses[1];
    const name = ctx.facts.people.find((q) => q.id === other)?.name ?? other;
    return `${name} (${m.married.slice(0, 4)}${m.divorced ? `–${m.divorced.slice(0, 4)}` : ''})`;
  });
  return list.length ? `${p.name}'s marriages on record, complete as of ${formatDate(asOf)}: ${list.join(', ')}.` : `${p.name} has never married, as of ${formatDate(asOf)}.`;
}

function checkMarriageCounts(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const byEnd = new Map(ctx.mentions.map((m) => [m.end, m.person]));
  const judge = (person: Person | undefined, n: number, exact: boolean, span: { start: number; end: number }, what: string) => {
    if (!person || !Number.isFinite(n) || n < 1) return;
    const complete = settledBy(ctx, person);
    if (!complete) return;
    const all = marriagesOf(ctx.facts, person);
    // Undated: any count up to the total was true at some time. Dated: the count as of the publication date.
    const byThen = ctx.time.dated ? all.filter((m) => toDate(m.married) <= ctx.time.to).length : all.length;
    const ok = exact && ctx.time.dated ? n === byThen : n <= (ctx.time.dated ? byThen + 1 : byThen);
    if (ok) return;
    out.push(contradiction('marriage-count-claim', span, `Speaks of ${person.name}'s ${what}; ${person.name} has married ${all.length === 0 ? 'never' : all.length === 1 ? 'once' : `${all.length} times`} on record.`, {
      fact: marriagesFact(ctx, person, complete), source: person.source, asOf: complete,
    }));
  };
  for (const s of sentencesWith(ctx, MARRIAGE_ORDINAL)) {
    const text = ctx.normalized.slice(s.start, s.end);
    if (NOT_A_CLAIM.test(text)) continue;
    for (const m of text.matchAll(new RegExp(MARRIAGE_ORDINAL.source, 'gi'))) {
      const at = s.start + m.index;
      const span = { start: at, end: at + m[0].length };
      if (quoted(ctx, span.start, span.end)) continue;
      const person = m[1] ? byEnd.get(at) : resolvePronoun(ctx, at, m[2]!);
      judge(person, numberOf(m[3]!), false, span, `${m[3]!.toLowerCase()} ${m[4]!.toLowerCase()}`);
    }
  }
  for (const s of sentencesWith(ctx, MARRIAGE_COUNT)) {
    const text = ctx.normalized.slice(s.start, s.end);
    if (NOT_A_CLAIM.test(text)) continue;
    for (const m of text.matchAll(new RegExp(MARRIAGE_COUNT.source, 'gi'))) {
      const at = s.start + m.index;
      const span = { start: at, end: at + m[0].length };
      if (quoted(ctx, span.start, span.end)) continue;
      const pronoun = /\b(?:her|his)\b/i.exec(m[0]);
      const person = m[2] && pronoun ? resolvePronoun(ctx, at, pronoun[0]) : subjectBefore(ctx, s, at, 60)?.person;
      judge(person, numberOf(m[1] ?? m[2]!), !m[2], span, m[0].toLowerCase());
    }
  }
  return out;
}

function checkChildNames(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const byEnd = new Map(ctx.mentions.map((m) => [m.end, m.person]));
  for (const s of sentencesWith(ctx, CHILD_NAMED)) {
    const text = ctx.normalized.slice(s.start, s.end);
    if (NOT_A_CLAIM.test(text)) continue;
    for (const m of text.matchAll(new RegExp(CHILD_NAMED.source, 'g'))) {
      const at = s.start + m.index;
      const span = { start: at, end: at + m[0].length };
      if (quoted(ctx, span.start, span.end)) continue;
      const parent = m[1] ? byEnd.get(at) : resolvePronoun(ctx, at, m[2]!);
      if (!parent) continue;
      const complete = settledBy(ctx, parent, 'children');
      if (!complete) continue;
      const name = m[4]!;
      if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|And|But|In|On|At|When|After|Before)$/.test(name)) continue;
      // A listed person of that first name ("Brooklyn Beckham") or a child whose any name it is, is on record.
      const kids = childrenOf(ctx.facts, parent);
      if (kids.some((c) => c.name.split(/[\s-]+/).includes(name))) continue;
      if (ctx.mentions.some((x) => x.start === at + m[0].length - name.length && kids.some((c) => isPerson(c.name, x.person)))) continue;
      out.push(contradiction('child-claim', span, `Names ${name} as ${parent.name}'s ${m[3]!.toLowerCase()}; no child of that name is on record.`, {
        fact: childrenFact(ctx, parent, complete), source: parent.source, asOf: complete,
      }));
    }
  }
  return out;
}

// "the end of his marriage to Y", "X and Y divorced", "X's split from Y": a marriage said to have ended.
export const MARRIAGE_END = /\b(?:end\s+of\s+(?:his|her|their)\s+(?:\w+\s+){0,2}?marriage|(?:divorce|split|separation|break-?up)\s+from|(?:have|has|had)\s+(?:split|separated|divorced|broken\s+up)|divorced|(?:split|separated|broke\s+up)\s+(?:in|after|last|earlier|this)\b|called\s+it\s+quits|(?:are|were)\s+(?:divorcing|separating))\b/i;

/**
 * A marriage on record, between two people named in the sentence, said to have ended when the record has it
 * going on (no separation or divorce) as of the record's date, and the article is not written after it. Hedges count only close by:
 * "after weeks of rumours, X confirmed the end of his marriage" is a claim.
 */
function checkMarriageEnds(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const s of sentencesWith(ctx, MARRIAGE_END)) {
    const text = ctx.normalized.slice(s.start, s.end);
    const claim = MARRIAGE_END.exec(text);
    if (!claim) continue;
    const at = s.start + claim.index;
    const end = at + claim[0].length;
    const near = ctx.normalized.slice(Math.max(s.start, at - 40), Math.min(s.end, end + 40));
    if (NOT_A_CLAIM.test(near) || /\bfiled\s+for\b|\bwould\b|\bfirst\b|\bprevious\b|\bformer\b|\bex-/i.test(near) || quoted(ctx, at, end)) continue;
    const people = [...new Set(mentionsWithin(ctx, s.start, s.end).map((m) => m.person))];
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const a = people[i]!;
        const b = people[j]!;
        const theirs = marriagesOf(ctx.facts, a).filter((m) => m.spouses.some((x) => isPerson(x, b)));
        if (!theirs.length || theirs.some((m) => m.divorced || m.separated)) continue;
        // The marriage's record states how it stands as of its own date; a later article may know more.
        const m = theirs[0]!;
        if (ctx.time.dated && ctx.time.to > toDate(m.asOf)) continue;
        out.push(contradiction('marriage-end-claim', { start: at, end }, `Says ${a.name} and ${b.name}'s marriage ended; the record has them married since ${formatDate(m.married)}.`, {
          fact: `${a.name} and ${b.name}: married ${formatDate(m.married)}, no separation or divorce on record as of ${formatDate(m.asOf)}.${m.note ? ` ${m.note}` : ''}`,
          source: m.source,
          asOf: m.asOf,
        }));
      }
    }
  }
  return out;
}
