import { escapeRegExp, type Rule } from './rule';
import { anchorsOf, leadingTokens, type Anchor } from './leading-words';
import { spanIndexAt, type Span } from './text';

export interface RuleMatch {
  rule: Rule;
  start: number;
  end: number;
}

const compiled = new WeakMap<Rule, RegExp>();

/**
 * All of a rule's patterns as one global, case-insensitive alternation, compiled once: one pass over
 * the text per rule instead of one per pattern. Patterns keep their own flags' meaning except `u`.
 */
function rulePattern(rule: Rule): RegExp {
  let re = compiled.get(rule);
  if (!re) {
    const unicode = rule.patterns.some((p) => p.flags.includes('u'));
    re = new RegExp(rule.patterns.map((p) => `(?:${p.source})`).join('|'), unicode ? 'giu' : 'gi');
    compiled.set(rule, re);
  }
  return re;
}

/** Whether a match at `start` stands where its rule allows: inside or outside someone's quotation. */
function allowedAt(rule: Rule, quotations: readonly Span[], start: number): boolean {
  if (rule.where === 'outside-quotes') return spanIndexAt(quotations, start) < 0;
  if (rule.where === 'inside-quotes') return spanIndexAt(quotations, start) >= 0;
  return true;
}

/**
 * Every match of one rule in normalized text, by a scan of the whole text, honouring its `where` setting.
 * Empty matches are skipped so a careless pattern cannot loop. The reference for `matchRules`.
 */
export function matchRule(rule: Rule, normalized: string, quotations: readonly Span[]): RuleMatch[] {
  const out: RuleMatch[] = [];
  const re = rulePattern(rule);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(normalized))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (allowedAt(rule, quotations, start)) out.push({ rule, start, end });
  }
  return out;
}

const anchored = new WeakMap<RegExp, RegExp>();
function anchoredPattern(p: RegExp): RegExp {
  let re = anchored.get(p);
  if (!re) anchored.set(p, (re = new RegExp(p.source, p.flags.replace(/[gy]/g, '') + (p.flags.includes('i') ? '' : 'i'))));
  return re;
}

function matchSentence(rule: Rule, normalized: string, s: Span, quotations: readonly Span[]): RuleMatch | undefined {
  if (rule.where === 'outside-quotes' && spanIndexAt(quotations, s.start) >= 0) return undefined;
  const sentence = normalized.slice(s.start, s.end);
  return rule.patterns.some((p) => anchoredPattern(p).test(sentence)) ? { rule, start: s.start, end: s.end } : undefined;
}

/** Sentence-scope rules: an anchored pattern tried once per sentence, flagging the whole sentence. */
export function matchSentences(rule: Rule, normalized: string, sentences: readonly Span[], quotations: readonly Span[]): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const s of sentences) {
    const m = matchSentence(rule, normalized, s, quotations);
    if (m) out.push(m);
  }
  return out;
}

/**
 * Rules found by their words. One case-insensitive pass finds every word a pattern is anchored on (its
 * first word, or a rarer later one: see `anchorsOf`); where one stands, only the patterns anchored on it
 * are tried, sticky, so their look-behinds still see the text before. Patterns that cannot be anchored
 * are scanned in full, as before.
 */
interface AnchoredPattern {
  /** The pattern from its anchor word on, with the part before that word as a look-behind. */
  sticky: RegExp;
  /** For a pattern anchored on a later word: finds where the match really starts, before the anchor. */
  prefix?: RegExp;
  /** The pattern's place in its rule: at one start, the earlier pattern wins, as in an alternation. */
  order: number;
}

interface RuleIndex {
  /** Every anchor word and mark of the indexed text-scope rules, as one global pattern. */
  scan: RegExp | undefined;
  /** Sentence-scope rules, each with the words a sentence it flags can open with. */
  sentenceRules: { rule: Rule; openers: Set<string> }[];
  /** For each anchor word or mark: the rules with patterns anchored on it, those patterns in the rule's order. */
  byToken: Map<string, { rule: number; patterns: AnchoredPattern[] }[]>;
  indexed: Rule[];
  unindexed: Rule[];
}

const indexes = new WeakMap<readonly Rule[], RuleIndex>();

/** Which rules could be indexed by their words, and which are scanned in full (for tests and the bench). */
export function ruleIndexOf(rules: readonly Rule[]): { indexed: Rule[]; unindexed: Rule[] } {
  const { indexed, sentenceRules, unindexed } = ruleIndex(rules);
  return { indexed: [...indexed, ...sentenceRules.map((s) => s.rule)], unindexed };
}

// How far before its anchor a match may start and still have that start recovered exactly.
const PREFIX_REACH = 1000;

