import type { Span } from '../text';
import { firstOverlapping } from '../text';
import { hasSpeechTag, isSpokenQuote, namesSomeone, ON_RECORD_PATTERNS } from './sourcing';

/**
 * What the verdict reads off one analysis: counts only, so the counts of a long page read in parts
 * add up to the counts of the whole (see chunks.ts), and each can be said in words.
 */
export interface ArticleSignals {
  sentences: number;
  /** Sentences that cite an unnamed source ("an insider said"). */
  anonymousSentences: number;
  /** Sentences sourced on the record (a named person or outlet, a statement, a rep, a court paper, the star's post) and citing no unnamed one. */
  onRecordSentences: number;
  /** Sentences with a hedge or rumour word ("reportedly", "is said to"). */
  hedgedSentences: number;
  /** Sentences that insinuate by asking ("Could it be...?", "Coincidence?"). */
  questionSentences: number;
  /** Sentences carrying any invented-interview cue, shown or not. */
  inventedSentences: number;
  /** Those of them with no other cue nearby (see density.ts): one atmospheric line in a report. */
  isolatedInventedSentences: number;
  /** Strong framing marks ("exclusive interview", "tell-all", "you won't believe"). */
  framing: number;
  /** Sentences the known facts contradict. */
  contradictedSentences: number;
  /** Quotations long enough to be someone's words. */
  quotes: number;
  /** Those with no speech tag before or after: words put in someone's mouth with no one saying so. */
  untaggedQuotes: number;
  /** Sentences ending in "!". */
  exclamations: number;
  /** Sentences with tabloid drama words ("devastated", "bombshell"). */
  dramaSentences: number;
  /** Sentences pinned to a day or a date ("on Tuesday", "March 14"). */
  datedSentences: number;
}

export const SIGNAL_NAMES = [
  'sentences', 'anonymousSentences', 'onRecordSentences', 'hedgedSentences', 'questionSentences', 'inventedSentences',
  'isolatedInventedSentences', 'framing', 'contradictedSentences', 'quotes', 'untaggedQuotes', 'exclamations',
  'dramaSentences', 'datedSentences',
] as const satisfies readonly (keyof ArticleSignals)[];

export function emptySignals(): ArticleSignals {
  return Object.fromEntries(SIGNAL_NAMES.map((n) => [n, 0])) as unknown as ArticleSignals;
}

/** The signals of a text read in parts: every count summed. */
export function addSignals(parts: readonly ArticleSignals[]): ArticleSignals {
  const total = emptySignals();
  for (const p of parts) for (const n of SIGNAL_NAMES) total[n] += p[n];
  return total;
}

/** Which sentences the spans touch, a flag per sentence: a binary search per span, no array per span. */
export function sentencesTouched(spans: Iterable<Span>, sentences: readonly Span[]): Uint8Array {
  const touched = new Uint8Array(sentences.length);
  for (const s of spans) {
    for (let i = firstOverlapping(sentences, s.start, s.end); i >= 0 && i < sentences.length && sentences[i]!.start < s.end; i++) touched[i] = 1;
  }
  return touched;
}

export function count(flags: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < flags.length; i++) n += flags[i]!;
  return n;
}

/**
 * Sourcing and quotation counts: on-record sentences (where the one pass found a named source and no unnamed
 * one is cited), spoken quotations and those with no speech tag, exclamations.
 */
export function sourcingSignals(
  normalized: string,
  sentences: readonly Span[],
  quotations: readonly Span[],
  claims: ReadonlyMap<RegExp, readonly Span[]>,
  anonymous: Uint8Array,
): Pick<ArticleSignals, 'onRecordSentences' | 'quotes' | 'untaggedQuotes' | 'exclamations'> {
  const onRecord = ON_RECORD_PATTERNS.flatMap((p) => (claims.get(p) ?? []).filter((span) => namesSomeone(p, normalized.slice(span.start, span.end))));
  const named = sentencesTouched(onRecord, sentences);
  let quotes = 0;
  let untaggedQuotes = 0;
  for (const q of quotations) {
    if (!isSpokenQuote(normalized, q.start, q.end)) continue;
    quotes++;
    if (!hasSpeechTag(normalized, q.start, q.end)) untaggedQuotes++;
  }
  let exclamations = 0;
  let onRecordSentences = 0;
  for (let i = 0; i < sentences.length; i++) {
    const end = sentences[i]!.end;
    const last = normalized.charCodeAt(end - 1);
    if (last === 33 || (last === 34 && normalized.charCodeAt(end - 2) === 33)) exclamations++;
    if (named[i] && !anonymous[i]) onRecordSentences++;
  }
  return { onRecordSentences, quotes, untaggedQuotes, exclamations };
}
