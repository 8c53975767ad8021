import { describe, expect, it } from 'vitest';
import { defineRule } from '../src/engine/rule';
import { cacheKey, checkPatterns, failuresOf, loadAccepted, loadCache, remember, saveCache, staleKeys } from './redos/check';
import { checkedPatterns, enginePatterns } from './redos/patterns';

// Every pattern the engine runs, in the form it runs it (see redos/patterns.ts), checked by recheck for
// super-linear backtracking. Verdicts are cached in redos/verified.json, keyed by the exact checked source
// and flags (and recheck's version and parameters): only new or changed patterns are checked here, and
// their verdicts added to the file (commit it). `npm run redos -- --all` re-verifies everything.
describe('every pattern the engine runs is free of catastrophic backtracking', () => {
  it('rules, the verdict, the fact checker and the speech tags: none vulnerable, none undecided without a recorded reason', async () => {
    const patterns = [...checkedPatterns(), ...enginePatterns()];
    const cache = loadCache();
    const accepted = loadAccepted();
    const outcomes = await checkPatterns(patterns, { cache });
    const fresh = outcomes.filter((o) => !o.cached);
    if (fresh.length) console.info(`ReDoS: checked ${fresh.length} new or changed pattern form(s), ${outcomes.length - fresh.length} verified before`);
    if (remember(cache, outcomes, accepted) && !process.env.CI) saveCache(cache);
    const stale = staleKeys(cache, patterns);
    if (stale.length) console.info(`ReDoS: ${stale.length} cache entr(ies) for patterns changed or removed since; \`npm run redos\` prunes them`);
    expect(failuresOf(outcomes, accepted)).toEqual([]);
  }, 600_000);
});

describe('the ReDoS check itself', () => {
  const vulnerable = defineRule({
    id: 'synthetic-vulnerable-rule',
    category: 'unverified-claim',
    description: 'A rule written for this test only, with a pattern that backtracks exponentially.',
    patterns: [/\bsaid\b/, /(a+)+$/],
    examples: { flag: ['aaa'], pass: [] },
  });

  it('fails a rule with a vulnerable pattern, naming the rule and the pattern (checked afresh, not from the cache)', async () => {
    const patterns = checkedPatterns([vulnerable]);
    const outcomes = await checkPatterns(patterns);
    expect(outcomes.every((o) => !o.cached)).toBe(true);
    const failures = failuresOf(outcomes, {});
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^synthetic-vulnerable-rule: synthetic-vulnerable-rule pattern 1 \(scan\).* is vulnerable \(exponential/);
  }, 120_000);

  it('fails an undecided pattern unless a reason is recorded for that exact pattern', () => {
    const [pattern] = checkedPatterns([vulnerable]);
    const key = cacheKey(pattern!);
    const undecided = [{ pattern: pattern!, key, cached: false, status: 'unknown' as const, detail: 'timeout' }];
    expect(failuresOf(undecided, {})[0]).toMatch(/^synthetic-vulnerable-rule: .*could not decide \(timeout\)/);
    expect(failuresOf(undecided, { [key]: { pattern: pattern!.label, reason: 'written for this test' } })).toEqual([]);
  });

  it('keys the cache by the exact checked source, flags and form, so no verdict carries over to a changed pattern', () => {
    const [p] = checkedPatterns([vulnerable]);
    const key = cacheKey(p!);
    expect(cacheKey({ ...p!, source: `${p!.source} ` })).not.toBe(key);
    expect(cacheKey({ ...p!, flags: 'iu' })).not.toBe(key);
    expect(cacheKey({ ...p!, form: 'sentence' })).not.toBe(key);
    expect(cacheKey({ ...p!, pattern: { ...p!.pattern, source: '\\bsays\\b' } })).not.toBe(key);
    expect(cacheKey(p!, '0.0.0')).not.toBe(key);
    expect(cacheKey({ ...p! })).toBe(key);
  });

  it('checks a text rule, a sentence rule and an unlessAfter each in the form the engine runs it', () => {
    const forms = checkedPatterns([
      defineRule({ ...vulnerable, id: 'sentence-rule', scope: 'sentence', patterns: [/^is\s+it\b/] }),
      defineRule({ ...vulnerable, id: 'guarded-rule', patterns: [/\bthe\s+sun\s+dipped\b/], unlessAfter: { pattern: /\bnot\s*/, within: 20 } }),
    ]);
    expect(forms.map((f) => [f.owner, f.form, f.source, f.flags])).toEqual(
      expect.arrayContaining([
        ['sentence-rule', 'sentence', '^is\\s+it\\b', 'i'],
        ['guarded-rule', 'scan', '\\bthe\\s+sun\\s+dipped\\b', 'i'],
        ['guarded-rule', 'unless-after', '(?:\\bnot\\s*)\\s*$', 'i'],
      ]),
    );
  });
});
