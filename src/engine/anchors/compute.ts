import type { Anchor, AnchorData, AnchorReader, LeadingToken } from '../leading-words';
import { tableKey } from '../leading-words';
import { readPattern, WORD, type Atom, type Item } from './read-pattern';

/**
 * The analysis behind the anchor table, at build and test time only: the words a pattern's matches can begin
 * with (computeLeadingTokens), and where a pattern is cheapest to find (computeAnchors), read off the
 * pattern as regexpp parses it (read-pattern.ts). The build bundles the results (anchorTable) and the
 * extension and the CLI look them up (../leading-words.ts); the tests read patterns through `computingReader`.
 *
 * The reading is conservative: where it cannot be sure (a pattern that opens with `\w+`, a character class,
 * a word left open at the end, a back-reference), it answers `undefined` and the pattern is scanned in full.
 */

/**
 * The tokens every match of `source` starts with, lower-cased, or `undefined` when that cannot be told.
 * Matching is taken as case-insensitive, as the matcher always makes it.
 */
export function computeLeadingTokens(source: string): Set<LeadingToken> | undefined {
  const alternatives = readPattern(source);
  return alternatives && tokensOf(alternatives, false);
}

/** Reads patterns as they come, for the tests (see test/setup-anchors.ts): the build's table is not there. */
export const computingReader: AnchorReader = { leadingTokens: computeLeadingTokens, anchorsOf: computeAnchors };

/** The anchors of these patterns as data, keyed as the run-time look-ups read them: for the build to bundle. */
export function anchorTable(anchored: readonly RegExp[], firstWordOnly: readonly RegExp[]): Record<string, AnchorData[] | null> {
  const table: Record<string, AnchorData[] | null> = {};
  const sources = new Map<string, string>();
  const put = (kind: 'anchors' | 'first', source: string, value: AnchorData[] | null) => {
    const key = tableKey(kind, source);
    // Two patterns with one key would share anchors: fail the build instead (it has never happened).
    if (sources.has(key) && sources.get(key) !== source) throw new Error(`anchor table: two patterns share the key ${key}`);
    sources.set(key, source);
    table[key] = value;
  };
  const toData = (a: Anchor): AnchorData => ({ ...a, tokens: [...a.tokens] });
  for (const p of anchored) {
    const anchors = computeAnchors(p.source)?.map(toData);
    put('anchors', p.source, anchors?.map(({ rest, ...a }) => (rest === p.source ? a : { ...a, rest })) ?? null);
  }
  for (const p of firstWordOnly) {
    const tokens = computeLeadingTokens(p.source);
    put('first', p.source, tokens ? [{ tokens: [...tokens] }] : null);
  }
  return table;
}

function tokensOf(alternatives: readonly (readonly Item[])[], bounded: boolean): Set<LeadingToken> | undefined {
  const found = new Set<LeadingToken>();
  const walk = new Walk(found);
  const ok = alternatives.every((alternative) => walk.explore('', bounded, toList(alternative, undefined)));
  return ok && found.size ? found : undefined;
}

/**
 * Where to find a pattern cheaply, as one or more parts whose matches together are the pattern's. A part
 * is found by its first word, or by the first word after a cut between two of its top-level items, where
 * the items before the cut always end on white space, punctuation or `\b` (so a word starts there). Where
 * even that is common, an alternation or optional item is spelt out ("(?:at dusk|moonlit)" becomes two
 * parts, found by "dusk" and "moonlit"). Cheap means few expected hits: "the" and marks cost most.
 */
export function computeAnchors(source: string): Anchor[] | undefined {
  const alternatives = readPattern(source);
  if (!alternatives) return undefined;
  // One sequence: cut or spelt out as it is cheapest. "a|b" at the top: as written, or each alternative on its own.
  if (alternatives.length === 1) return cheapestParts(alternatives[0]!, SPELL_OUT_DEPTH)?.parts;
  const whole = tokensOf(alternatives, false);
  let best: Parts | undefined = whole && { parts: [{ tokens: whole, rest: source }], cost: cost(whole) };
  if (best && best.cost < CHEAP) return best.parts;
  const split = alternatives.map((items) => cheapestParts(items, SPELL_OUT_DEPTH));
  if (split.every((p) => p !== undefined)) {
    const total = split.reduce((sum, p) => sum + p!.cost, 0);
    if (!best || total < best.cost) best = { parts: split.flatMap((p) => p!.parts), cost: total };
  }
  return best?.parts;
}

interface Parts {
  parts: Anchor[];
  cost: number;
}

