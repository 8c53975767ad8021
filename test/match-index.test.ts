import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorsFromTable, anchorsOf, leadingTokens, tableKey, useAnchorReader, useAnchorTable } from '../src/engine/leading-words';
import { anchorTable, computeAnchors, computeLeadingTokens, computingReader } from '../src/engine/anchors/compute';
import { matchRule, matchRules, matchSentences, ruleIndexOf, scanText, type RuleMatch } from '../src/engine/match';
import { claimPatterns, claimPatternsFor } from '../src/engine/checker/index';
import { extraPatternsFor } from '../src/engine/extra-patterns';
import { ON_RECORD_PATTERNS } from '../src/engine/verdict/sourcing';
import { DRAMA, TIME_ANCHOR } from '../src/engine/verdict/tone';
import { bundledAnchorTable } from '../src/engine/anchor-table';
import { knownFacts } from '../src/facts/index';
import { defineRule, type Rule } from '../src/engine/rule';
import { findQuotations, normalizeForMatching, splitSentences } from '../src/engine/text';
import { rules } from '../src/rules/index';

// The analysis itself (build and test time: anchors/compute.ts, reading patterns with regexpp).
const tokens = (re: RegExp | string) => {
  const found = computeLeadingTokens(typeof re === 'string' ? re : re.source);
  return found && [...found].sort();
};

