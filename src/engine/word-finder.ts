/**
 * Finds the words of a fixed list in a text, whole words only and ignoring ASCII case: where
 * `/\b(?:word1|word2|…)\b/gi` would match, but in one pass over the text's characters with no string made
 * per word. The matcher (pattern-index.ts) uses it to find its anchor words, which are many (about 900) and
 * stand in a long text about once in ten words: a regular-expression alternation of them, even on a
 * lower-cased copy, cost more than all the patterns tried at its hits.
 *
 * How: an automaton (a trie of the words, plus a "between words" character class) read one character at a
 * time. A word is a run of `\w` characters (ASCII letters, digits, underscore), as `\b` sees it. Leaving a
 * state where a listed word ends, on a character that ends the run, reports that word; every other run
 * falls into a dead state until its end. One table look-up and one well-predicted branch per character:
 * measured about twice as fast as walking the trie from each word's start. The table holds 32-bit row
 * offsets (about 430 KB for the bundled rules' 950 words): 16-bit state numbers took half the memory but
 * a multiplication per character, a third slower on a long text.
 */

// Columns of the transition table: one per word character (upper and lower case share one), and one for
// every other character.
const BETWEEN = 37;
const WIDTH = 38;
const COLUMN = new Uint8Array(65536).fill(BETWEEN);
for (let c = 0; c < 26; c++) {
  COLUMN[97 + c] = c;
  COLUMN[65 + c] = c;
}
for (let d = 0; d < 10; d++) COLUMN[48 + d] = 26 + d;
COLUMN[95] = 36;

/** Whether a character (by its code) is a word character as `\w` and `\b` see it. */
export const isWordCharacter = (code: number): boolean => (COLUMN[code] ?? BETWEEN) !== BETWEEN;

/** State 0 is dead (inside a run that is no listed word); state 1 is between words. */
const DEAD = 0;
const BETWEEN_WORDS = 1;

export class WordFinder {
  /**
   * The transition table, one row of WIDTH entries per state: `next[row + column]` is the row of the state
   * after a character (rows, not state numbers: that saves a multiplication per character). Where a listed
   * word ends the run, the entry is negative instead: -(1 + the word's index); the state after it is
   * between words.
   */
  private readonly next: Int32Array;
  private readonly lengths: Int32Array;

  /** `words`: `\w` characters only; matched ignoring case, so upper and lower case are the same word. */
  constructor(readonly words: readonly string[]) {
    // Built straight into a typed array big enough for the worst case (every character a new state), then
    // cut to size: a page builds this in its first slice, where a growing JS array cost several times more.
    const capacity = 2 + words.reduce((sum, w) => sum + w.length, 0);
    const table = new Int32Array(capacity * WIDTH);
    const wordAt = new Int32Array(capacity);
    let states = 2;
    words.forEach((word, index) => {
      let state = BETWEEN_WORDS;
      for (let i = 0; i < word.length; i++) {
        const column = COLUMN[word.charCodeAt(i)]!;
        if (column === BETWEEN) throw new Error(`WordFinder: "${word}" is not a word (only \\w characters can be found)`);
        let child = table[state * WIDTH + column]!;
        if (child === DEAD) table[state * WIDTH + column] = child = states++;
        state = child;
      }
      if (state !== BETWEEN_WORDS && wordAt[state] === 0) wordAt[state] = index + 1;
    });
    // State numbers become row offsets; leaving a run goes between words, or reports the word it ends.
    const next = table.slice(0, states * WIDTH);
    for (let state = 0; state < states; state++) {
      const row = state * WIDTH;
      for (let column = 0; column < BETWEEN; column++) next[row + column] = next[row + column]! * WIDTH;
      next[row + BETWEEN] = wordAt[state] ? -wordAt[state]! : BETWEEN_WORDS * WIDTH;
    }
    this.next = next;
    this.lengths = Int32Array.from(words, (w) => w.length);
  }

  /**
   * Every listed word in `text`, in order, as pairs in one flat typed array: `[offset, word index, offset,
   * word index, …]` (flat and typed, because a long text has hundreds of thousands of hits).
   */
  find(text: string): Int32Array {
    const { next, lengths } = this;
    let hits: Int32Array = new Int32Array(1024);
    let count = 0;
    const n = text.length;
    let row = BETWEEN_WORDS * WIDTH;
    for (let i = 0; i < n; i++) {
      row = next[row + COLUMN[text.charCodeAt(i)]!]!;
      if (row < 0) {
        if (count === hits.length) hits = grow(hits);
        hits[count++] = i - lengths[-row - 1]!;
        hits[count++] = -row - 1;
        row = BETWEEN_WORDS * WIDTH;
      }
    }
    // A word that ends the text ends as if a space followed.
    row = next[row + BETWEEN]!;
    if (row < 0) {
      if (count === hits.length) hits = grow(hits);
      hits[count++] = n - lengths[-row - 1]!;
      hits[count++] = -row - 1;
    }
    return hits.subarray(0, count);
  }

  /** The index of the listed word that stands whole at `at` (a word starts there), or -1. */
  wordAt(text: string, at: number): number {
    const { next } = this;
    let row = BETWEEN_WORDS * WIDTH;
    for (let i = at; i <= text.length; i++) {
      const column = i < text.length ? COLUMN[text.charCodeAt(i)]! : BETWEEN;
      row = next[row + column]!;
      if (column === BETWEEN) return row < 0 ? -row - 1 : -1;
      if (row === DEAD) return -1;
    }
    return -1;
  }
}

function grow(hits: Int32Array): Int32Array {
  const grown = new Int32Array(hits.length * 2);
  grown.set(hits);
  return grown;
}

/**
 * Values keyed by anchor token, split the way tokens are found: whole words through one WordFinder (by the
 * word's index), marks (a quote, a question mark) by the mark itself. Shared by the pattern index and the
 * sentence-rule look-up, which both key what they try by the token where it stands.
 */
export class TokenTable<T> {
  readonly words: WordFinder;
  /** By word index in `words`. */
  readonly byWord: T[];
  readonly byMark: Map<string, T>;

  constructor(byToken: ReadonlyMap<string, T>) {
    const words = [...byToken.keys()].filter((t) => WHOLE_WORD.test(t));
    this.words = new WordFinder(words);
    this.byWord = words.map((w) => byToken.get(w)!);
    this.byMark = new Map([...byToken].filter(([t]) => !WHOLE_WORD.test(t)));
  }
}

const WHOLE_WORD = /^\w+$/;

