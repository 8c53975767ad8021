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
  /** Sentences with words in capitals ("EXCLUSIVE", "TRAGIC NEWS"): shouting, not an acronym. */
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
 * What the verdict reads off the words themselves, in one linear pass over each sentence, with no regular
 * expression (nothing to backtrack, nothing to index):
 * - sentence lengths in words, as sums (of the sentences, their word counts and the counts' squares) that add
 *   up over the parts of a page read in parts. A word is a run of non-space characters with a letter or a
 *   digit in it; a line of one or two words (a heading, a byline, "Read more:") is not counted as prose;
 * - checkable specifics: a number ("$6 million", "28-year-old", "two years"; not "one", as in "one of the")
 *   or a named place or venue: a capitalised name right after "in", "at" or "from", or "in the", "at the"...
 *   ("in Las Vegas", "at the Grammys");
 * - shouting: a word of five capitals or more ("EXCLUSIVE"), or two words in capitals in a row ("TRAGIC NEWS"),
 *   not a short acronym alone ("NBA"), a wire dateline ("LOS ANGELES (AP)", "LONDON —"), nor a magazine's
 *   lead-in (the first words of a sentence in capitals, then plain text: "JENNIFER LOPEZ has...").
 * Words are read as runs of letters and digits, so "don't" is one word of prose and "two-year" holds "two".
 */
export function wordSignals(
  normalized: string,
  sentences: readonly Span[],
): Pick<ArticleSignals, 'specificSentences' | 'shoutingSentences' | 'proseSentences' | 'proseWords' | 'proseWordsSquared'> {
  let specificSentences = 0;
  let shoutingSentences = 0;
  let proseSentences = 0;
  let proseWords = 0;
  let proseWordsSquared = 0;
  for (const s of sentences) {
    let words = 0;
    let specific = false;
    let shouting = false;
    // The run before this one, and the one before that: where it stands, how it reads, and whether only white space follows it.
    let prevEnd = -1;
    let prevKind = RUN_OTHER;
    let prevCapitals = 0;
    let prevPrevKind = RUN_OTHER;
    // Whether every run so far is in capitals (a lead-in, or a line all in capitals), and whether they shout.
    let leadIn = true;
    let leadShouts = false;
    let i = s.start;
    while (i < s.end) {
      // The next run of letters and digits, and what separates it from the one before.
      let spaceBefore = prevEnd < 0;
      let onlySpace = prevEnd >= 0;
      let shoutSeparator = prevEnd >= 0;
      let c = 0;
      let kindOf = 0;
      for (; i < s.end; i++) {
        c = normalized.charCodeAt(i);
        kindOf = c < 128 ? ASCII[c]! : classify(c);
        if (kindOf >= CHAR_DIGIT) break;
        if (kindOf === CHAR_SPACE) spaceBefore = true;
        else onlySpace = false;
        if (!(c === 32 || c === 9 || c === 58 || c === 44 || c === 33)) shoutSeparator = false;
      }
      if (i >= s.end) break;
      const start = i;
      let capitals = 0;
      let lower = 0;
      let other = 0;
      for (; i < s.end; i++) {
        c = normalized.charCodeAt(i);
        kindOf = c < 128 ? ASCII[c]! : classify(c);
        if (kindOf === CHAR_LOWER) lower++;
        else if (kindOf === CHAR_UPPER) capitals++;
        else if (kindOf >= CHAR_DIGIT) other++;
        else break;
      }
      const length = i - start;
      const first = normalized.charCodeAt(start);
      if (spaceBefore) words++;
      const separated = start > prevEnd && onlySpace && prevEnd >= 0;
      // A number: a run that opens with a digit (after a letter, as in "MP3", it is part of a name), or a number word.
      if (!specific && ((first >= 48 && first <= 57) || isNumberWord(normalized, start, length, capitals, lower))) specific = true;
      // A named place: a capital then a small letter, right after "in", "at", "from" (or those and "the") and white space only.
      if (!specific && separated && first >= 65 && first <= 90 && length >= 2 && isLowerAscii(normalized.charCodeAt(start + 1))) {
        if (prevKind === RUN_PLACE_WORD || (prevKind === RUN_THE && prevPrevKind === RUN_PLACE_WORD)) specific = true;
      }
      // Shouting: capitals only, five or more, or two or more after another such run with only spaces, ":", "," or "!" between.
      const allCapitals = capitals === length && other === 0;
      const shouts = allCapitals && length >= 2 && (length >= 5 || (prevCapitals >= 2 && shoutSeparator)) && !datelineAfter(normalized, i);
      if (leadIn) {
        // Words in capitals from the sentence's first on, then plain text after a space ("GWEN STEFANI got..."):
        // a magazine's lead-in, set in capitals by its typography, not shouting.
        if (allCapitals && length >= 2 && (prevEnd < 0 || onlySpace)) leadShouts ||= shouts;
        else {
          leadIn = false;
          const plainAfter = onlySpace && first >= 97 && first <= 122;
          if ((leadShouts && !plainAfter) || shouts) shouting = true;
        }
      } else if (shouts) shouting = true;
      // What this run is, for the next: the words a place follows, and whether white space alone comes after it.
      const kind = runKind(normalized, start, length, lower);
      prevPrevKind = prevKind;
      const spaceAfter = i < s.end && kindOf === CHAR_SPACE;
      prevKind = spaceAfter ? kind : RUN_OTHER;
      // "the" must also have stood right after the place word: if not, nothing before it counts.
      if (kind === RUN_THE && !(separated && prevPrevKind === RUN_PLACE_WORD)) prevPrevKind = RUN_OTHER;
      prevCapitals = allCapitals ? length : 0;
      prevEnd = i;
    }
    if (specific) specificSentences++;
    if (shouting || (leadIn && leadShouts)) shoutingSentences++;
    if (words < MIN_PROSE_WORDS) continue;
    proseSentences++;
    proseWords += words;
    proseWordsSquared += words * words;
  }
  return { specificSentences, shoutingSentences, proseSentences, proseWords, proseWordsSquared };
}

const MIN_PROSE_WORDS = 3;

const NUMBER_WORDS = 'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions dozen dozens'.split(' ');
/** The number words by length, so a word is compared in place with the few of its length, no string made. */
const NUMBER_WORDS_BY_LENGTH: string[][] = [];
for (const w of NUMBER_WORDS) (NUMBER_WORDS_BY_LENGTH[w.length] ??= []).push(w);

/** Whether a run of letters is a number word, in small letters, capitalised or in capitals ("two", "Two", "TWO"). */
function isNumberWord(text: string, start: number, length: number, capitals: number, lower: number): boolean {
  const candidates = NUMBER_WORDS_BY_LENGTH[length];
  if (!candidates) return false;
  if (lower === length) {
    for (const w of candidates) if (text.charCodeAt(start) === w.charCodeAt(0) && text.startsWith(w, start)) return true;
    return false;
  }
  if (capitals + lower !== length || (capitals > 1 && capitals !== length)) return false;
  const word = text.slice(start, start + length).toLowerCase();
  return candidates.includes(word);
}

const RUN_OTHER = 0;
/** "in", "at", "from", in small letters. */
const RUN_PLACE_WORD = 1;
const RUN_THE = 2;

function runKind(text: string, start: number, length: number, lower: number): number {
  if (lower !== length || length < 2 || length > 4) return RUN_OTHER;
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  if (length === 2) return (a === 105 && b === 110) || (a === 97 && b === 116) ? RUN_PLACE_WORD : RUN_OTHER; // in, at
  if (length === 3) return a === 116 && b === 104 && text.charCodeAt(start + 2) === 101 ? RUN_THE : RUN_OTHER;
  return text.startsWith('from', start) ? RUN_PLACE_WORD : RUN_OTHER;
}

/** Whether a word in capitals is a dateline's place: "(" or a dash after it, past spaces and tabs. */
function datelineAfter(text: string, at: number): boolean {
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  const c = text.charCodeAt(at);
  return c === 40 || c === 45 || c === 0x2013 || c === 0x2014;
}

const isLowerAscii = (c: number) => c >= 97 && c <= 122;

// What a character is, for the runs above: white space, another mark, or a letter or digit (ASCII ones, and any
// letter beyond: Latin-1 letters onward, not the typographic marks of U+2000 to U+206F). A table for ASCII.
const CHAR_MARK = 0;
const CHAR_SPACE = 1;
const CHAR_DIGIT = 2;
const CHAR_UPPER = 3;
const CHAR_LOWER = 4;
const CHAR_LETTER = 5;
const classify = (c: number) =>
  isSpace(c) ? CHAR_SPACE : (c >= 48 && c <= 57) ? CHAR_DIGIT : (c >= 65 && c <= 90) ? CHAR_UPPER : (c >= 97 && c <= 122) ? CHAR_LOWER : c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) ? CHAR_LETTER : CHAR_MARK;
const ASCII = Uint8Array.from({ length: 128 }, (_, c) => classify(c));
