import type { Rule } from './rule';
import { spanIndexAt, type Span } from './text';

export interface RuleMatch {
  rule: Rule;
  start: number;
  end: number;
}

const compiled = new WeakMap<RegExp, RegExp>();

/** The rule's pattern with the flags the matcher relies on (global, case-insensitive), compiled once. */
function globalPattern(pattern: RegExp): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    const flags = new Set([...pattern.flags, 'g', 'i']);
    flags.delete('y');
    re = new RegExp(pattern.source, [...flags].join(''));
    compiled.set(pattern, re);
  }
  return re;
}

/**
 * Every match of one rule in normalized text, honouring its `where` setting.
 * Empty matches are skipped so a careless pattern cannot loop.
 */
export function matchRule(rule: Rule, normalized: string, quotations: readonly Span[]): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const pattern of rule.patterns) {
    const re = globalPattern(pattern);
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
  }
  return out;
}
