import type { Span } from '../text';
import { firstOverlapping, isSpace } from '../text';
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
  /** Sentences giving a checkable specific: a number or a named place ("$6 million", "in Las Vegas"). */
  specificSentences: number;
  /** Sentences with words in capitals ("EXCLUSIVE", "VERY SAD NEWS"): shouting, not an acronym. */
  shoutingSentences: number;
  /** Sentences of three words or more: prose, not a heading, a byline or a "Read more" link. */
  proseSentences: number;
  /** Words in those sentences. */
  proseWords: number;
  /** Each of those sentences' word count squared, summed: with the two above, how much sentence lengths vary. */
  proseWordsSquared: number;
}

export const SIGNAL_NAMES = [
  'sentences', 'anonymousSentences', 'onRecordSentences', 'hedgedSentences', 'questionSentences', 'inventedSentences',
  'isolatedInventedSentences', 'framing', 'contradictedSentences', 'quotes', 'untaggedQuotes', 'exclamations',
  'dramaSentences', 'datedSentences', 'specificSentences', 'shoutingSentences', 'proseSentences', 'proseWords', 'proseWordsSquared',
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

/**
 * Sentence lengths in words, as sums (of the sentences, their word counts and the counts' squares) that add up
 * over the parts of a page read in parts. A word is a run of non-space characters with a letter or a digit in
 * it; a line of one or two words (a heading, a byline, "Read more:") is not counted as prose. One linear pass.
 */
export function lengthSignals(normalized: string, sentences: readonly Span[]): Pick<ArticleSignals, 'proseSentences' | 'proseWords' | 'proseWordsSquared'> {
  let proseSentences = 0;
  let proseWords = 0;
  let proseWordsSquared = 0;
  for (const s of sentences) {
    let n = 0;
    let inWord = false;
    let counted = false;
    for (let i = s.start; i < s.end; i++) {
      const c = normalized.charCodeAt(i);
      if (isSpace(c)) {
        inWord = false;
        continue;
      }
      if (!inWord) {
        inWord = true;
        counted = false;
      }
      if (!counted && isWordCharacter(c)) {
        counted = true;
        n++;
      }
    }
    if (n < MIN_PROSE_WORDS) continue;
    proseSentences++;
    proseWords += n;
    proseWordsSquared += n * n;
  }
  return { proseSentences, proseWords, proseWordsSquared };
}

const MIN_PROSE_WORDS = 3;

// A letter or a digit: ASCII ones, and any letter beyond (Latin-1 letters onward), not the typographic marks of U+2000 to U+206F.
const isWordCharacter = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f));
