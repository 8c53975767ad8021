import { claimPatterns } from '../../src/engine/checker/index';
import { TAG_AFTER, TAG_BEFORE } from '../../src/engine/verdict/sourcing';
import { VERDICT_PATTERNS } from '../../src/engine/verdict/patterns';
import type { Rule } from '../../src/engine/rule';
import { rules as bundledRules } from '../../src/rules/index';

/**
 * Every regular expression the engine runs, in the form it runs it, for the ReDoS check (redos.test.ts,
 * `npm run redos`). recheck models a search from every start position unless the pattern is anchored, so
 * each form is checked without `g` and `y`:
 *
 * - `scan`: a text-scope rule's pattern or a pattern found beside the rules (the verdict's, the fact
 *   checker's claims), with its group's flags. The engine either scans the whole text with it (a group
 *   that cannot be anchored, and `matchRule`) or tries it sticky at each of its anchor words (pattern-index.ts):
 *   a search from every start covers both, since the anchor positions are some of those starts. It is
 *   not checked as `^(?:...)`: that proves one attempt linear, but an attempt is made at every anchor word
 *   and a text can hold a great many of them ("I I I I ..."), so the whole search must be linear.
 * - `sentence`: a sentence-scope rule's pattern, searched in each sentence (sentences have no length bound).
 * - `unless-after`: a rule's `unlessAfter`, as match.ts compiles it: `(?:p)\s*$` searched in a short window.
 * - `window`: the speech-tag patterns, searched in a 60-character window beside each quotation.
 *
 * Not checked: the sticky forms pattern-index.ts derives from an anchor (the part from the anchor word on,
 * with the part before it as a look-behind). They are run only where their anchor word stands, which
 * recheck cannot express, and searched from every start it reports some of them quadratic: a look-behind
 * such as `\bwith\s+` then reads a run of white space backwards from every position in it, where at the
 * anchor words the engine reads each run once. Their forward part is the pattern's own, checked above;
 * match-index.test.ts holds their matches to a whole scan's, and safety.test.ts runs hostile inputs through
 * the whole engine.
 */
export interface CheckedPattern {
  /** The rule the pattern belongs to, or the engine part that owns it: named in a failure. */
  owner: string;
  /** Human-readable: owner, which pattern, which form. Unique. */
  label: string;
  form: 'scan' | 'sentence' | 'unless-after' | 'window';
  /** The pattern as written (source and flags), before the form was derived. */
  pattern: { source: string; flags: string };
  /** What recheck checks. */
  source: string;
  flags: string;
}

const withoutGY = (flags: string) => flags.replace(/[gy]/g, '');
const withI = (flags: string) => (flags.includes('i') ? flags : `${flags}i`);
const sortFlags = (flags: string) => [...new Set(flags)].sort().join('');

/** A pattern found in the engine's one pass (a text-scope rule's, or an extra one), with its group's flags. */
function scanForm(owner: string, name: string, p: RegExp, flags: string): CheckedPattern {
  return { owner, label: `${owner} ${name} (scan)`.replace(/\s+/g, ' '), form: 'scan', pattern: { source: p.source, flags: p.flags }, source: p.source, flags };
}

export function checkedPatterns(rules: readonly Rule[] = bundledRules): CheckedPattern[] {
  const out: CheckedPattern[] = [];
  for (const rule of rules) {
    const unicode = rule.patterns.some((p) => p.flags.includes('u'));
    rule.patterns.forEach((p, i) => {
      if (rule.scope === 'sentence') {
        const flags = sortFlags(withI(withoutGY(p.flags)));
        out.push({ owner: rule.id, label: `${rule.id} pattern ${i} (sentence)`, form: 'sentence', pattern: { source: p.source, flags: p.flags }, source: p.source, flags });
      } else {
        out.push(scanForm(rule.id, `pattern ${i}`, p, unicode ? 'iu' : 'i'));
      }
    });
    if (rule.unlessAfter) {
      const p = rule.unlessAfter.pattern;
      out.push({ owner: rule.id, label: `${rule.id} unlessAfter (unless-after)`, form: 'unless-after', pattern: { source: p.source, flags: p.flags }, source: `(?:${p.source})\\s*$`, flags: sortFlags(withI(withoutGY(p.flags))) });
    }
  }
  return out;
}

/** The patterns the engine finds beside the rules, and the speech tags read beside quotations. */
export function enginePatterns(): CheckedPattern[] {
  const named: [string, RegExp][] = [
    ...VERDICT_PATTERNS.map((p, i) => [`verdict pattern ${i}`, p] as [string, RegExp]),
    ...claimPatterns.map((p, i) => [`fact claim pattern ${i}`, p] as [string, RegExp]),
  ];
  const out = named.map(([name, p]) => scanForm(name, '', p, sortFlags(withoutGY(p.flags))));
  for (const [name, p] of [['speech tag after a quote', TAG_AFTER], ['speech tag before a quote', TAG_BEFORE]] as const) {
    out.push({ owner: name, label: `${name} (window)`, form: 'window', pattern: { source: p.source, flags: p.flags }, source: p.source, flags: sortFlags(withoutGY(p.flags)) });
  }
  return out;
}
