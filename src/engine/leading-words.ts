/**
 * The words a pattern's matches can begin with, read off the pattern's source: `\b(?:sources?|insiders?)\s`
 * begins with "source", "sources", "insider" or "insiders" (leadingTokens). And where a pattern is cheapest
 * to find (anchorsOf): by its first word, or by a rarer word after a cut ("the sun dipped" by "sun"). The
 * matcher (pattern-index.ts) finds those words in one pass over the text and tries a pattern only where one
 * stands, instead of scanning the whole text once per rule. The build bundles the results (anchorTable).
 *
 * The reading is conservative: where it cannot be sure (a pattern that opens with `\w+`, a character class,
 * a word left open at the end), it answers `undefined` and the pattern is scanned in full, as before.
 * It understands the regular-expression syntax the rules use; anything else also means `undefined`.
 */

/** A whole word (lower case, `\w` characters only) or a single punctuation mark such as `"` or `?`. */
export type LeadingToken = string;

type Atom =
  | { kind: 'char'; ch: string }
  /** A class, escape or dot: whether it can match a word character, and its members where few and known. */
  | { kind: 'set'; word: boolean; members?: string }
  /** `\b` ends a word or lets one start; `^` lets one start; `$`, `\B` and look-arounds consume nothing. */
  | { kind: 'assert'; endsWord: boolean; keepsWord: boolean; startsWord: boolean }
  | { kind: 'group'; alternatives: Item[][] };

interface Item {
  atom: Atom;
  min: number;
  max: number;
  /** The item as written, quantifier included, so a pattern can be cut in two and put back together. */
  source: string;
  /** The same without its quantifier. */
  atomSource: string;
}

class Unsupported extends Error {}

const WORD = /\w/;

/**
 * The tokens every match of `source` starts with, lower-cased, or `undefined` when that cannot be told.
 * Matching is taken as case-insensitive, as the matcher always makes it.
 */
export function leadingTokens(source: string): Set<LeadingToken> | undefined {
  const known = BUILT_IN?.[tableKey('first', source)];
  if (known !== undefined) return known ? new Set(known[0]!.tokens) : undefined;
  const alternatives = parse(source);
  return alternatives && tokensOf(alternatives, false);
}

/** An anchor as data: what the build computes for the bundled patterns (see anchorTable). */
export interface AnchorData {
  tokens: string[];
  prefix?: string;
  guard?: string;
  starts?: string[];
  reach?: number;
  /** Left out where it is the whole pattern (the usual case): the table is keyed by that source already. */
  rest?: string;
}

// Filled in by the build (vite's and esbuild's `define`) with the anchors of the bundled rules and facts, so
// a page or a CLI run does not spend its first ~100 ms reading patterns. Absent (tests, a rule added since):
// computed here, with the same result.
declare const __GOSSIP_LENS_ANCHORS__: Record<string, AnchorData[] | null> | undefined;
let BUILT_IN: Record<string, AnchorData[] | null> | undefined = typeof __GOSSIP_LENS_ANCHORS__ === 'undefined' ? undefined : __GOSSIP_LENS_ANCHORS__;

/**
 * Uses this table instead of the one bundled by `define`: the extension's background, which also holds the
 * facts, brings the anchors of their names and claims too (the page's table leaves them out). Call it before
 * the first analysis.
 */
export function useAnchorTable(table: Record<string, AnchorData[] | null>): void {
  BUILT_IN = table;
}

/** The anchors of these patterns as data, keyed as the look-ups above read them: for the build to bundle. */
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
    const tokens = leadingTokens(p.source);
    put('first', p.source, tokens ? [{ tokens: [...tokens] }] : null);
  }
  return table;
}

/**
 * The table's key for a pattern: a 52-bit hash of its source (FNV-1a, two lanes), not the source itself,
 * which the bundle already carries once in the rule.
 */
