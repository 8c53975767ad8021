import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine/with-facts';
import { matchRules } from '../src/engine/match';
import { findQuotations, normalizeForMatching, splitSentences } from '../src/engine/text';
import type { Rule } from '../src/engine/rule';
import { validateRules } from '../src/engine/rule';
import { rules } from '../src/rules/index';

// Through the engine's own matcher (found by leading words), so an example also checks that its rule is indexed right.
function ruleMatches(rule: Rule, text: string): number {
  return ruleSpans(rule, text).length;
}

function ruleSpans(rule: Rule, text: string): string[] {
  const normalized = normalizeForMatching(text);
  return matchRules([rule], normalized, splitSentences(normalized), findQuotations(normalized)).map((m) => {
    const inWord = (at: number) => isLetterOrDigit(normalized[at - 1]) && isLetterOrDigit(normalized[at]);
    // A highlight that starts or ends inside a word ("alleged i") or on white space is marked with a bar.
    const edge = (at: number, inside: string | undefined) => (inWord(at) || /\s/.test(inside ?? '') ? '|' : '');
    return `${edge(m.start, normalized[m.start])}${normalized.slice(m.start, m.end)}${edge(m.end, normalized[m.end - 1])}`;
  });
}

const isLetterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

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
        it(`starts and ends on a word boundary: ${example}`, () => {
          for (const span of ruleSpans(rule, example)) expect(span, `in: ${example}`).not.toMatch(/^\||\|$/);
        });
      }
      for (const example of rule.examples.pass) {
        it(`passes: ${example}`, () => expect(ruleMatches(rule, example)).toBe(0));
      }
    });
  }
});

describe('plain reporting stays unflagged', () => {
  // Sentences that merely report, named and dated: no rule may read a hedge, a weasel or a scene into them.
  const reports = [
    'A person was arrested, police said.',
    'The singer, 34, married the actor in Rome on Saturday, her publicist confirmed.',
    'The film opens in 2,000 cinemas on Friday, the studio said in a statement.',
    'He has played the role twice since 2019.',
    'The couple have two children and live in London.',
    'She told reporters the tour would end in May.',
  ];
  for (const text of reports) {
    it(text, () => expect(analyze(text).findings.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`)).toEqual([]));
  }
});
