import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchRules } from '../src/engine/match';
import { findQuotations, normalizeForMatching, splitSentences } from '../src/engine/text';
import type { Rule } from '../src/engine/rule';
import { validateRules } from '../src/engine/rule';
import { rules } from '../src/rules/index';

// Through the engine's own matcher (found by leading words), so an example also checks that its rule is indexed right.
function ruleMatches(rule: Rule, text: string): number {
  const normalized = normalizeForMatching(text);
  return matchRules([rule], normalized, splitSentences(normalized), findQuotations(normalized)).length;
}

describe('rule validation (run by the build)', () => {
  it('accepts the bundled rules', () => expect(() => validateRules(rules)).not.toThrow());
  it('names a malformed rule and what is wrong with it', () => {
    const good = rules[0]!;
    expect(() => validateRules([...rules, { ...good }])).toThrow(`rule "${good.id}": duplicate id`);
    expect(() => validateRules([{ ...good, id: 'bad-rule', category: 'gossip' }])).toThrow('rule "bad-rule": unknown category "gossip"');
    expect(() => validateRules([{ ...good, id: 'no-patterns', patterns: [] }])).toThrow('rule "no-patterns": patterns must be');
    expect(() => validateRules([{ ...good, id: 'Bad Id' }])).toThrow('id must be kebab-case');
  });
});

describe('every rule', () => {
  it('is listed once and lives in a file named after its id', () => {
    const files = readdirSync(new URL('../src/rules/', import.meta.url)).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(rules.map((r) => r.id).sort()).toEqual(files.sort());
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('has a one-line description and at least two examples that must match', () => {
        expect(rule.description).toMatch(/^[^\n]{10,160}$/);
        expect(rule.examples.flag.length).toBeGreaterThanOrEqual(1);
      });
      for (const example of rule.examples.flag) {
        it(`flags: ${example}`, () => expect(ruleMatches(rule, example)).toBeGreaterThan(0));
        // Curly quotes and apostrophes must work as well as straight ones.
        const curly = example.replace(/'/g, '\u2019').replace(/"([^"]*)"/g, '\u201C$1\u201D');
        it(`flags with curly quotes: ${curly}`, () => expect(ruleMatches(rule, curly)).toBeGreaterThan(0));
      }
      for (const example of rule.examples.pass) {
        it(`passes: ${example}`, () => expect(ruleMatches(rule, example)).toBe(0));
      }
    });
  }
});
