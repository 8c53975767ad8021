import type { Rule } from './rule';
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

/**
 * Every match of one rule in normalized text, honouring its `where` setting.
 * Empty matches are skipped so a careless pattern cannot loop.
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
    if (rule.where === 'outside-quotes' && spanIndexAt(quotations, start) >= 0) continue;
    if (rule.where === 'inside-quotes' && spanIndexAt(quotations, start) < 0) continue;
    out.push({ rule, start, end });
  }
  return out;
}

const anchored = new WeakMap<RegExp, RegExp>();
function anchoredPattern(p: RegExp): RegExp {
  let re = anchored.get(p);
  if (!re) anchored.set(p, (re = new RegExp(p.source, p.flags.replace(/[gy]/g, '') + (p.flags.includes('i') ? '' : 'i'))));
  return re;
}

/** Sentence-scope rules: an anchored pattern tried once per sentence, flagging the whole sentence. */
export function matchSentences(rule: Rule, normalized: string, sentences: readonly Span[], quotations: readonly Span[]): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const s of sentences) {
    if (rule.where === 'outside-quotes' && spanIndexAt(quotations, s.start) >= 0) continue;
    const sentence = normalized.slice(s.start, s.end);
    if (rule.patterns.some((p) => anchoredPattern(p).test(sentence))) {
      out.push({ rule, start: s.start, end: s.end });
    }
  }
  return out;
}
