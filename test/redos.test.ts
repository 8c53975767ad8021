import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { claimPatterns } from '../src/engine/checker/index';
import { ON_RECORD_PATTERNS, TAG_AFTER, TAG_BEFORE } from '../src/engine/verdict/sourcing';
import { DRAMA, TIME_ANCHOR } from '../src/engine/verdict/tone';
import { rules } from '../src/rules/index';

// recheck analyses each pattern (automaton + fuzzing) for super-linear backtracking: a second or two per
// pattern, one after another. (Run side by side, the checks compete for the two cores and the fuzzer's time
// limits then make it report attacks it cannot find on a quiet machine.)
function safe(name: string, source: string, flags: string): void {
  it(`${name} is safe`, () => {
    const r = checkSync(source, flags, { timeout: 20_000 });
    expect(r.status, JSON.stringify((r as { attack?: unknown }).attack ?? '')).not.toBe('vulnerable');
  }, 120_000);
}

describe('rule patterns cannot backtrack catastrophically', () => {
  for (const rule of rules) {
    // Text-scope patterns are scanned globally; sentence-scope ones are tried once per sentence.
    rule.patterns.forEach((p, i) => safe(`${rule.id} pattern ${i}`, p.source, (rule.scope === 'sentence' ? 'i' : 'gi') + (p.flags.includes('u') ? 'u' : '')));
    // Tried on a short stretch before each match, anchored at its end.
    if (rule.unlessAfter) safe(`${rule.id} unlessAfter pattern`, `(?:${rule.unlessAfter.pattern.source})\\s*$`, 'i');
  }
});

describe("the verdict's and the fact checker's patterns cannot backtrack catastrophically", () => {
  // Found in the one pass beside the rules, or tried on a short window (speech tags).
  const patterns: [string, RegExp][] = [
    ...ON_RECORD_PATTERNS.map((p, i) => [`on-record pattern ${i}`, p] as [string, RegExp]),
    ['drama words', DRAMA],
    ['time anchors', TIME_ANCHOR],
    ['speech tag after a quote', TAG_AFTER],
    ['speech tag before a quote', TAG_BEFORE],
    ...claimPatterns.map((p, i) => [`fact claim pattern ${i}`, p] as [string, RegExp]),
  ];
  for (const [name, p] of patterns) safe(name, p.source, `g${p.flags.replace(/[gy]/g, '')}`);
});
