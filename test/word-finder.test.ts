import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordCharacter, TokenTable, WordFinder } from '../src/engine/word-finder';
import { escapeRegExp } from '../src/engine/rule';

/** Hits as [offset, word] pairs, for readable expectations. */
const hits = (finder: WordFinder, text: string) => {
  const flat = finder.find(text);
  const out: [number, string][] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i]!, finder.words[flat[i + 1]!]!]);
  return out;
};

/** What the regular expression the finder stands in for would find. */
const byRegExp = (words: readonly string[], text: string) =>
  [...text.matchAll(new RegExp(`\\b(?:${[...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\b`, 'gi'))].map(
    (m): [number, string] => [m.index, words.find((w) => w === m[0].toLowerCase())!],
  );

describe('WordFinder: listed words in a text, whole and in any case', () => {
  const finder = new WordFinder(['source', 'sources', 'said', 'is', 'x1_2']);

  it('finds whole words only, ignoring case', () => {
    expect(hits(finder, 'A Source said: SOURCES say this is so.')).toEqual([[2, 'source'], [9, 'said'], [15, 'sources'], [32, 'is']]);
    expect(hits(finder, 'resourceful outsourced saids island')).toEqual([]);
  });

  it('takes digits and underscores as word characters, and anything else as a boundary', () => {
    expect(hits(finder, 'x1_2 x1_23 said2 (said) said—is café-said')).toEqual([[0, 'x1_2'], [18, 'said'], [24, 'said'], [29, 'is'], [37, 'said']]);
  });

  it('finds a word at the very start and the very end of the text', () => {
    expect(hits(finder, 'said')).toEqual([[0, 'said']]);
    expect(hits(finder, 'it is')).toEqual([[3, 'is']]);
    expect(hits(finder, '')).toEqual([]);
  });

  it('tells which listed word stands whole at a given place', () => {
    const text = 'Sources said: SAID, saidx';
    const at = (i: number) => (finder.wordAt(text, i) < 0 ? undefined : finder.words[finder.wordAt(text, i)]);
    expect([at(0), at(8), at(14), at(20), at(1), at(12)]).toEqual(['sources', 'said', 'said', undefined, undefined, undefined]);
    expect(finder.words[finder.wordAt('is', 0)]).toBe('is');
  });

  it('tells word characters as \\w does', () => {
    for (const ch of 'aZ09_') expect(isWordCharacter(ch.charCodeAt(0))).toBe(true);
    for (const ch of ' -\'\u00e9\u212a') expect(isWordCharacter(ch.charCodeAt(0))).toBe(false);
    expect(isWordCharacter(NaN)).toBe(false);
  });

  it('refuses a word it could never find', () => {
    expect(() => new WordFinder(['co-star'])).toThrow(/co-star/);
  });

  it('finds what the alternation of its words finds, on any text', () => {
    const words = ['a', 'an', 'and', 'the', 'said', 'says', 'insider', 'in', 'inside', 'é', 'x'].filter((w) => /^\w+$/.test(w));
    const letters = fc.constantFrom(...'aAnNdDtThHeEsSiIxX yY0_-.\n\u00e9\u212a\u0130'.split(''));
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
        expect(hits(new WordFinder(words), text)).toEqual(byRegExp(words, text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('TokenTable: values by anchor token, words apart from marks', () => {
  it('finds word tokens through its word finder and keeps marks by the mark', () => {
    const table = new TokenTable(new Map([['source', 1], ['"', 2], ['said', 3], ['?', 4]]));
    const hits = table.words.find('A Source said "so"?');
    expect([table.byWord[hits[1]!], table.byWord[hits[3]!]]).toEqual([1, 3]);
    expect([...table.byMark]).toEqual([['"', 2], ['?', 4]]);
  });
});

