import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine/with-facts';
import { ordinal } from '../src/engine/checker/dates';
import type { KnownFacts } from '../src/facts/schema';
import { validateKnownFacts } from '../src/facts/validate';
import type { AnalyzeOptions } from '../src/engine/types';

// Invented people, so the checker is tested on what it does, not on what the bundled facts file holds.
const SRC = 'https://example.org/facts';
const AS_OF = '2025-06-01';
const FACTS: KnownFacts = validateKnownFacts({
  version: 1,
  people: [
    {
      id: 'mara-quinn', name: 'Mara Quinn', aliases: [], shortNames: ['Quinn', 'Mara'], pronoun: 'she',
      descriptions: ['cuban-born actress', 'harbor star'], born: '1980-03-15',
      recordsCompleteAsOf: AS_OF, childrenCompleteAsOf: AS_OF, source: `${SRC}/mara`, asOf: AS_OF,
    },
    {
      id: 'dev-holt', name: 'Dev Holt', aliases: [], shortNames: ['Holt'], pronoun: 'he', born: '1975-08-20',
      recordsCompleteAsOf: AS_OF, childrenCompleteAsOf: AS_OF, source: `${SRC}/dev`, asOf: AS_OF,
    },
    { id: 'lena-park', name: 'Lena Park', aliases: [], shortNames: ['Park'], pronoun: 'she', born: '1990-11-02', source: `${SRC}/lena`, asOf: AS_OF },
    { id: 'otto-brandt', name: 'Otto Brandt', aliases: [], shortNames: ['Brandt'], pronoun: 'he', born: '1940-01-10', died: '2015-06-01', source: `${SRC}/otto`, asOf: AS_OF },
    { id: 'rory-vance', name: 'Rory Vance', aliases: [], shortNames: [], born: '1985-05-05', source: `${SRC}/rory`, asOf: AS_OF },
  ],
  marriages: [
    { id: 'quinn-finch', spouses: ['mara-quinn', 'Carl Finch'], married: '2002-05-01', divorced: '2006-01-10', source: `${SRC}/m1`, asOf: AS_OF },
    { id: 'quinn-holt', spouses: ['mara-quinn', 'dev-holt'], married: '2010-06-12', source: `${SRC}/m2`, asOf: AS_OF },
  ],
  engagements: [{ id: 'park-stark', people: ['lena-park', 'Ivo Stark'], engaged: '2024-02-01', source: `${SRC}/e1`, asOf: AS_OF }],
  children: [
    { name: 'Theo Holt', parents: ['mara-quinn', 'dev-holt'], born: '2012-04-10', adopted: false, source: `${SRC}/c1`, asOf: AS_OF },
    { name: 'Ivy Holt', parents: ['mara-quinn', 'dev-holt'], born: '2015-09-30', adopted: false, source: `${SRC}/c2`, asOf: AS_OF },
  ],
  works: [
    { id: 'glass-harbor', title: 'Glass Harbor', aliases: [], kind: 'film', released: ['2019-06-14'], directors: ['Nell Ortiz'], cast: ['mara-quinn'], source: `${SRC}/w1`, asOf: AS_OF },
    { id: 'harbor-lights', title: 'Harbor Lights', aliases: [], kind: 'series', released: ['2021-03-05'], directors: [], cast: ['lena-park'], source: `${SRC}/w2`, asOf: AS_OF },
  ],
}, 'checker test facts');

const NOW = new Date('2026-11-24T00:00:00Z');
const check = (text: string, options: AnalyzeOptions = {}) =>
  analyze(text, { now: NOW, ...options }, { facts: FACTS }).findings.filter((f) => f.category === 'fact-contradiction');
const rules = (text: string, options: AnalyzeOptions = {}) => check(text, options).map((f) => f.rule);