// Below this expected cost (no common word among its tokens) a pattern is left as written; spelling out
// nests at most this deep and takes groups of at most this many alternatives.
const CHEAP = 1.5;
const SPELL_OUT_WIDTH = 40;
const SPELL_OUT_DEPTH = 1;
const MAX_PARTS = 48;

function cheapestParts(items: readonly Item[], depth: number): Parts | undefined {
  let best = cheapestCut(items);
  if (depth === 0 || (best && best.cost < CHEAP)) return best;
  for (let j = 0; j < items.length; j++) {
    const variants = spellOut(items[j]!);
    if (!variants) continue;
    const spelt = variants.map((v) => cheapestParts([...items.slice(0, j), ...v, ...items.slice(j + 1)], depth - 1));
    if (spelt.some((p) => p === undefined)) continue;
    const parts = spelt.flatMap((p) => p!.parts);
    const total = spelt.reduce((sum, p) => sum + p!.cost, 0);
    if (parts.length <= MAX_PARTS && (!best || total < best.cost)) best = { parts, cost: total };
  }
  return best;
}

/** The ways one item can be written out: each alternative of a group, or an optional item left out or in. */
function spellOut(item: Item): Item[][] | undefined {
  if (item.atom.kind === 'group' && item.min === 1 && item.max === 1 && item.atom.alternatives.length > 1) {
    return item.atom.alternatives.length <= SPELL_OUT_WIDTH ? item.atom.alternatives : undefined;
  }
  if (item.min === 0 && item.max === 1 && item.atom.kind !== 'assert') return [[], [{ ...item, min: 1, max: 1, source: item.atomSource }]];
  return undefined;
}

/** The cheapest single part: the sequence found by its first word, or by the word after a cut. */
function cheapestCut(items: readonly Item[]): Parts | undefined {
  const whole = tokensOf([items], false);
  let best: Parts | undefined = whole && { parts: [{ tokens: whole, rest: join(items) }], cost: cost(whole) };
  // Only rare words already: no cut can do much better, and trying each one costs time at start-up.
  if (whole && [...whole].every((t) => cost(new Set([t])) < 1)) return best;
  for (let cut = 1; cut < items.length; cut++) {
    if (!endsOnNonWord(items, cut, true)) continue;
    const tokens = tokensOf([items.slice(cut)], true);
    if (!tokens || (best && cost(tokens) >= best.cost)) continue;
    const prefix = items.slice(0, cut);
    let cheapFrom = prefix.length;
    while (cheapFrom > 0 && !costlyBehind([prefix[cheapFrom - 1]!])) cheapFrom--;
    const guard = cheapFrom > 0 ? join(prefix.slice(cheapFrom)) : undefined;
    const starts = guard !== undefined ? tokensOf([prefix], false) : undefined;
    const anchor: Anchor = { tokens, prefix: join(prefix), ...(guard !== undefined && { guard }), ...(starts && { starts: [...starts] }), reach: usualReach(prefix), rest: join(items.slice(cut)) };
    best = { parts: [anchor], cost: cost(tokens) };
  }
  return best;
}

// An unbounded repeat ("\s+") is taken to reach this far when sizing the window a prefix is looked for in.
const USUAL_REPEATS = 8;

/** The longest a sequence can match, with unbounded repeats taken as USUAL_REPEATS long. */
function usualReach(items: readonly Item[]): number {
  let total = 0;
  for (const item of items) {
    const times = Math.min(item.max, Math.max(item.min, USUAL_REPEATS));
    const one =
      item.atom.kind === 'group' ? Math.max(...item.atom.alternatives.map(usualReach)) : item.atom.kind === 'assert' ? 0 : 1;
    total += one * times;
  }
  return total;
}

/**
 * A prefix is checked behind the anchor, read backwards: a look-around or a long repeat inside it (a whole
 * quotation, say) would be re-read at every step, dearer than trying the pattern where it begins.
 */
function costlyBehind(items: readonly Item[]): boolean {
  return items.some(
    (i) =>
      // A short look-around such as (?<=\w) is cheap; a long one may hide a whole quotation.
      (i.atom.kind === 'assert' && i.atomSource.startsWith('(') && i.atomSource.length > 16) ||
      (i.max > 60 && i.max !== Infinity) ||
      (i.atom.kind === 'group' && i.atom.alternatives.some(costlyBehind)),
  );
}

const join = (items: readonly Item[]) => items.map((i) => i.source).join('');

/**
 * Whether the first `end` items always end on a character that is not a word character, or, with
 * `orBoundary`, on `\b`: then a word starts right after them, if one follows. Optional items must do so
 * both when taken and when skipped.
 */
