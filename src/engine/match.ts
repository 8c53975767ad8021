import { escapeRegExp, type Rule } from './rule';
import { leadingTokens } from './leading-words';
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
 * Rules found by the words they begin with. One case-insensitive pass finds every such word; where one
 * stands, only the patterns that can begin with it are tried, sticky, so their look-behinds still see the
 * text before. Rules whose first words cannot be read off their patterns are scanned in full, as before.
 */
interface RuleIndex {
  /** Every leading word and mark of the indexed rules, as one global pattern. */
  scan: RegExp | undefined;
  /** For each leading word or mark: the rules that can begin with it, each with its patterns that can. */
  byToken: Map<string, { rule: number; sticky: RegExp }[]>;
  indexed: Rule[];
  unindexed: Rule[];
}

const indexes = new WeakMap<readonly Rule[], RuleIndex>();

/** Which rules could be indexed by their leading words, and which are scanned in full (for tests and the bench). */
export function ruleIndexOf(rules: readonly Rule[]): { indexed: Rule[]; unindexed: Rule[] } {
  const { indexed, unindexed } = ruleIndex(rules);
  return { indexed, unindexed };
}

function ruleIndex(rules: readonly Rule[]): RuleIndex {
  let index = indexes.get(rules);
  if (index) return index;
  const byToken: RuleIndex['byToken'] = new Map();
  const indexed: Rule[] = [];
  const unindexed: Rule[] = [];
  for (const rule of rules) {
    const tokensOfPattern = rule.patterns.map((p) => leadingTokens(p.source));
    if (tokensOfPattern.some((t) => t === undefined)) {
      unindexed.push(rule);
      continue;
    }
    const flags = rulePattern(rule).flags.replace('g', 'y');
    const at = indexed.push(rule) - 1;
    // The patterns that can begin with each token, in the rule's order (the first that matches wins, as in the alternation).
    const patternsByToken = new Map<string, string[]>();
    rule.patterns.forEach((p, i) => {
      for (const t of tokensOfPattern[i]!) patternsByToken.set(t, [...(patternsByToken.get(t) ?? []), `(?:${p.source})`]);
    });
    const shared = new Map<string, RegExp>();
    for (const [token, sources] of patternsByToken) {
      const source = sources.join('|');
      if (!shared.has(source)) shared.set(source, new RegExp(source, flags));
      byToken.set(token, [...(byToken.get(token) ?? []), { rule: at, sticky: shared.get(source)! }]);
    }
  }
  const words = [...byToken.keys()].filter((t) => /^\w+$/.test(t)).sort((a, b) => b.length - a.length);
  const marks = [...byToken.keys()].filter((t) => !/^\w+$/.test(t));
  const alternatives = [...(words.length ? [`\\b(?:${words.map(escapeRegExp).join('|')})\\b`] : []), ...marks.map(escapeRegExp)];
  index = { scan: alternatives.length ? new RegExp(alternatives.join('|'), 'gi') : undefined, byToken, indexed, unindexed };
  indexes.set(rules, index);
  return index;
}

/**
 * Every match of every rule, the same as running `matchRule` (or `matchSentences`) for each, but in about
 * one pass over the text. Matches of one rule do not overlap, as in a global scan.
 */
export function matchRules(rules: readonly Rule[], normalized: string, sentences: readonly Span[], quotations: readonly Span[]): RuleMatch[] {
  const index = ruleIndex(rules);
  const out: RuleMatch[] = [];
  for (const rule of index.unindexed) {
    out.push(...(rule.scope === 'sentence' ? matchSentences(rule, normalized, sentences, quotations) : matchRule(rule, normalized, quotations)));
  }
  if (!index.scan) return out;
  // Where each indexed rule's last match ended: a global scan resumes after it, so no overlap.
  const busyUntil = new Array<number>(index.indexed.length).fill(0);
  // Sentence-scope rules try the sentences that open with one of their words.
  let sentenceStarts: Map<number, number> | undefined;
  const scan = index.scan;
  scan.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = scan.exec(normalized))) {
    const at = hit.index;
    const word = hit[0];
    // Most words are already lower case; only capitalised ones pay for the conversion.
    const candidates = index.byToken.get(word) ?? index.byToken.get(word.toLowerCase())!;
    for (const { rule: r, sticky } of candidates) {
      if (at < busyUntil[r]!) continue;
      const rule = index.indexed[r]!;
      if (rule.scope === 'sentence') {
        sentenceStarts ??= new Map(sentences.map((s, i) => [s.start, i]));
        const s = sentenceStarts.get(at);
        const m = s === undefined ? undefined : matchSentence(rule, normalized, sentences[s]!, quotations);
        if (m) out.push(m);
        continue;
      }
      sticky.lastIndex = at;
      if (!sticky.test(normalized)) continue;
      const end = sticky.lastIndex;
      if (end === at) continue;
      busyUntil[r] = end;
      if (allowedAt(rule, quotations, at)) out.push({ rule, start: at, end });
    }
  }
  return out;
}
