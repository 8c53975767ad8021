import type { ArticleSignals } from './signals';

/**
 * The verdict's inputs: each a number read off an article's signals, and the words that say it, so the
 * popup can name what moved the score. Densities are per sentence, short texts counted as at least eight
 * sentences: one colourful line in a three-line item is not a pattern.
 */
export interface Feature {
  name: string;
  value(s: ArticleSignals): number;
  /**
   * The signal in plain words, as it pushed the score: `up` toward "false", else toward "reported".
   * Undefined when there is nothing to say that way (a zero count cannot have raised the score).
   */
  words(s: ArticleSignals, up: boolean): string | undefined;
}

const length = (s: ArticleSignals) => Math.max(s.sentences, 8);
/** Invented-narration density: a cue standing alone counts half, so a run of them weighs more than one line. */
const inventedDensity = (s: ArticleSignals) => (s.inventedSentences - s.isolatedInventedSentences / 2) / length(s);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** "3 of 14 sentences rest on...", "1 of 14 sentences rests on...". */
const ofSentences = (n: number, s: ArticleSignals, one: string, many: string) =>
  n ? `${n} of ${s.sentences} sentence${s.sentences === 1 ? '' : 's'} ${n === 1 ? one : many}` : undefined;
/** A count that only raises the score when present, and only lowers it by being absent. */
const present = (n: number, up: boolean, said: string | undefined, absent: string) => (up ? (n ? said : undefined) : n ? undefined : absent);

/**
 * How much the lengths of an article's sentences vary: the spread of their word counts over the mean (the
 * coefficient of variation; prose sentences only, see wordSignals in signals.ts). Edited reporting mixes short and long
 * sentences; invented and crowd-written items run at one length. Under three sentences there is no spread to
 * read: a typical value (about the median of the labelled articles), which moves the score nowhere much.
 */
export function lengthVariety(s: ArticleSignals): number {
  if (s.proseSentences < 3) return TYPICAL_VARIETY;
  const mean = s.proseWords / s.proseSentences;
  const variety = Math.sqrt(Math.max(0, s.proseWordsSquared / s.proseSentences - mean * mean)) / mean;
  // Held to the range of the labelled articles (0.23 to 0.87): a list of same-length lines is not more false for it.
  return Math.min(MOST_VARIETY, Math.max(LEAST_VARIETY, variety));
}
const TYPICAL_VARIETY = 0.5;
const LEAST_VARIETY = 0.2;
const MOST_VARIETY = 1;

const inventedWords: Feature['words'] = (s, up) =>
  present(s.inventedSentences, up, ofSentences(s.inventedSentences, s, 'reads like invented narration or a staged quote', 'read like invented narration or staged quotes'), 'no novelistic narration');

export const FEATURES: readonly Feature[] = [
  {
    name: 'anonymous',
    value: (s) => s.anonymousSentences / length(s),
    words: (s, up) => present(s.anonymousSentences, up, ofSentences(s.anonymousSentences, s, 'rests on unnamed sources', 'rest on unnamed sources'), 'no unnamed sources'),
  },
  {
    name: 'onRecord',
    value: (s) => s.onRecordSentences / length(s),
    words: (s, up) =>
      up
        ? s.onRecordSentences ? `only ${ofSentences(s.onRecordSentences, s, 'is', 'are')} sourced on the record` : 'no named source or on-record statement'
        : ofSentences(s.onRecordSentences, s, 'is sourced on the record (a named person or outlet, a statement, a post)', 'are sourced on the record (named people or outlets, statements, posts)'),
  },
  {
    name: 'hedged',
    value: (s) => s.hedgedSentences / length(s),
    words: (s, up) => present(s.hedgedSentences, up, ofSentences(s.hedgedSentences, s, 'hedges or passes on rumour', 'hedge or pass on rumour'), 'no hedging or rumour talk'),
  },
  {
    name: 'questions',
    value: (s) => s.questionSentences / length(s),
    words: (s, up) => present(s.questionSentences, up, plural(s.questionSentences, 'leading question', 'leading questions'), 'no leading questions'),
  },
  {
    name: 'invented',
    value: inventedDensity,
    words: inventedWords,
  },
  {
    // The part of that density beyond what a colourful report has: a run of invented scenes is a tell-all.
    name: 'inventedRun',
    value: (s) => Math.max(0, inventedDensity(s) - 0.1),
    words: inventedWords,
  },
  {
    name: 'framing',
    value: (s) => Math.min(s.framing, 2),
    words: (s, up) => present(s.framing, up, plural(s.framing, '"exclusive" or "tell-all" framing mark', '"exclusive" or "tell-all" framing marks'), 'no "exclusive" or "tell-all" framing'),
  },
  {
    name: 'contradicted',
    value: (s) => Math.min(s.contradictedSentences, 2),
    words: (s, up) => present(s.contradictedSentences, up, `${plural(s.contradictedSentences, 'sentence', 'sentences')} the known facts contradict`, 'nothing the known facts contradict'),
  },
  {
    name: 'untaggedQuotes',
    value: (s) => s.untaggedQuotes / length(s),
    words: (s, up) => (up && s.untaggedQuotes ? `${plural(s.untaggedQuotes, 'quotation', 'quotations')} with no one named as saying it` : undefined),
  },
  {
    name: 'exclamations',
    value: (s) => s.exclamations / length(s),
    words: (s, up) => (up && s.exclamations ? plural(s.exclamations, 'exclamation', 'exclamations') : undefined),
  },
  {
    name: 'drama',
    value: (s) => s.dramaSentences / length(s),
    words: (s, up) => present(s.dramaSentences, up, ofSentences(s.dramaSentences, s, 'uses tabloid drama words ("devastated", "bombshell", "feud")', 'use tabloid drama words ("devastated", "bombshell", "feud")'), 'no tabloid drama words'),
  },
  {
    name: 'dated',
    value: (s) => s.datedSentences / length(s),
    words: (s, up) => (up ? (s.datedSentences ? undefined : 'no event pinned to a day or date') : ofSentences(s.datedSentences, s, 'pins events to a day or date', 'pin events to a day or date')),
  },
  {
    // Checkable specifics: a number or a named place, which reporting gives and invented items leave out.
    name: 'specific',
    value: (s) => s.specificSentences / length(s),
    words: (s, up) =>
      up
        ? s.specificSentences ? `only ${ofSentences(s.specificSentences, s, 'gives', 'give')} a number or a named place to check` : 'no number or named place to check'
        : ofSentences(s.specificSentences, s, 'gives a number or a named place to check', 'give numbers or named places to check'),
  },
  {
    name: 'shouting',
    value: (s) => s.shoutingSentences / length(s),
    words: (s, up) => (up && s.shoutingSentences ? `${plural(s.shoutingSentences, 'sentence', 'sentences')} shouting in capitals` : undefined),
  },
  {
    name: 'lengthVariety',
    value: lengthVariety,
    words: (s, up) => (s.proseSentences < 3 ? undefined : up ? 'sentences all of much the same length' : 'sentences varied in length, as in edited reporting'),
  },
  {
    name: 'length',
    value: (s) => Math.log(length(s)),
    words: (s, up) => (up ? `a short piece (${plural(s.sentences, 'sentence', 'sentences')})` : `a long piece (${plural(s.sentences, 'sentence', 'sentences')})`),
  },
];

export function featureValues(s: ArticleSignals): number[] {
  return FEATURES.map((f) => f.value(s));
}