function endsOnNonWord(items: readonly Item[], end: number, orBoundary = false): boolean {
  for (let i = end - 1; i >= 0; i--) {
    const { atom, min } = items[i]!;
    if (atom.kind === 'assert') {
      if (orBoundary && atom.startsWord) return true;
      continue;
    }
    if (!atomEndsOnNonWord(atom)) return false;
    if (min >= 1) return true;
  }
  return false;
}

function atomEndsOnNonWord(atom: Atom): boolean {
  if (atom.kind === 'char') return !WORD.test(atom.ch);
  if (atom.kind === 'set') return !atom.word;
  if (atom.kind === 'group') return atom.alternatives.every((a) => endsOnNonWord(a, a.length));
  return false;
}

// How often a word starts a match attempt, roughly: marks such as ' and " and the commonest English words
// at almost every line, common function words every few lines, any other word seldom. Rough,
// but enough to find "the sun dipped" by "sun" and "his eyes locked" by "eyes".
const VERY_COMMON = new Set('the a an and of to in is was it that for on as with at by he she his her i'.split(' '));
const COMMON = new Set(
  ("or but so if from into about than then this these those are were be been being am has have had do does " +
    "did will would can could may might must should me my we us our you your him it's its they them their who " +
    "what which when where why how not no just also now still even only very all some many more most one two " +
    "other new said says say told tell after before over up out off down there here time year years people " +
    // and the commonest words of celebrity news itself
    "like love never family friends friend split life heart eyes fans star added called back first last like " +
    "way made know think see get got go went came come told").split(' '),
);

function cost(tokens: ReadonlySet<LeadingToken>): number {
  let total = 0;
  for (const t of tokens) total += !/^\w+$/.test(t) ? 6 : VERY_COMMON.has(t) ? 3 : COMMON.has(t) || t.length <= 2 ? 1 : 0.01;
  return total;
}

/** Items still to match, as a linked list so that branches share their tails. */
interface List {
  item: Item;
  next: List | undefined;
}

function toList(items: readonly Item[], tail: List | undefined): List | undefined {
  let list = tail;
  for (let i = items.length - 1; i >= 0; i--) list = { item: items[i]!, next: list };
  return list;
}

/** Follows every way a match can begin until its first word is complete. */
class Walk {
  // Nested optional groups multiply the branches: past this many steps the answer is "cannot tell".
  private budget = 3_000;

  constructor(private readonly found: Set<LeadingToken>) {}

  /**
   * `word`: the word characters read so far; `bounded`: a word may start here (after `\b` or `^`), so the
   * first word is a whole word and not the tail of a longer one. False when the first word cannot be told.
   */
  explore(word: string, bounded: boolean, list: List | undefined): boolean {
    // A long run of spelt-out characters is no real first word.
    if (--this.budget < 0 || word.length > 24) return false;
    // The match may end here, and the text's word may run on past it: not a whole word we can look up.
    if (!list) return false;
    const { item, next } = list;
    if (item.max === 0) return this.explore(word, bounded, next);
    const rest: List = { item: { ...item, min: Math.max(0, item.min - 1), max: item.max - 1 }, next };
    if (item.min === 0 && !this.explore(word, bounded, next)) return false;
    // A repeated class ("\d{1,3}") is not spelt out: a thousand numbers make no useful anchor.
    const atom = item.atom.kind === 'set' && item.atom.members && item.max > 1 ? { kind: 'set' as const, word: item.atom.word } : item.atom;
    return this.take(word, bounded, atom, rest);
  }

  private take(word: string, bounded: boolean, atom: Atom, rest: List | undefined): boolean {
    switch (atom.kind) {
      case 'char':
        if (WORD.test(atom.ch)) return (word !== '' || bounded) && this.explore(word + atom.ch.toLowerCase(), bounded, rest);
        if (word) return this.finish(word);
        // A match that opens on punctuation is found by that mark; one that opens on white space is not indexable.
        return /\s/.test(atom.ch) ? false : this.finish(atom.ch);
      case 'set':
        if (atom.members) return [...atom.members].every((ch) => this.take(word, bounded, { kind: 'char', ch }, rest));
        return word && !atom.word ? this.finish(word) : false;
      case 'assert':
        if (word && atom.endsWord) return this.finish(word);
        if (word && !atom.keepsWord) return false;
        return this.explore(word, bounded || atom.startsWord, rest);
      case 'group':
        return atom.alternatives.every((alternative) => this.explore(word, bounded, toList(alternative, rest)));
    }
  }

  private finish(token: LeadingToken): boolean {
    this.found.add(token);
    return true;
  }
}
