import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine/analyze';
import type { AnalyzeOptions } from '../src/engine/types';

const NOW = new Date('2026-11-24T00:00:00Z');
const facts = (text: string, options: AnalyzeOptions = {}) =>
  analyze(text, { now: NOW, ...options }).findings.filter((f) => f.category === 'fact-contradiction');

describe('age claims', () => {
  it('judges an age against the publication date, across the birthday', () => {
    // Tom Cruise was born on 3 July 1962: 62 until 2 July 2025, 63 from 3 July 2025.
    expect(facts('Tom Cruise, 62, arrived late.', { published: '2025-07-01' })).toHaveLength(0);
    expect(facts('Tom Cruise, 63, arrived late.', { published: '2025-07-01' })).toHaveLength(1);
    expect(facts('Tom Cruise, 63, arrived late.', { published: '2025-07-04' })).toHaveLength(0);
    expect(facts('Tom Cruise, 62, arrived late.', { published: '2025-09-01' })).toHaveLength(1);
  });

  it('allows a year either way for an undated article', () => {
    expect(facts('Tom Cruise, 63, arrived late.')).toHaveLength(0);
    expect(facts('Tom Cruise, 65, arrived late.')).toHaveLength(0);
    expect(facts('Tom Cruise, 58, arrived late.')).toHaveLength(1);
  });

  it('reads "the 63-year-old Name", "at 37, she" and short names once the full name is present', () => {
    expect(facts('The 51-year-old Tom Cruise waved.', { published: '2025-05-16' })).toHaveLength(1);
    expect(facts('Ana de Armas smiled. At 30, she was the star of the night.', { published: '2025-05-16' })).toHaveLength(1);
    expect(facts('Ana de Armas smiled. Later de Armas, 37, left.', { published: '2025-05-16' })).toHaveLength(0);
    expect(facts('Later de Armas, 30, left.', { published: '2025-05-16' })).toHaveLength(0); // no full name: not resolved
  });

  it('judges an age against a year given in the same sentence', () => {
    expect(facts('In 1993, Keanu Reeves, 29, was filming.')).toHaveLength(0);
    expect(facts('In 1993, Keanu Reeves, 40, was filming.')).toHaveLength(1);
  });

  it('carries the fact, its source and its as-of date as evidence', () => {
    const [f] = facts('Tom Cruise, 40, arrived.', { published: '2025-05-16' });
    expect(f!.evidence).toEqual({ fact: 'Tom Cruise was born on 3 July 1962.', source: 'https://en.wikipedia.org/wiki/Tom_Cruise', asOf: '2025-11-01' });
    expect(f!.message).toMatch(/Tom Cruise is 40.*62/);
  });
});

describe('birthdays', () => {
  it('flags a birthday in the wrong month and accepts the right one', () => {
    expect(facts("Ana de Armas celebrated. On de Armas' 37th birthday in April, she went to a park.", { published: '2025-05-24' })).toHaveLength(0);
    expect(facts("Ana de Armas's birthday in March was quiet.", { published: '2025-05-24' })).toHaveLength(1);
    expect(facts("Ana de Armas flew in ahead of her April 30th birthday.", { published: '2025-05-24' })).toHaveLength(0);
  });
  it('checks a birth date given right after a name', () => {
    expect(facts('Tom Cruise was born on July 3, 1962, in Syracuse.')).toHaveLength(0);
    expect(facts('Tom Cruise was born in 1962.')).toHaveLength(0);
    const [f] = facts('Tom Cruise was born on July 3, 1964, in Syracuse.');
    expect(f?.rule).toBe('birth-date-claim');
    expect(facts('Tom Cruise   was born in 1960.')).toHaveLength(1);
    // "born" too far from the name to be about it.
    expect(facts('Tom Cruise met the director of a film about a boy who, as the story tells it, was born in 1960.')).toHaveLength(0);
  });
  it('flags an Nth birthday far from the article date', () => {
    expect(facts("David Beckham's 50th birthday was a big night.", { published: '2025-05-16' })).toHaveLength(0);
    expect(facts("David Beckham's 40th birthday was a big night.", { published: '2025-05-16' })).toHaveLength(1);
  });
});

describe('marriages', () => {
  it('checks a marriage year attached to a spouse', () => {
    expect(facts('Tom Cruise married Mimi Rogers in 1987.')).toHaveLength(0);
    expect(facts('Tom Cruise married Mimi Rogers in 1985.')).toHaveLength(1);
    expect(facts('Tom Cruise and Nicole Kidman divorced in 2001.')).toHaveLength(0);
    expect(facts('Tom Cruise and Nicole Kidman divorced in 2004.')).toHaveLength(1);
  });
  it('leaves a year it cannot tie to the couple alone', () => {
    expect(facts('Tom Cruise, who married Katie Holmes in 2006, starred in a film in 1986.')).toHaveLength(0);
  });
});

describe('engagements', () => {
  it('contradicts an engagement the record does not have', () => {
    const found = facts('Tom Cruise and Ana de Armas are engaged, friends say.');
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence!.fact).toMatch(/No engagement or marriage between Tom Cruise and Ana de Armas/);
  });
  it('takes unnamed partners from the people the article is about', () => {
    const text = 'Tom Cruise met Ana de Armas in London. Tom Cruise and Ana de Armas dined. The proposal unfolded at dusk.';
    expect(facts(text).map((f) => f.rule)).toEqual(['engagement-claim']);
  });
  it('accepts a recorded engagement, a hedged claim and a later article', () => {
    expect(facts('Tom Cruise proposed to Katie Holmes at the Eiffel Tower.')).toHaveLength(0);
    expect(facts('Rumours say Tom Cruise and Ana de Armas are engaged.')).toHaveLength(0);
    expect(facts('Tom Cruise and Ana de Armas are not engaged.')).toHaveLength(0);
    expect(facts('Tom Cruise and Ana de Armas are engaged.', { published: '2026-06-01' })).toHaveLength(0);
  });
});

describe('deaths, releases and directors', () => {
  it('contradicts a death of someone recorded as living, not a relative\'s', () => {
    expect(facts('Rihanna died in a crash on the highway.')).toHaveLength(1);
    expect(facts('Rihanna mourned; her grandmother died in 2012.')).toHaveLength(0);
    expect(facts('The Rihanna death hoax spread fast.')).toHaveLength(0);
  });
  it('checks release dates and directors against the record', () => {
    expect(facts('Ballerina, slated for release on June 6, stars Ana de Armas.')).toHaveLength(0);
    expect(facts('Ballerina, slated for release on July 6, stars Ana de Armas.')).toHaveLength(1);
    expect(facts('Deeper, an upcoming thriller directed by Doug Liman, stars Tom Cruise.')).toHaveLength(0);
    expect(facts('Deeper, an upcoming thriller directed by Michael Bay, stars Tom Cruise.')).toHaveLength(1);
  });
});
