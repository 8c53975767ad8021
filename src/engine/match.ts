import type { Rule } from './rule';
import { leadingTokens } from './leading-words';
import { PatternIndex, scanWhole, type PatternGroup } from './pattern-index';
import { spanIndexAt, type Span } from './text';
import { isWordCharacter, TokenTable } from './word-finder';

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

/**
 * Whether a match at `start` stands where its rule allows: inside or outside someone's quotation, and not
 * right after the words that settle it (`unlessAfter`).
 */
function allowedAt(rule: Rule, normalized: string, quotations: readonly Span[], start: number): boolean {
  if (rule.where === 'outside-quotes' && spanIndexAt(quotations, start) >= 0) return false;
  if (rule.where === 'inside-quotes' && spanIndexAt(quotations, start) < 0) return false;
  if (rule.unlessAfter) return !settledBefore(rule.unlessAfter, normalized, start);
  return true;
}

const endAnchored = new WeakMap<RegExp, RegExp>();

function endAnchoredPattern(pattern: RegExp): RegExp {
  let re = endAnchored.get(pattern);
  if (!re) endAnchored.set(pattern, (re = new RegExp(`(?:${pattern.source})\\s*$`, pattern.flags.replace(/[gy]/g, '') + (pattern.flags.includes('i') ? '' : 'i'))));
  return re;
}

function settledBefore({ pattern, within }: NonNullable<Rule['unlessAfter']>, normalized: string, start: number): boolean {
  return endAnchoredPattern(pattern).test(normalized.slice(Math.max(0, start - within), start));
}

/**
 * Every match of one rule in normalized text, by a scan of the whole text, honouring its `where` setting.
 * Empty matches are skipped so a careless pattern cannot loop. The reference for `matchRules`.
 */
export function matchRule(rule: Rule, normalized: string, quotations: readonly Span[]): RuleMatch[] {
  return scanWhole(rulePattern(rule), normalized)
    .filter((span) => allowedAt(rule, normalized, quotations, span.start))
    .map((span) => ({ rule, ...span }));
}

const anchored = new WeakMap<RegExp, RegExp>();
function anchoredPattern(p: RegExp): RegExp {
  let re = anchored.get(p);
  if (!re) anchored.set(p, (re = new RegExp(p.source, p.flags.replace(/[gy]/g, '') + (p.flags.includes('i') ? '' : 'i'))));
  return re;
}

