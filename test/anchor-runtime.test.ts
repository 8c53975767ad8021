import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/engine/analyze';
import { bundledAnchorTable } from '../src/engine/anchor-table';
import { computingReader } from '../src/engine/anchors/compute';
import { useAnchorReader, useAnchorTable, type AnchorData, type AnchorReader } from '../src/engine/leading-words';
import { analyze } from '../src/engine/with-facts';
import { knownFacts } from '../src/facts/index';

// The shipped builds carry the anchor table and no parser: a pattern they look up that is not in their table
// is scanned in full, silently. Here each shipped path runs on the table its build bundles, with a reader that
// records every miss. A file of its own: the engine caches its indexes per module, and they must be built here.

/** A table that counts its look-ups, and a reader that records the patterns the table did not hold. */
function shipped(table: Record<string, AnchorData[] | null>): { lookups: () => number; misses: string[] } {
  let lookups = 0;
  const misses: string[] = [];
  useAnchorTable(new Proxy(table, { get: (t, key) => (lookups++, Reflect.get(t, key)) }));
  const recorder: AnchorReader = {
    leadingTokens: (source) => (misses.push(source), computingReader.leadingTokens(source)),
    anchorsOf: (source) => (misses.push(source), computingReader.anchorsOf(source)),
  };
  useAnchorReader(recorder);
  return { lookups: () => lookups, misses };
}

// Written for this test: a little of each category.
const TEXT = [
  'A source close to the couple told the magazine that the pair reportedly split last week.',
  '"I never stopped loving you," he whispered, his voice trembling.',
  'Tom Cruise, 62, was seen in London on Monday. Could it be a sign of things to come?',
].join(' ');

describe('every pattern a shipped path looks up is in the table its build bundles', () => {
  it('the background and the CLI (rules, verdict and facts), on the whole table', () => {
    const { lookups, misses } = shipped(bundledAnchorTable(knownFacts));
    analyze(TEXT);
    expect(lookups()).toBeGreaterThan(100);
    expect(misses).toEqual([]);
  });

  it('a pattern the table leaves out is a miss (the check can fail)', () => {
    const { misses } = shipped({});
    analyzeText(TEXT, {}, { rules: [], extraPatterns: [/\bsaid\s+so\b/] });
    expect(misses).toContain(/\bsaid\s+so\b/.source);
    useAnchorReader(computingReader);
  });
});