describe('leadingTokens: the words a pattern can begin with', () => {
  it('reads alternatives, optional parts and word ends', () => {
    expect(tokens(/\b(?:sources?|insiders?)\s+said\b/)).toEqual(['insider', 'insiders', 'source', 'sources']);
    expect(tokens(/\b(?:finally\s+)?opens\s+up\b/)).toEqual(['finally', 'opens']);
    expect(tokens(/\brumou?r(?:s|ed)?\b/)).toEqual(['rumor', 'rumored', 'rumors', 'rumour', 'rumoured', 'rumours']);
    expect(tokens(/\bcan(?:'t|not)\s+resist\b/)).toEqual(['can', 'cannot']);
  });

  it('skips look-arounds and takes a leading mark as its own token', () => {
    expect(tokens(/\bsource\b(?<=\ba\s+source)(?!\s+of\b)/)).toEqual(['source']);
    expect(tokens(/"(?=[^"]*\bI\b)[^"]*"/)).toEqual(['"']);
    expect(tokens(/(?<=\w)'d\s+say\b/)).toEqual(["'"]);
  });

  it('follows small character classes and digits', () => {
    // "é" is not a \w character, so in "fiancé" the word (as \b sees it) is "fianc".
    expect(tokens(/\bfianc[eé]\b/)).toEqual(['fianc', 'fiance']);
    expect(tokens(/\b\d\s+sources\b/)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('answers undefined where the first word cannot be told', () => {
    expect(tokens(/\b\w+ly\b/)).toBeUndefined(); // any word
    expect(tokens(/source\b/)).toBeUndefined(); // could be the tail of "resource"
    expect(tokens(/\bsource/)).toBeUndefined(); // could run on into "sources"
    expect(tokens(/\s+said\b/)).toBeUndefined(); // opens on white space
    expect(tokens(/\b[A-Z]\w+ said\b/)).toBeUndefined();
    expect(tokens(/\b(a)\1\b/)).toBeUndefined(); // back-reference: not understood
    expect(tokens(/\b(?<w>a)\k<w>\b/)).toBeUndefined(); // named back-reference
    expect(tokens(/\b\p{L}+\s+said\b/u)).toBeUndefined(); // any letter
  });

  it('answers undefined for a source that is no valid pattern', () => {
    expect(tokens('\\bsource(?:s\\b')).toBeUndefined();
    expect(tokens('\\bsources?\\b)')).toBeUndefined();
    expect(tokens('[z-a]source\\b')).toBeUndefined();
  });

  it('reads escapes as the regular-expression parser does, the legacy syntax included', () => {
    expect(tokens(/\bsaid\x20so\b/)).toEqual(['said']);
    expect(tokens(/\u0022[^"]*"/)).toEqual(['"']);
    expect(tokens(/\u{201C}[^\u201D]*\u{201D}/u)).toEqual(['\u201c']);
    // What the hand-written reader refused: a form feed, a brace standing for itself (legacy syntax).
    expect(tokens(/\bsaid\fso\b/)).toEqual(['said']);
    expect(tokens('{\\s*quote\\b')).toEqual(['{']);
    // \b inside a class is a backspace, not a word character: "[\b.]" cannot carry a word on.
    expect(tokens(/\bsaid[\b.]/)).toEqual(['said']);
  });
});

describe('computeAnchors: where a pattern is cheapest to find', () => {
  const parts = (re: RegExp) => computeAnchors(re.source)?.map((a) => ({ tokens: [...a.tokens].sort(), prefix: a.prefix }));

  it('keeps a pattern that opens on a rare word as it is', () => {
    expect(parts(/\b(?:sources?|insiders?)\s+said\b/)).toEqual([{ tokens: ['insider', 'insiders', 'source', 'sources'], prefix: undefined }]);
  });

  it('finds a pattern that opens on a common word by a rarer word after it', () => {
    expect(parts(/\bthe\s+sun\s+(?:set|rose|fell)\b/)).toEqual([{ tokens: ['sun'], prefix: '\\bthe\\s+' }]);
  });

  it('spells out an alternation of common openers into parts with rare words', () => {
    expect(parts(/\b(?:at\s+dusk|moonlit)\b/)).toEqual([
      { tokens: ['dusk'], prefix: '\\bat\\s+' },
      { tokens: ['moonlit'], prefix: undefined },
    ]);
  });

  it('does not cut where the word after the cut could be the tail of another', () => {
    expect(computeAnchors(/\bthe\w*sun\b/.source)).toBeUndefined();
  });

  it('keeps each part as written, so that it compiles again', () => {
    const source = /\bthe\s+(?<body>sun|moon)\s+(?:set|rose){1,2}?\b/.source;
    const [anchor] = computeAnchors(source)!;
    expect(anchor!.prefix).toBe('\\bthe\\s+');
    expect(anchor!.prefix! + anchor!.rest).toBe(source);
    expect(() => new RegExp(anchor!.rest)).not.toThrow();
  });
});

describe('at run time: anchors from the table the build bundled, else a scan of the whole text', () => {
  const rule = defineRule({
    id: 'test-runtime', category: 'unverified-claim', description: 'Test rule looked up at run time.',
    patterns: [/\bthe\s+(?:sources?|insiders?)\s+said\b/], examples: { flag: ['x'], pass: [] },
  });
  const text = 'Then the sources said it. An insider said so; the insider said more.';

  it('scans in full a pattern the table does not hold, and still finds its matches', () => {
    useAnchorReader(undefined);
    try {
      expect(anchorsOf(rule.patterns[0]!.source)).toBeUndefined();
      expect(leadingTokens(rule.patterns[0]!.source)).toBeUndefined();
      const ruleSet = [rule];
      expect(ruleIndexOf(ruleSet).unindexed).toEqual([rule]);
      expect(matchIndexed(ruleSet, text)).toHaveLength(2);
      expect(matchIndexed(ruleSet, text)).toEqual(scanEachRule(ruleSet, text));
    } finally {
      useAnchorReader(computingReader);
    }
  });

  it('finds a pattern the table holds by the anchors in the table, with no reader', () => {
    const source = rule.patterns[0]!.source;
    useAnchorReader(undefined);
    // As the build writes it, then read with no reader to fall back on.
    useAnchorTable(JSON.parse(JSON.stringify(anchorTable(rule.patterns, []))));
    try {
      expect(anchorsOf(source)).toEqual(computeAnchors(source));
      const ruleSet = [rule];
      expect(ruleIndexOf(ruleSet).unindexed).toEqual([]);
      expect(matchIndexed(ruleSet, text)).toEqual(scanEachRule(ruleSet, text));
    } finally {
      useAnchorTable({});
      useAnchorReader(computingReader);
    }
  });
});

describe('the anchor table the build bundles', () => {
  const table = bundledAnchorTable(knownFacts);

  it('has an anchor for every bundled pattern, rules and facts alike, none left to a whole-text scan', () => {
    const patterns = [...rules.filter((r) => r.scope !== 'sentence').flatMap((r) => r.patterns), ...extraPatternsFor(knownFacts)];
    for (const p of patterns) expect(table[tableKey('anchors', p.source)], p.source).toBeTruthy();
    for (const p of rules.filter((r) => r.scope === 'sentence').flatMap((r) => r.patterns)) expect(table[tableKey('first', p.source)], p.source).toBeTruthy();
  });

  it('holds what is computed at run time, as plain data', () => {
    // Keyed by a hash of each pattern's source; read back, an entry equals the anchors computed at run time,
    // one that is cut ("prefix") and one that is the whole pattern alike.
    const sources = rules.filter((r) => r.scope !== 'sentence').flatMap((r) => r.patterns.map((p) => p.source));
    const cut = sources.find((src) => table[tableKey('anchors', src)]?.some((a) => a.prefix))!;
    const whole = sources.find((src) => table[tableKey('anchors', src)]?.every((a) => a.rest === undefined))!;
    for (const src of [cut, whole]) expect(anchorsFromTable(table[tableKey('anchors', src)]!, src)).toEqual(computeAnchors(src));
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
  });
});

/** What a whole-text scan of each rule finds: the reference the indexed matcher must equal. */
function scanEachRule(ruleSet: readonly Rule[], text: string): string[] {
  const normalized = normalizeForMatching(text);
  const sentences = splitSentences(normalized);
  const quotations = findQuotations(normalized);
  return keys(ruleSet.flatMap((r) => (r.scope === 'sentence' ? matchSentences(r, normalized, sentences, quotations) : matchRule(r, normalized, quotations))));
}

function matchIndexed(ruleSet: readonly Rule[], text: string): string[] {
  const normalized = normalizeForMatching(text);
  return keys(matchRules(ruleSet, normalized, splitSentences(normalized), findQuotations(normalized)));
}

/** The fact checker's claims, found in the same pass as the rules, against a global scan of each. */
function claimsFound(text: string, patterns: readonly RegExp[] = claimPatterns): string[][] {
  const normalized = normalizeForMatching(text);
  const { extra } = scanText(rules, patterns, normalized, splitSentences(normalized), findQuotations(normalized));
  return patterns.map((p) => extra.get(p)!.map((s) => `${s.start}-${s.end}`));
}
function claimsScanned(text: string, patterns: readonly RegExp[] = claimPatterns): string[][] {
  const normalized = normalizeForMatching(text);
  return patterns.map((p) =>
    [...normalized.matchAll(new RegExp(p.source, `${p.flags.replace(/[gy]/g, '')}g`))].filter((m) => m[0]).map((m) => `${m.index}-${m.index + m[0].length}`),
  );
}

const keys = (matches: readonly RuleMatch[]) => matches.map((m) => `${m.rule.id} ${m.start}-${m.end}`).sort();

describe('matchRules: every rule found through its leading words', () => {
  it('indexes every bundled rule (an unindexed rule still works, but costs a scan of the whole text)', () => {
    expect(ruleIndexOf(rules).unindexed.map((r) => r.id)).toEqual([]);
  });

  it('finds exactly what a whole-text scan of each rule finds, on every rule example', () => {
    const text = rules.flatMap((r) => [...r.examples.flag, ...r.examples.pass]).join(' ');
    const expected = scanEachRule(rules, text);
    expect(expected.length).toBeGreaterThan(rules.length);
    expect(matchIndexed(rules, text)).toEqual(expected);
  });

  it('finds the fact checker\'s claims in the same pass, as a scan of each would', () => {
    const text = "Tom's 50th birthday in May. At 37, she wed; the pair got engaged in 2019 and he died in 2020. Her April 3 birthday bash.";
    const found = claimsFound(text);
    expect(found.flat().length).toBeGreaterThanOrEqual(6);
    expect(found).toEqual(claimsScanned(text));
  });

  it("finds the verdict's sourcing, drama and time patterns in the same pass, as a scan of each would", () => {
    const patterns = [...ON_RECORD_PATTERNS, DRAMA, TIME_ANCHOR];
    const text = 'Her rep told People on Monday that she was devastated. "We are fine," she wrote on Instagram. Lopez said so in a statement. According to Variety, the feud began on March 3. A source told Us Weekly the pair split.';
    const found = claimsFound(text, patterns);
    expect(found.every((spans) => spans.length > 0)).toBe(true);
    expect(found).toEqual(claimsScanned(text, patterns));
  });

  it('reports a match found by a later word from where the pattern really starts', () => {
    const rule = defineRule({
      id: 'test-cut', category: 'invented-interview', description: 'Test rule anchored on a later word.',
      patterns: [/\bthe\s+(?:sun|moon)\s+(?:set|rose)\b/], examples: { flag: ['x'], pass: [] },
    });
    const text = 'At dusk the  sun set. Then the moon rose.';
    expect(matchIndexed([rule], text)).toEqual([`test-cut ${text.indexOf('the  sun')}-${text.indexOf('. Then')}`, `test-cut ${text.indexOf('the moon')}-${text.length - 1}`].sort());
    expect(matchIndexed([rule], text)).toEqual(scanEachRule([rule], text));
  });

  it('keeps one rule\'s matches from overlapping, as a global scan does', () => {
    const rule = defineRule({
      id: 'test-overlap', category: 'unverified-claim', description: 'Test rule with overlapping candidates.',
      patterns: [/\brumou?rs?\s+(?:\w+\s+){0,3}?rumou?rs?\b/], examples: { flag: ['x'], pass: [] },
    });
    const text = 'rumours and rumours and rumours.';
    expect(matchIndexed([rule], text)).toEqual(scanEachRule([rule], text));
    expect(matchIndexed([rule], text)).toHaveLength(1);
  });

  it('still finds a rule whose pattern opens with any word, by scanning for it', () => {
    const rule = defineRule({
      id: 'test-unindexed', category: 'unverified-claim', description: 'Test rule that cannot be indexed.',
      patterns: [/\b\w+ly\b/], examples: { flag: ['x'], pass: [] },
    });
    expect(ruleIndexOf([rule]).unindexed).toEqual([rule]);
    const text = 'The pair were loudly rumoured to wed.';
    const start = text.indexOf('loudly');
    expect(matchIndexed([rule, ...rules], text)).toContain(`test-unindexed ${start}-${start + 'loudly'.length}`);
  });
});

// The shared corpus beside the project (../shared), when present: real articles, every rule at once.
const CORPUS = new URL('../../shared/corpus/', import.meta.url).pathname;
const corpusPresent = existsSync(CORPUS);
if (!corpusPresent) console.warn(`matchRules corpus check skipped: ${CORPUS} (the shared corpus) is not present`);

describe.skipIf(!corpusPresent)('matchRules on the shared corpus (../shared)', () => {
  it('finds exactly what a whole-text scan of each rule finds, article by article', () => {
    const texts = readdirSync(CORPUS).flatMap((dir) =>
      readdirSync(`${CORPUS}${dir}`).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`${CORPUS}${dir}/${f}`, 'utf8')).text as string),
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(matchIndexed(rules, text)).toEqual(scanEachRule(rules, text));
      expect(claimsFound(text)).toEqual(claimsScanned(text));
    }
  });
});