describe('an undated article: its time is unknown, not today', () => {
  it('leaves an age alone that was true at some time up to today', () => {
    expect(check('Mara Quinn, 40, arrived at the gala.')).toHaveLength(0);
    expect(check('Mara Quinn, 46, arrived at the gala.')).toHaveLength(0);
  });
  it('flags an age higher than the person is today', () => {
    const [f] = check('Mara Quinn, 50, arrived at the gala.');
    expect(f?.rule).toBe('age-claim');
    expect(f?.message).toMatch(/Mara Quinn is 50/);
  });
  it('flags two ages that no single date makes true together, and not two that fit', () => {
    expect(check('Mara Quinn, 40, and Dev Holt, 36, arrived at the gala.')).toHaveLength(2);
    expect(check('Mara Quinn, 40, and Dev Holt, 45, arrived at the gala.')).toHaveLength(0);
    // Three ages: the one that fits with neither other is the one flagged.
    const found = check('Mara Quinn, 40, Dev Holt, 45, and Lena Park, 21, arrived at the gala.');
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/Lena Park is 21/)]);
  });
  it('checks an age against a year stated before it in its sentence', () => {
    expect(check('In 2017, Mara Quinn, 37, signed on.')).toHaveLength(0);
    expect(check('In 2017, Mara Quinn, 45, signed on.')).toHaveLength(1);
  });
  it('does not take a later clause\'s year ("dated since 2013") as the time of an age', () => {
    expect(check('Lena Park, 34, has dated a chef since 2013.')).toHaveLength(0);
    expect(check('Lena Park, 34, began dating a chef in 2013.')).toHaveLength(0);
  });
  it('checks a story told in the past against the one date the article gives', () => {
    const story = 'The night was June 2nd, 2005. Dev Holt was 31 years old. He waited backstage.';
    expect(rules(story)).toEqual(['age-claim']);
    expect(check(story.replace('31 years', '29 years'))).toHaveLength(0);
    // Two dates given: which one the story is told from is unclear.
    expect(check(`${story} He flew home on May 3rd, 2009.`)).toHaveLength(0);
  });
  it('keeps precise checking for a dated article', () => {
    expect(check('Mara Quinn, 40, arrived.', { published: '2021-01-01' })).toHaveLength(0);
    expect(check('Mara Quinn, 41, arrived.', { published: '2021-01-01' })).toHaveLength(1);
    expect(check('Mara Quinn, 41, arrived.', { published: '2021-04-01' })).toHaveLength(0);
  });
  it('does not contradict a claim about a time after the facts\' as-of date', () => {
    expect(rules('Dev Holt and Lena Park got engaged last week.')).toEqual(['engagement-claim']);
    expect(check('Dev Holt and Lena Park got engaged last week.', { published: '2026-01-10' })).toHaveLength(0);
    expect(rules('Lena Park died in a crash on the coast road.')).toEqual(['death-claim']);
    expect(check('Lena Park died in a crash on the coast road.', { published: '2026-01-10' })).toHaveLength(0);
  });
  it('flags an Nth birthday only when it has not come yet, unless the article is dated', () => {
    expect(check("Dev Holt's 43rd birthday was a quiet one.")).toHaveLength(0);
    expect(rules("Dev Holt's 60th birthday was a quiet one.")).toEqual(['birthday-claim']);
    expect(check("Dev Holt's 49th birthday was a quiet one.", { published: '2024-08-25' })).toHaveLength(0);
    expect(check("Dev Holt's 43rd birthday was a quiet one.", { published: '2024-08-25' })).toHaveLength(1);
  });
  it('counts years since a death against today', () => {
    expect(rules("After 30 years, fans still mourn Otto Brandt's death.")).toEqual(['years-since-claim']);
    expect(check("After 10 years, fans still mourn Otto Brandt's death.")).toHaveLength(0);
    expect(check("After 10 years, fans still mourn Otto Brandt's death.", { published: '2025-06-01' })).toHaveLength(0);
    expect(check("After 10 years, fans still mourn Otto Brandt's death.", { published: '2019-06-01' })).toHaveLength(1);
  });
});

