import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, warmUpSteps } from '../src/engine/with-facts';
import { compiledPatterns } from '../src/engine/match';
import { extraPatternsFor } from '../src/engine/extra-patterns';
import { knownFacts } from '../src/facts/index';
import { rules } from '../src/rules/index';
import { findQuotations, firstFrom, splitSentences } from '../src/engine/text';

const NOW = new Date('2026-11-24T00:00:00Z');
const categoriesOf = (text: string) => [...new Set(analyze(text, { now: NOW }).findings.map((f) => f.category))].sort();

describe('analyze', () => {
  it('returns offsets in UTF-16 code units that cover the triggering words', () => {
    const text = '😀😀 The star reportedly left early.';
    const [f] = analyze(text, { now: NOW }).findings;
    expect(text.slice(f!.start, f!.end)).toBe('reportedly');
  });

  it('matches across line breaks and curly apostrophes', () => {
    const text = 'A source close\nto the pair told the magazine it’s over.';
    const f = analyze(text, { now: NOW }).findings.find((x) => x.category === 'anonymous-source');
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toMatch(/^A source close\nto the pair told/);
  });

  it('does not treat a named attribution as anonymous', () => {
    expect(categoriesOf('"I just saw the movie," Tom Cruise told reporters. According to Deadline, the film wraps in May.')).toEqual([]);
  });

  it('shows a lone atmospheric sentence in a report as nothing, a run of them as invented', () => {
    const report = 'The premiere was held on Monday. The sun set over the hills as guests left. The film opens Friday.';
    expect(categoriesOf(report)).not.toContain('invented-interview');
    // Nor does it tip the verdict: the same report without its atmospheric line reads the same.
    // A report as reports are written: sentences of mixed length, with numbers and places in them (the verdict reads both).
    const rest = 'Tickets for the two evening screenings at a cinema in Los Angeles sold out within an hour of going on sale. The director thanked the cast. The studio confirmed a sequel in a statement on Tuesday, saying production would begin in London next spring. Critics praised the score. The tour resumes in May.';
    const longer = analyze(`${report} ${rest}`, { now: NOW }).summary;
    const plain = analyze(`The premiere was held on Monday. The film opens Friday. ${rest}`, { now: NOW }).summary;
    expect(longer.verdict).toBe('reported');
    expect(longer.verdict).toBe(plain.verdict);
    const novel = [
      'The sun dipped low over the hills as they arrived.',
      'Tears welled in her eyes as she looked at him.',
      '"I was terrified," she whispered, her voice trembling.',
      'He knew this was more than friendship.',
      'She squeezed his hand under the stars.',
    ].join(' ');
    expect(categoriesOf(novel)).toContain('invented-interview');
  });

  it('filters categories on request and summarises per category', () => {
    const text = 'A source said the actor reportedly flew out.';
    const all = analyze(text, { now: NOW });
    expect(all.summary.counts['anonymous-source']).toBe(1);
    expect(all.summary.counts['unverified-claim']).toBe(1);
    const some = analyze(text, { now: NOW, categories: ['unverified-claim'] });
    expect(some.findings.every((f) => f.category === 'unverified-claim')).toBe(true);
    expect(some.summary.counts['anonymous-source']).toBe(0);
  });

  it('counts a claim the known facts contradict toward fabrication, whatever the style', () => {
    const plain = 'Tom Cruise was seen at the premiere in London on Monday. The film opens in cinemas next month. Fans lined the street for hours.';
    const hoax = 'Tom Cruise died in a car crash in London on Monday. The film opens in cinemas next month. Fans lined the street for hours.';
    const a = analyze(hoax, { now: NOW }).summary;
    const b = analyze(plain, { now: NOW }).summary;
    expect(a.counts['fact-contradiction']).toBe(1);
    expect(a.fabrication).toBeGreaterThan(b.fabrication + 0.2);
    expect(a.reasons).toContain('1 sentence the known facts contradict');
  });

  it('warms up every pattern in short steps, leaving no state behind', () => {
    const text = 'An insider said the pair reportedly split. Tom Cruise, 21, smiled. \u201cI never stopped loving you,\u201d he whispered, his voice trembling.';
    const before = analyze(text, { published: '2024-05-01' });
    const patterns = compiledPatterns(rules, extraPatternsFor(knownFacts));
    // Stateful patterns (global, sticky) left mid-text would make the next analysis start in the wrong place.
    for (const re of patterns) re.lastIndex = 7;
    const steps = [...warmUpSteps()].length;
    expect(patterns.length).toBeGreaterThan(500);
    // Many short steps (16 patterns each), so a caller can answer messages between them.
    expect(steps).toBe(Math.floor(patterns.length / 16));
    expect(patterns.filter((re) => re.lastIndex !== 0)).toEqual([]);
    expect(analyze(text, { published: '2024-05-01' })).toEqual(before);
  });

  it('handles empty and whitespace-only text', () => {
    expect(analyze('', { now: NOW }).findings).toEqual([]);
    expect(analyze('   \n ', { now: NOW }).summary.verdict).toBe('reported');
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, not at abbreviations', () => {
    const text = 'Mr. Smith arrived at 3 a.m. on Monday. "Is it over?" she asked.\nNew paragraph';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Mr. Smith arrived at 3 a.m. on Monday.',
      '"Is it over?" she asked.',
      'New paragraph',
    ]);
  });
});

