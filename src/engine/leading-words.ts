/**
 * The words a pattern's matches can begin with (leadingTokens): `\b(?:sources?|insiders?)\s` begins with
 * "source", "sources", "insider" or "insiders". And where a pattern is cheapest to find (anchorsOf): by its
 * first word, or by a rarer word after a cut ("the sun dipped" by "sun"). The matcher (pattern-index.ts)
 * finds those words in one pass over the text and tries a pattern only where one stands, instead of scanning
 * the whole text once per rule.
 *
 * This side only looks them up. The patterns are read (with regexpp, a full regular-expression parser) at
 * build time, in anchors/compute.ts, and the build bundles the results as a table keyed by pattern; the page
 * and the CLI carry the table, not the parser. A pattern the table does not hold (a rule added since the
 * build) is scanned in full, as one the analysis cannot read always was. The tests, which run without the
 * build, read patterns as they come (useAnchorReader, see test/setup-anchors.ts).
 */

/** A whole word (lower case, `\w` characters only) or a single punctuation mark such as `"` or `?`. */
export type LeadingToken = string;

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

/** An anchor as data: what the build computes for the bundled patterns (anchors/compute.ts, anchorTable). */
export interface AnchorData {
  tokens: string[];
  prefix?: string;
  guard?: string;
  starts?: string[];
  reach?: number;
  /** Left out where it is the whole pattern (the usual case): the table is keyed by that source already. */
  rest?: string;
}

/** Reads a pattern the table does not hold; `undefined` for "scan it in full". */
export interface AnchorReader {
  leadingTokens(source: string): Set<LeadingToken> | undefined;
  anchorsOf(source: string): Anchor[] | undefined;
}

// Filled in by the build (vite's and esbuild's `define`) with the anchors of the bundled rules (and, for the
// CLI, facts). Absent in the tests, which register a reader instead.
declare const __GOSSIP_LENS_ANCHORS__: Record<string, AnchorData[] | null> | undefined;
let BUILT_IN: Record<string, AnchorData[] | null> | undefined = typeof __GOSSIP_LENS_ANCHORS__ === 'undefined' ? undefined : __GOSSIP_LENS_ANCHORS__;
let READER: AnchorReader | undefined;

/**
 * Uses this table instead of the one bundled by `define`: the extension's background, which also holds the
 * facts, brings the anchors of their names and claims too (the page's table leaves them out). Call it before
 * the first analysis.
 */
export function useAnchorTable(table: Record<string, AnchorData[] | null>): void {
  BUILT_IN = table;
}

/** Reads the patterns the table does not hold with this (the tests' computing reader), or with none. */
export function useAnchorReader(reader: AnchorReader | undefined): void {
  READER = reader;
}

/**
 * The tokens every match of `source` starts with, lower-cased, or `undefined` when that cannot be told (or
 * the pattern is not in the table). Matching is taken as case-insensitive, as the matcher always makes it.
 */
export function leadingTokens(source: string): Set<LeadingToken> | undefined {
  const known = BUILT_IN?.[tableKey('first', source)];
  if (known !== undefined) return known ? new Set(known[0]!.tokens) : undefined;
  return READER?.leadingTokens(source);
}

/**
 * Where to find a pattern cheaply, as one or more parts whose matches together are the pattern's, or
 * `undefined` for a whole-text scan (see anchors/compute.ts for how the parts are chosen).
 */
export function anchorsOf(source: string): Anchor[] | undefined {
  const known = BUILT_IN?.[tableKey('anchors', source)];
  if (known !== undefined) return anchorsFromTable(known, source);
  return READER?.anchorsOf(source);
}

/** A table entry back as anchors: `rest`, left out where it is the whole pattern, put back. */
export function anchorsFromTable(known: AnchorData[] | null, source: string): Anchor[] | undefined {
  return known?.map((a) => ({ ...a, rest: a.rest ?? source, tokens: new Set(a.tokens) }));
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