function ruleIndex(rules: readonly Rule[]): RuleIndex {
  let index = indexes.get(rules);
  if (index) return index;
  const byToken: RuleIndex['byToken'] = new Map();
  const sentenceRules: RuleIndex['sentenceRules'] = [];
  const indexed: Rule[] = [];
  const unindexed: Rule[] = [];
  for (const rule of rules) {
    if (rule.scope === 'sentence') {
      // Found by the sentence's first word, read directly: openers such as "is" or "so" are too common to scan for.
      const openers = rule.patterns.map((p) => leadingTokens(p.source));
      if (openers.some((o) => o === undefined)) unindexed.push(rule);
      else sentenceRules.push({ rule, openers: new Set(openers.flatMap((o) => [...o!])) });
      continue;
    }
    const anchors = rule.patterns.map((p) => anchorsOf(p.source));
    if (anchors.some((a) => a === undefined)) {
      unindexed.push(rule);
      continue;
    }
    const flags = rulePattern(rule).flags.replace('g', '');
    const at = indexed.push(rule) - 1;
    const patternsByToken = new Map<string, AnchoredPattern[]>();
    // Parts keep their pattern's place and their own within it: at one start the earlier wins.
    (anchors as Anchor[][]).flat().forEach((anchor, order) => {
      const pattern: AnchoredPattern = anchor.prefix
        ? { sticky: new RegExp(`(?<=${anchor.prefix})(?:${anchor.rest})`, `${flags}y`), prefix: new RegExp(`(?:${anchor.prefix})$`, flags), order }
        : { sticky: new RegExp(anchor.rest, `${flags}y`), order };
      for (const t of anchor.tokens) patternsByToken.set(t, [...(patternsByToken.get(t) ?? []), pattern]);
    });
    for (const [token, patterns] of patternsByToken) byToken.set(token, [...(byToken.get(token) ?? []), { rule: at, patterns }]);
  }
  const words = [...byToken.keys()].filter((t) => /^\w+$/.test(t)).sort((a, b) => b.length - a.length);
  const marks = [...byToken.keys()].filter((t) => !/^\w+$/.test(t));
  const alternatives = [...(words.length ? [`\\b(?:${words.map(escapeRegExp).join('|')})\\b`] : []), ...marks.map(escapeRegExp)];
  index = { scan: alternatives.length ? new RegExp(alternatives.join('|'), 'gi') : undefined, sentenceRules, byToken, indexed, unindexed };
  indexes.set(rules, index);
  return index;
}

// A sentence's first word, as the scan would read it (a leading mark is its own token).
const FIRST_WORD = /\w+/y;

/** Where a match found at its anchor `at` starts: the leftmost start of its prefix that ends at the anchor. */
function matchStart(pattern: AnchoredPattern, normalized: string, at: number): number {
  if (!pattern.prefix) return at;
  const before = normalized.slice(Math.max(0, at - PREFIX_REACH), at);
  const m = pattern.prefix.exec(before);
  return m ? at - before.length + m.index : at;
}

/**
 * Every match of every rule, as running `matchRule` (or `matchSentences`) for each would find them, but in
 * about one pass over the text. Matches of one rule do not overlap, as in a global scan.
 */
export function matchRules(rules: readonly Rule[], normalized: string, sentences: readonly Span[], quotations: readonly Span[]): RuleMatch[] {
  const index = ruleIndex(rules);
  const out: RuleMatch[] = [];
  for (const rule of index.unindexed) {
    out.push(...(rule.scope === 'sentence' ? matchSentences(rule, normalized, sentences, quotations) : matchRule(rule, normalized, quotations)));
  }
  if (index.sentenceRules.length) {
    for (const s of sentences) {
      FIRST_WORD.lastIndex = s.start;
      const opener = FIRST_WORD.exec(normalized)?.[0].toLowerCase() ?? normalized[s.start]!;
      for (const { rule, openers } of index.sentenceRules) {
        const m = openers.has(opener) ? matchSentence(rule, normalized, s, quotations) : undefined;
        if (m) out.push(m);
      }
    }
  }
  if (!index.scan) return out;
  // Candidates per rule, then, as a global scan would: the leftmost first (the earlier pattern at a tie),
  // and the next one only from where the last ended. A pattern anchored on a later word is found late.
  const candidates: Candidate[][] = index.indexed.map(() => []);
  const scan = index.scan;
  scan.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = scan.exec(normalized))) {
    const at = hit.index;
    const word = hit[0];
    // Most words are already lower case; only capitalised ones pay for the conversion.
    for (const { rule: r, patterns } of index.byToken.get(word) ?? index.byToken.get(word.toLowerCase())!) {
      for (const pattern of patterns) {
        pattern.sticky.lastIndex = at;
        if (!pattern.sticky.test(normalized)) continue;
        const start = matchStart(pattern, normalized, at);
        if (pattern.sticky.lastIndex > start) candidates[r]!.push({ start, end: pattern.sticky.lastIndex, order: pattern.order });
      }
    }
  }
  candidates.forEach((found, r) => {
    const rule = index.indexed[r]!;
    found.sort((a, b) => a.start - b.start || a.order - b.order);
    let busyUntil = 0;
    for (const c of found) {
      if (c.start < busyUntil) continue;
      busyUntil = c.end;
      // A match in the wrong place is still consumed, as in a global scan.
      if (allowedAt(rule, quotations, c.start)) out.push({ rule, start: c.start, end: c.end });
    }
  });
  return out;
}

interface Candidate {
  start: number;
  end: number;
  order: number;
}
