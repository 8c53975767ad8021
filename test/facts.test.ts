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