describe('anonymous attributions', () => {
  it('cover the determiner, the source and the outlet, and no more', () => {
    const text = 'The singer told the paper a well-placed source told E! News on Friday that it was over.';
    const f = analyze(text, { now: NOW }).findings.find((x) => x.category === 'anonymous-source')!;
    expect(text.slice(f.start, f.end)).toBe('a well-placed source told E! News on Friday');
  });
});

describe('findQuotations', () => {
  const quoted = (text: string) => findQuotations(text).map((s) => text.slice(s.start, s.end));

  it('pairs an opening quote with the next closing one', () => {
    expect(quoted('She said "we are fine," and left. "Truly."')).toEqual(['"we are fine,"', '"Truly."']);
    expect(quoted('"At the start" then a dash—"after it" and (“in brackets”)'.replace(/[“”]/g, '"'))).toEqual(['"At the start"', '"after it"', '"in brackets"']);
  });

  it('does not take a quote inside a word or after a letter as an opening one', () => {
    expect(quoted('A 6" screen, then "a real quote".')).toEqual(['"a real quote"']);
  });

  it('does not let a quote run across a paragraph break, but lets the next paragraph open one', () => {
    expect(quoted('"An unclosed quote\n"A new one" ends here.')).toEqual(['"A new one"']);
    expect(quoted('"One\nline" and "two"')).toEqual(['"two"']);
    expect(quoted('No quotes here.\nNone here either.')).toEqual([]);
  });
});

describe('firstFrom', () => {
  it('answers where a pattern first matches at or after each place, asked in any order', () => {
    const text = 'ab1cd22ef';
    const digit = firstFrom(text, /\d/g);
    expect([0, 2, 3, 4, 7, 9, 3, -5, 6].map(digit)).toEqual([2, 2, 5, 5, Infinity, Infinity, 5, 2, 6]);
    expect(firstFrom('', /\d/g)(0)).toBe(Infinity);
  });
});

describe('splitSentences, read character by character', () => {
  // The boundary as a regular expression states it: the reference the hand-written reader must agree with
  // (on text with no abbreviations, which the reader also looks for).
  const boundary = /[.!?\u2026]+["'\u201D\u2019)\]]*(?=\s+["'\u201C\u2018(\[]?[\p{Lu}\p{N}])|\n/gu;
  const byRegExp = (text: string) => {
    const out: { start: number; end: number }[] = [];
    let from = 0;
    for (const end of [...[...text.matchAll(boundary)].map((m) => m.index + m[0].length), text.length]) {
      const part = text.slice(from, end);
      const start = from + part.length - part.trimStart().length;
      if (part.trim()) out.push({ start, end: start + part.trim().length });
      from = end;
    }
    return out;
  };

  it('ends sentences where the regular expression for a boundary does', () => {
    const pieces = fc.constantFrom('Word', 'word', '\u00c9clair', '\u00e9t\u00e9', '42', ' ', '  ', '\n', '\u00a0', '.', '!', '?', '\u2026', '"', "'", '\u201D', '\u201C', '\u2019', ')', '(', '[', ']');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), (text) => {
        expect(splitSentences(text)).toEqual(byRegExp(text));
      }),
      { numRuns: 1000 },
    );
  });
});