export function tableKey(kind: 'anchors' | 'first', source: string): string {
  let a = 0x811c9dc5, b = 0x01000193 ^ source.length;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${kind[0]}${(a >>> 0).toString(36)}${((b >>> 0) & 0xfffff).toString(36)}`;
}

function parse(source: string): Item[][] | undefined {
  try {
    return new Parser(source).parse();
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

function tokensOf(alternatives: readonly (readonly Item[])[], bounded: boolean): Set<LeadingToken> | undefined {
  const found = new Set<LeadingToken>();
  const walk = new Walk(found);
  const ok = alternatives.every((alternative) => walk.explore('', bounded, toList(alternative, undefined)));
  return ok && found.size ? found : undefined;
}

/**
 * Where to find a pattern: the tokens to look for and, when the pattern is better found by a later, rarer
 * word ("the sun dipped" by "sun"), the part before that word (`prefix`, checked behind it) and the part
 * from that word on (`rest`). Without `prefix`, `rest` is the whole pattern.
 */
export interface Anchor {
  tokens: Set<LeadingToken>;
  prefix?: string;
  /**
   * Where the prefix is dear to check backwards at every anchor (a whole quotation, say): its cheap tail,
   * checked behind the anchor instead; the whole prefix is then checked only where the rest matched.
   */
  guard?: string;
  /**
   * With a guard: the tokens the whole prefix can begin with, where they can be told. The prefix is then
   * tried only where one stands, instead of at every character before the anchor.
   */
  starts?: string[];
  /** How far back the prefix usually reaches (its longest match, white space runs taken as short). */
  reach?: number;
  rest: string;
}

/**
 * Where to find a pattern cheaply, as one or more parts whose matches together are the pattern's. A part
 * is found by its first word, or by the first word after a cut between two of its top-level items, where
 * the items before the cut always end on white space, punctuation or `\b` (so a word starts there). Where
 * even that is common, an alternation or optional item is spelt out ("(?:at dusk|moonlit)" becomes two
 * parts, found by "dusk" and "moonlit"). Cheap means few expected hits: "the" and marks cost most.
 */
export function anchorsOf(source: string): Anchor[] | undefined {
  const known = BUILT_IN?.[tableKey('anchors', source)];
  if (known !== undefined) return anchorsFromTable(known, source);
  return computeAnchors(source);
}

/** A table entry back as anchors: `rest`, left out where it is the whole pattern, put back. */
export function anchorsFromTable(known: AnchorData[] | null, source: string): Anchor[] | undefined {
  return known?.map((a) => ({ ...a, rest: a.rest ?? source, tokens: new Set(a.tokens) }));
}

function computeAnchors(source: string): Anchor[] | undefined {
  const alternatives = parse(source);
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

/** Just enough of the RegExp grammar for the rule patterns; anything else throws Unsupported. */
class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  parse(): Item[][] {
    const alternatives = this.alternatives();
    if (this.at < this.source.length) throw new Unsupported(`unexpected ${this.source[this.at]}`);
    return alternatives;
  }

  private alternatives(): Item[][] {
    const out: Item[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      out.push(this.sequence());
    }
    return out;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const from = this.at;
      const atom = this.atom();
      const atomSource = this.source.slice(from, this.at);
      const [min, max] = this.quantifier();
      if ((min !== 1 || max !== 1) && atom.kind === 'assert') throw new Unsupported('quantified assertion');
      items.push({ atom, min, max, source: this.source.slice(from, this.at), atomSource });
    }
    return items;
  }

  private atom(): Atom {
    const c = this.source[this.at++]!;
    switch (c) {
      case '\\':
        return this.escape();
      case '[':
        return this.characterClass();
      case '.':
        return { kind: 'set', word: true };
      case '^':
      case '$':
        return { kind: 'assert', endsWord: c === '$', keepsWord: false, startsWord: c === '^' };
      case '(':
        return this.group();
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unsupported('quantifier without an atom');
      default:
        return { kind: 'char', ch: c };
    }
  }

  private group(): Atom {
    let look = false;
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
      look = true;
      this.at += this.source[this.at + 1] === '<' ? 3 : 2;
    } else if (this.source.startsWith('?<', this.at)) {
      const close = this.source.indexOf('>', this.at);
      if (close < 0) throw new Unsupported('group name');
      this.at = close + 1;
    } else if (this.source[this.at] === '?') throw new Unsupported('group modifier');
    const alternatives = this.alternatives();
    if (this.source[this.at++] !== ')') throw new Unsupported('unclosed group');
    // A look-around consumes nothing: the word being read goes on after it.
    return look ? { kind: 'assert', endsWord: false, keepsWord: true, startsWord: false } : { kind: 'group', alternatives };
  }

  private escape(): Atom {
    const c = this.source[this.at++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    switch (c) {
      case 'b':
        return { kind: 'assert', endsWord: true, keepsWord: true, startsWord: true };
      case 'B':
        return { kind: 'assert', endsWord: false, keepsWord: true, startsWord: false };
      case 's':
        return { kind: 'set', word: false };
      case 'd':
        return { kind: 'set', word: true, members: '0123456789' };
      case 'w':
      case 'W':
      case 'S':
      case 'D':
        return { kind: 'set', word: c !== 'W' };
      case 'n':
        return { kind: 'char', ch: '\n' };
      case 'r':
        return { kind: 'char', ch: '\r' };
      case 't':
        return { kind: 'char', ch: '\t' };
      case 'u':
      case 'x':
        return { kind: 'char', ch: this.codePoint(c) };
      case 'p':
      case 'P':
        this.skipBraces();
        return { kind: 'set', word: true };
      default:
        if (/[1-9k]/.test(c)) throw new Unsupported('back-reference');
        if (WORD.test(c)) throw new Unsupported(`escape \\${c}`);
        return { kind: 'char', ch: c };
    }
  }

  private codePoint(kind: string): string {
    if (kind === 'u' && this.source[this.at] === '{') {
      const close = this.source.indexOf('}', this.at);
      const hex = this.source.slice(this.at + 1, close);
      this.at = close + 1;
      return String.fromCodePoint(parseInt(hex, 16));
    }
    const length = kind === 'u' ? 4 : 2;
    const hex = this.source.slice(this.at, this.at + length);
    if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(hex)) throw new Unsupported('bad code point');
    this.at += length;
    return String.fromCharCode(parseInt(hex, 16));
  }

  private skipBraces(): void {
    if (this.source[this.at] !== '{') throw new Unsupported('property escape');
    this.at = this.source.indexOf('}', this.at) + 1;
    if (this.at === 0) throw new Unsupported('property escape');
  }

  /** A class can match a word character unless every member is plainly punctuation or white space. */
  private characterClass(): Atom {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    let word = negated;
    // Plain characters are listed so that "[eé]" can be followed; anything else leaves the list unknown.
    let members: string | undefined = negated ? undefined : '';
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      const member = this.classMember();
      word ||= member.word;
      if (member.ch === undefined || members === undefined) members = undefined;
      else members += member.ch;
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') {
        // A range: taken as able to match a word character (a-z, 0-9 and most ranges can).
        this.at++;
        this.classMember();
        word = true;
        members = undefined;
      }
    }
    if (this.source[this.at++] !== ']') throw new Unsupported('unclosed class');
    return { kind: 'set', word, members: members && members.length <= 12 ? members.toLowerCase() : undefined };
  }

  /** Reads one member of a class: whether it can match a word character, and the character if it is one. */
  private classMember(): { word: boolean; ch?: string } {
    const c = this.source[this.at++]!;
    if (c !== '\\') return { word: WORD.test(c), ch: c };
    const e = this.source[this.at++];
    if (e === undefined) throw new Unsupported('trailing backslash');
    if (e === 'u' || e === 'x') {
      const ch = this.codePoint(e);
      return { word: WORD.test(ch), ch };
    }
    if (e === 'p' || e === 'P') {
      this.skipBraces();
      return { word: true };
    }
    if (e === 'n' || e === 'r' || e === 't') return { word: false, ch: { n: '\n', r: '\r', t: '\t' }[e] };
    if (e === 's' || e === 'f' || e === 'v') return { word: false };
    if (/[wWdDbSB]/.test(e) || WORD.test(e)) return { word: true };
    return { word: false, ch: e };
  }

  private quantifier(): [number, number] {
    const c = this.source[this.at];
    let range: [number, number];
    if (c === '?') range = [0, 1];
    else if (c === '*') range = [0, Infinity];
    else if (c === '+') range = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Unsupported('brace');
      this.at += m[0].length - 1;
      const min = Number(m[1]);
      range = [min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity];
    } else return [1, 1];
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return range;
  }
}