function matchSentence(rule: Rule, normalized: string, s: Span, quotations: readonly Span[]): RuleMatch | undefined {
  if (!allowedAt(rule, normalized, quotations, s.start)) return undefined;
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
 * Rules found through one pass over the text (see PatternIndex), with any extra patterns the caller wants
 * found in the same pass (the fact checker's claims). Sentence-scope rules are tried on the sentences that
 * open with one of their words, read directly: openers such as "is" or "so" are too common to scan for.
 */
interface RuleIndex {
  patterns: PatternIndex;
  /** Text-scope rules: group i of `patterns`. Extra patterns follow them, one group each. */
  textRules: Rule[];
  /** Sentence-scope rules by the words (or marks) a sentence must open with for them to match. */
  openers: SentenceOpeners;
  /** Sentence-scope rules whose openers cannot be read off their patterns: tried on every sentence. */
  everySentenceRules: Rule[];
}

const indexes = new WeakMap<readonly Rule[], Map<readonly RegExp[], RuleIndex>>();

/** Which rules are found by their words, and which need a scan of the whole text (for tests and the bench). */
export function ruleIndexOf(rules: readonly Rule[]): { indexed: Rule[]; unindexed: Rule[] } {
  const index = ruleIndex(rules, NO_EXTRA);
  const textIndexed = index.textRules.filter((_, i) => index.patterns.isAnchored(i));
  const textUnindexed = index.textRules.filter((_, i) => !index.patterns.isAnchored(i));
  return { indexed: [...textIndexed, ...index.openers.rules], unindexed: [...textUnindexed, ...index.everySentenceRules] };
}

const NO_EXTRA: readonly RegExp[] = [];

function ruleIndex(rules: readonly Rule[], extra: readonly RegExp[]): RuleIndex {
  let byExtra = indexes.get(rules);
  if (!byExtra) indexes.set(rules, (byExtra = new Map()));
  let index = byExtra.get(extra);
  if (index) return index;
  const textRules = rules.filter((r) => r.scope !== 'sentence');
  const openers = new SentenceOpeners();
  const everySentenceRules: Rule[] = [];
  for (const rule of rules) {
    if (rule.scope !== 'sentence') continue;
    const tokens = rule.patterns.map((p) => leadingTokens(p.source));
    if (tokens.some((t) => t === undefined)) everySentenceRules.push(rule);
    else openers.add(rule, new Set(tokens.flatMap((t) => [...t!])));
  }
  openers.seal();
  const groups: PatternGroup[] = [
    ...textRules.map((rule) => ({ patterns: rule.patterns, flags: rulePattern(rule).flags.replace('g', '') })),
    ...extra.map((p) => ({ patterns: [p], flags: p.flags.replace(/[gy]/g, '') })),
  ];
  index = { patterns: new PatternIndex(groups), textRules, openers, everySentenceRules };
  byExtra.set(extra, index);
  return index;
}

/**
 * Which sentence rules can match a sentence, by the word it opens with (read whole, in any case) or, where
 * it opens with punctuation, by that mark: sentences are many, so no string is made to look them up.
 */
class SentenceOpeners {
  readonly rules: Rule[] = [];
  private readonly byToken = new Map<string, Rule[]>();
  private table = new TokenTable<Rule[]>(new Map());

  add(rule: Rule, tokens: ReadonlySet<string>): void {
    this.rules.push(rule);
    for (const t of tokens) this.byToken.set(t, [...(this.byToken.get(t) ?? []), rule]);
  }

  /** Builds the word look-up once every rule is added. */
  seal(): void {
    this.table = new TokenTable(this.byToken);
  }

  /** The rules to try on the sentence starting at `at`, in rule order. */
  rulesAt(text: string, at: number): readonly Rule[] {
    const { words, byWord, byMark } = this.table;
    if (isWordCharacter(text.charCodeAt(at))) {
      const word = words.wordAt(text, at);
      return word < 0 ? NONE : byWord[word]!;
    }
    return byMark.get(text[at]!) ?? NONE;
  }
}

const NONE: readonly Rule[] = [];

export interface TextScan {
  matches: RuleMatch[];
  /** Where each extra pattern matched, as a global scan of it would find. */
  extra: Map<RegExp, Span[]>;
}

/**
 * Every match of every rule (as running `matchRule` or `matchSentences` for each would find them) and of
 * each extra pattern, in about one pass over the text. Matches of one rule do not overlap.
 */
export function scanText(rules: readonly Rule[], extra: readonly RegExp[], normalized: string, sentences: readonly Span[], quotations: readonly Span[]): TextScan {
  const index = ruleIndex(rules, extra);
  const matches: RuleMatch[] = [];
  for (const rule of index.everySentenceRules) matches.push(...matchSentences(rule, normalized, sentences, quotations));
  if (index.openers.rules.length) {
    for (const s of sentences) {
      for (const rule of index.openers.rulesAt(normalized, s.start)) {
        const m = matchSentence(rule, normalized, s, quotations);
        if (m) matches.push(m);
      }
    }
  }
  const found = index.patterns.find(normalized);
  index.textRules.forEach((rule, i) => {
    // A match in the wrong place is still consumed, as in a global scan: filtered only now.
    for (const span of found[i]!) if (allowedAt(rule, normalized, quotations, span.start)) matches.push({ rule, start: span.start, end: span.end });
  });
  const extraFound = new Map<RegExp, Span[]>();
  extra.forEach((p, i) => extraFound.set(p, found[index.textRules.length + i]!));
  return { matches, extra: extraFound };
}

/** Every regular expression a scan with these rules and extra patterns runs (the index built if need be). */
export function compiledPatterns(rules: readonly Rule[], extra: readonly RegExp[]): RegExp[] {
  const index = ruleIndex(rules, extra);
  const sentenceRules = [...index.openers.rules, ...index.everySentenceRules];
  const settling = rules.flatMap((r) => (r.unlessAfter ? [endAnchoredPattern(r.unlessAfter.pattern)] : []));
  return [...index.patterns.compiled(), ...sentenceRules.flatMap((r) => r.patterns.map(anchoredPattern)), ...settling];
}

/** Every match of every rule: `scanText` without extra patterns. */
export function matchRules(rules: readonly Rule[], normalized: string, sentences: readonly Span[], quotations: readonly Span[]): RuleMatch[] {
  return scanText(rules, NO_EXTRA, normalized, sentences, quotations).matches;
}