describe('the right person, or no one', () => {
  const dated = { published: '2025-01-01' };
  it('binds "the N-year-old wife of X" to the wife, "the N-year-old actor X" to X', () => {
    expect(check('The 36-year-old wife of Dev Holt smiled.', dated)).toHaveLength(0);
    expect(check("The 36-year-old Dev Holt's wife smiled.", dated)).toHaveLength(0);
    expect(check('The 36-year-old actor Dev Holt smiled.', dated)).toHaveLength(1);
    expect(check('The 49-year-old actor Dev Holt smiled.', dated)).toHaveLength(0);
  });
  it("binds a child's age to the child, and checks it against the child's birth date", () => {
    const june2023 = { published: '2023-06-01' };
    expect(check("11-year-old Theo - Mara Quinn's son - waved.", june2023)).toHaveLength(0);
    const found = check("9-year-old Theo - Mara Quinn's son - waved.", june2023);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/Theo Holt is 9/);
    expect(check('Mara Quinn arrived with her son Theo, 11.', june2023)).toHaveLength(0);
    expect(check('Mara Quinn arrived with her son Theo, 14.', june2023)).toHaveLength(1);
  });
  it('binds a pronoun only to a person of that pronoun, and to no one when someone else could be meant', () => {
    const aug2024 = { published: '2024-08-25' };
    expect(check('Mara Quinn and Dev Holt dined out. It was his 49th birthday.', aug2024)).toHaveLength(0);
    expect(check('Mara Quinn and Dev Holt dined out. It was his 30th birthday.', aug2024)).toHaveLength(1);
    expect(check('Mara Quinn dined out. It was his 30th birthday.', aug2024)).toHaveLength(0);
    expect(check('Dev Holt dined with Oren Blake. It was his 30th birthday.', aug2024)).toHaveLength(0);
    expect(check('Rory Vance dined out. At 20, they were happy.', aug2024)).toHaveLength(0);
    expect(check('Mara Quinn smiled. At 30, she was the star of the night.', aug2024)).toHaveLength(1);
  });
  it("reads a death as the person's only when they are the one who died", () => {
    expect(rules('Lena Park died in a crash on the coast road.')).toEqual(['death-claim']);
    expect(check("Fans marked the 10th anniversary of the death of Lena Park's mother.")).toHaveLength(0);
    expect(check('Lena Park grieved; her grandfather died in 2012.')).toHaveLength(0);
    expect(check('Lena Park sang the line "the old Lena is dead" twice.')).toHaveLength(0);
    expect(check('Lena Park lives in a house whose first owner died there in 1990.')).toHaveLength(0);
    // A quoted headline that names the person in full is still the article's claim.
    expect(rules('Every site ran the same headline: "Lena Park dead at 33".')).toEqual(['death-claim']);
    expect(check('The rumour that Lena Park died spread fast.')).toHaveLength(0);
  });
  it('does not read a surname inside another full name as the person', () => {
    expect(check('Dev Holt spoke. His uncle, Mark Holt, died in 2001.')).toHaveLength(0);
  });
  it('gives a date after "X, the Y spin-off," to X', () => {
    expect(check('Harbor Lights, the Glass Harbor spin-off, premieres on March 5.')).toHaveLength(0);
    const found = check('Harbor Lights, the Glass Harbor spin-off, premieres on April 5.');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/Harbor Lights/);
  });
  it('reads a description as the person only in an article that names them', () => {
    const dated2025 = { published: '2025-01-01' };
    expect(check('Mara Quinn won. The Cuban-born actress, 30, smiled.', dated2025)).toHaveLength(1);
    expect(check('Mara Quinn won. The Cuban-born actress, 44, smiled.', dated2025)).toHaveLength(0);
    expect(check('The Cuban-born actress, 30, smiled.', dated2025)).toHaveLength(0);
  });
});

describe('English ordinals in messages', () => {
  it('writes 1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 43rd', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 43, 101, 111].map(ordinal)).toEqual(
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '43rd', '101st', '111th'],
    );
  });
  it('uses them in a birthday message', () => {
    const [f] = check("Dev Holt's 43rd birthday was a quiet one.", { published: '2024-08-25' });
    expect(f?.message).toMatch(/43rd birthday/);
    expect(f?.message).not.toMatch(/43th/);
  });
});

