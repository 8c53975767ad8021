import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import data from '../src/facts/known-facts.json';
import { FactsError, validateKnownFacts } from '../src/facts/validate';
import { loadKnownFactsFile } from '../src/facts/load-file';

const clone = () => structuredClone(data) as any;

describe('the bundled known-facts file', () => {
  it('passes its schema and cross-reference checks', () => {
    expect(() => validateKnownFacts(data)).not.toThrow();
  });

  it('covers the people and films of the shared corpus', () => {
    const names = data.people.map((p) => p.name);
    for (const n of ['Tom Cruise', 'Ana de Armas', 'Nicole Kidman', 'Katie Holmes', 'Mimi Rogers', 'David Beckham']) expect(names).toContain(n);
    expect(data.works.map((w) => w.title)).toEqual(expect.arrayContaining(['Ballerina', 'Deeper', 'Knives Out']));
  });

  it('gives every fact a source URL and an as-of date', () => {
    for (const list of [data.people, data.marriages, data.engagements, data.children, data.works]) {
      for (const fact of list as { source: string; asOf: string }[]) {
        expect(fact.source).toMatch(/^https:\/\//);
        expect(fact.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});

describe('the facts file as data (conventions every entry keeps)', () => {
  const people = new Map(data.people.map((p) => [p.id, p as { born: string; died?: string; name: string }]));
  /** Partial dates compare on the precision both have: "2011" is not before "2011-08-20". */
  const before = (a: string, b: string) => {
    const n = Math.min(a.length, b.length);
    return a.slice(0, n) < b.slice(0, n);
  };
  const yearsBetween = (a: string, b: string) => Number(b.slice(0, 4)) - Number(a.slice(0, 4));

  it('knows the stars gossip is most written about, hoax targets among them', () => {
    expect(data.people.length).toBeGreaterThanOrEqual(150);
    const names = data.people.map((p) => p.name);
    for (const n of ['Clint Eastwood', 'Scott Eastwood', 'Sylvester Stallone', 'Jennifer Flavin', 'Bruce Willis', 'Dolly Parton',
      'Priscilla Presley', 'Elvis Presley', 'Carrie Underwood', 'Mike Fisher', 'Morgan Freeman', 'Prince William', 'Kate Middleton']) {
      expect(names).toContain(n);
    }
  });

  it('gives every person a pronoun, and descriptions in lower case, without "the", each naming one person', () => {
    const owners = new Map<string, string>();
    for (const p of data.people as { id: string; pronoun?: string; descriptions?: string[] }[]) {
      expect(['she', 'he', 'they'], p.id).toContain(p.pronoun);
      for (const d of p.descriptions ?? []) {
        expect(d, p.id).toBe(d.toLowerCase());
        expect(d, p.id).not.toMatch(/^(?:the|a|an)\s/);
        expect(owners.get(d) ?? p.id, `"${d}" describes two people`).toBe(p.id);
        owners.set(d, p.id);
      }
    }
  });

  it('never uses a listed person\'s full name as someone else\'s short name', () => {
    const fullNames = new Map(data.people.flatMap((p) => [p.name, ...p.aliases].map((n) => [n, p.id] as const)));
    for (const p of data.people) for (const n of p.shortNames) expect(fullNames.get(n) ?? p.id, `${p.id}: "${n}"`).toBe(p.id);
  });

  it('dates marriages, engagements and children within the lives of the people listed', () => {
    for (const m of data.marriages as { id: string; spouses: string[]; married: string; separated?: string; divorced?: string }[]) {
      for (const s of m.spouses.filter((s) => people.has(s))) {
        const p = people.get(s)!;
        expect(yearsBetween(p.born, m.married), `${m.id}: married young`).toBeGreaterThanOrEqual(16);
        if (p.died) expect(before(p.died, m.married), `${m.id}: married after a death`).toBe(false);
      }
      if (m.separated) expect(before(m.separated, m.married), `${m.id}: separated before married`).toBe(false);
      if (m.separated && m.divorced) expect(before(m.divorced, m.separated), `${m.id}: divorced before separated`).toBe(false);
    }
    for (const e of data.engagements as { id: string; people: string[]; engaged: string; ended?: string }[]) {
      for (const s of e.people.filter((s) => people.has(s))) expect(yearsBetween(people.get(s)!.born, e.engaged), e.id).toBeGreaterThanOrEqual(16);
      if (e.ended) expect(before(e.ended, e.engaged), `${e.id}: ended before engaged`).toBe(false);
      // A couple that married got engaged first (or again later), never only after the wedding.
      const wedding = data.marriages.find((m) => e.people.every((p) => m.spouses.includes(p)));
      const first = data.engagements.filter((x) => e.people.every((p) => x.people.includes(p))).map((x) => x.engaged).sort()[0]!;
      if (wedding) expect(before(wedding.married, first), `${e.id}: engaged after the wedding`).toBe(false);
    }
    for (const c of data.children) {
      for (const s of c.parents.filter((s) => people.has(s))) {
        const p = people.get(s)!;
        if (!c.adopted) expect(yearsBetween(p.born, c.born), `${c.name}: parent too young`).toBeGreaterThanOrEqual(14);
        if (p.died) expect(yearsBetween(p.died, c.born), `${c.name}: born long after a parent's death`).toBeLessThanOrEqual(0);
      }
    }
  });
});

describe('a broken facts file', () => {
  const broken = (mutate: (f: any) => void) => {
    const f = clone();
    mutate(f);
    return () => validateKnownFacts(f);
  };

  it('names the person whose birth date is malformed', () => {
    expect(broken((f) => (f.people[0].born = '3 July 1962'))).toThrow(/people "tom-cruise" born: expected YYYY-MM-DD/);
  });
  it('names the marriage with an unknown spouse id', () => {
    expect(broken((f) => (f.marriages[0].spouses[1] = 'mimi-rodgers'))).toThrow(/marriages "tom-cruise\+mimi-rogers": unknown person id "mimi-rodgers"/);
  });
  it('names an entry that lacks its source', () => {
    expect(broken((f) => delete f.works[0].source)).toThrow(/works "mission-impossible-the-final-reckoning" source/);
  });
  it('rejects duplicate ids and divorces before marriages', () => {
    expect(broken((f) => f.people.push({ ...f.people[0] }))).toThrow(/people "tom-cruise": duplicate id/);
    expect(broken((f) => (f.marriages[0].divorced = '1980'))).toThrow(/divorced before married/);
  });
  it('is a FactsError', () => {
    expect(broken((f) => (f.version = 2))).toThrow(FactsError);
  });

  it('fails the build script with the entry named', () => {
    const f = clone();
    f.people[1].born = 'soon';
    const file = join(mkdtempSync(join(tmpdir(), 'facts-')), 'known-facts.json');
    writeFileSync(file, JSON.stringify(f));
    let message = '';
    try {
      execFileSync('node', ['scripts/check-facts.mjs', file], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e: any) {
      message = e.stderr;
      expect(e.status).toBe(1);
    }
    expect(message).toMatch(/people "ana-de-armas" born/);
  });
});

describe('loading a facts file for the build', () => {
  const write = (text: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'facts-')), 'known-facts.json');
    writeFileSync(file, text);
    return file;
  };

  it('returns the validated facts of a good file', () => {
    expect(loadKnownFactsFile(write(JSON.stringify(data))).people).toHaveLength(data.people.length);
  });

  it('names the file and the problem: missing, not JSON, or an entry', () => {
    expect(() => loadKnownFactsFile('/no/such/known-facts.json')).toThrow(/\/no\/such\/known-facts\.json: cannot be read/);
    expect(() => loadKnownFactsFile(write('{"people": ['))).toThrow(/known-facts\.json: not valid JSON/);
    const f = clone();
    delete f.people[0].source;
    expect(() => loadKnownFactsFile(write(JSON.stringify(f)))).toThrow(/people "tom-cruise" source/);
    expect(() => loadKnownFactsFile('/no/such/known-facts.json')).toThrow(FactsError);
  });
});