describe('more claims the facts settle', () => {
  it("checks a child's name against the record", () => {
    expect(check("Mara Quinn's daughter Ivy started school.")).toHaveLength(0);
    expect(rules("Mara Quinn's daughter Rosa started school.")).toEqual(['child-claim']);
    expect(check("Lena Park's daughter Rosa started school.")).toHaveLength(0); // Lena's children are not known to be complete
  });
  it('checks a birth month', () => {
    expect(check('Mara Quinn was born in March.')).toHaveLength(0);
    expect(rules('Mara Quinn was born in July.')).toEqual(['birth-date-claim']);
    expect(check('Mara Quinn was born in March 1980.')).toHaveLength(0);
    expect(check('Mara Quinn was born in March 1982.')).toHaveLength(1);
    expect(check("Mara Quinn's birthday in March was quiet.")).toHaveLength(0);
    expect(rules("Mara Quinn's birthday in May was quiet.")).toEqual(['birthday-claim']);
  });
  it('checks release months and years', () => {
    expect(check('Glass Harbor was released in June.')).toHaveLength(0);
    expect(rules('Glass Harbor was released in August.')).toEqual(['release-date-claim']);
    expect(check('She starred in the 2019 film Glass Harbor.')).toHaveLength(0);
    expect(rules('She starred in the 2017 film Glass Harbor.')).toEqual(['release-date-claim']);
    expect(check('Glass Harbor (2019) made her a star.')).toHaveLength(0);
    expect(check('Glass Harbor (2016) made her a star.')).toHaveLength(1);
  });
  it('checks counts of marriages against a complete record', () => {
    expect(check("Mara Quinn's second marriage has lasted.")).toHaveLength(0);
    expect(rules("Mara Quinn's third marriage has lasted.")).toEqual(['marriage-count-claim']);
    expect(check('Mara Quinn has been married twice.')).toHaveLength(0);
    expect(rules('Mara Quinn has been married four times.')).toEqual(['marriage-count-claim']);
    expect(check('Lena Park has been married four times.')).toHaveLength(0); // no complete record
    expect(check('Mara Quinn smiled. Her third marriage has lasted.')).toHaveLength(1);
  });
  it('contradicts a wedding or an engagement that did not happen, not one on record or hedged', () => {
    expect(rules('Lena Park secretly married Dev Holt in Las Vegas.')).toEqual(['wedding-claim']);
    expect(check('Mara Quinn married Dev Holt in 2010.')).toHaveLength(0);
    expect(rules('Lena Park and Dev Holt tied the knot on a beach.')).toEqual(['wedding-claim']);
    expect(check('Rumours say Lena Park and Dev Holt tied the knot.')).toHaveLength(0);
    expect(rules('Dev Holt and Lena Park got engaged last week.')).toEqual(['engagement-claim']);
    expect(check('Dev Holt and Lena Park are not engaged.')).toHaveLength(0);
  });
  it('contradicts a marriage said to have ended that the record has going on', () => {
    expect(rules('Mara Quinn confirmed the end of her marriage to Dev Holt.')).toEqual(['marriage-end-claim']);
    expect(check('Mara Quinn confirmed the end of her marriage to Dev Holt.', { published: '2026-02-01' })).toHaveLength(0);
  });
  it('contradicts a pregnancy with no child born after it, where the children on record are complete', () => {
    expect(rules('Mara Quinn is pregnant with her third child.')).toEqual(['pregnancy-claim']);
    expect(check('Mara Quinn is pregnant with her second child.')).toHaveLength(0);
    expect(check('Mara Quinn is expecting her second child.', { published: '2015-05-01' })).toHaveLength(0);
    expect(check('Mara Quinn is expecting her second child.', { published: '2018-01-01' })).toHaveLength(1);
    expect(check('Lena Park is pregnant.')).toHaveLength(0); // her children are not known to be complete
    expect(check('Is Mara Quinn pregnant with her third child?')).toHaveLength(0);
  });
  it('carries the fact, its source and its as-of date as evidence', () => {
    const [f] = check('Mara Quinn is pregnant with her third child.');
    expect(f!.evidence).toEqual({ fact: expect.stringMatching(/Theo Holt.*Ivy Holt/), source: `${SRC}/mara`, asOf: AS_OF });
    const [age] = check('Mara Quinn, 50, arrived.');
    expect(age!.evidence).toEqual({ fact: 'Mara Quinn was born on 15 March 1980.', source: `${SRC}/mara`, asOf: AS_OF });
  });
});
