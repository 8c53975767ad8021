import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlDatePages, textDatePages } from './fixtures/date-pages';

// The built bin, as users run it (npm test builds it first).
const BIN = 'build/cli/gossip-lens.js';
const run = (...args: string[]) => spawnSync('node', [BIN, ...args], { encoding: 'utf8' });
let dir = '';
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gossip-cli-'));
});

describe('gossip-lens scan --json', () => {
  it('prints one JSON object per file with flags and summary', () => {
    const a = file('a.txt', 'A source close to the pair told the magazine they reportedly split.');
    const b = file('b.txt', 'The film opens on Friday.');
    const r = run('scan', '--json', a, b);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([a, b]);
    const cats = lines[0].flags.map((f: any) => f.category);
    expect(cats).toEqual(expect.arrayContaining(['anonymous-source', 'unverified-claim']));
    for (const f of lines[0].flags) expect(Object.keys(f)).toEqual(expect.arrayContaining(['category', 'rule', 'start', 'end', 'message']));
    expect(lines[1].flags).toEqual([]);
    expect(Object.keys(lines[0].summary)).toEqual(expect.arrayContaining(['counts', 'fabrication', 'verdict', 'explanation', 'reasons', 'signals']));
    expect(lines[1].published).toEqual({ date: null, from: 'none' });
  });

  it('judges ages as of --published and filters --categories', () => {
    const a = file('age.txt', 'Tom Cruise, 62, reportedly arrived late.');
    const dated = JSON.parse(run('scan', '--json', '--published', '2025-09-01', a).stdout);
    expect(dated.flags.map((f: any) => f.category)).toContain('fact-contradiction');
    const only = JSON.parse(run('scan', '--json', '--published', '2025-09-01', '--categories', 'unverified-claim', a).stdout);
    expect(only.flags.map((f: any) => f.category)).toEqual(['unverified-claim']);
  });

  it('reads .html as article text without navigation or scripts', () => {
    const html = file('page.html', '<!doctype html><html><body><nav>An insider said menu</nav><article><p>An <em>insider</em> said the pair <a href="#">reportedly</a> split.</p><script>var a = "a source said";</script></article></body></html>');
    const out = JSON.parse(run('scan', '--json', html).stdout);
    expect(out.flags.map((f: any) => f.category).sort()).toEqual(['anonymous-source', 'unverified-claim']);
  });

  it('reads nested article elements once, from the outermost', () => {
    const html = file('nested.html', '<html><body><article><p>An insider said so.</p><article><p>A pal revealed more.</p></article></article></body></html>');
    const out = JSON.parse(run('scan', '--json', html).stdout);
    expect(out.summary.counts['anonymous-source']).toBe(2);
  });

  it('prints a readable report without --json', () => {
    const a = file('r.txt', 'An insider said the singer reportedly left.');
    const r = run('scan', a);
    expect(r.stdout).toContain('[anonymous-source]');
    // One line resting on an unnamed insider is thinly sourced at best.
    expect(r.stdout).toMatch(/verdict: (mixed|likely-fabricated) \(fabrication 0\.\d+\): .*no named source or on-record statement/i);
    expect(r.stdout).not.toContain('\x1b['); // not a terminal: no colour codes
  });
});

describe('published: the date each file is judged at', () => {
  // The fixtures' dates are in 2017, long before any "now" these tests run at; the future one is in 2099.
  const pages = [...htmlDatePages(), ...textDatePages()];
  it('matches the page date of every fixture form (HTML markup, .txt dateline, none)', () => {
    const r = run('scan', '--json', ...pages.map((p) => p.path));
    expect(r.status).toBe(0);
    const got = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(got.map((g) => g.file)).toEqual(pages.map((p) => p.path));
    got.forEach((g, i) => expect(g.published, pages[i]!.name).toEqual(pages[i]!.expected));
  });

  it('--published wins over the page, and says so', () => {
    const page = htmlDatePages().find((p) => p.expected.from === 'json-ld')!;
    const out = JSON.parse(run('scan', '--json', '--published', '2018-01-02', page.path).stdout);
    expect(out.published).toEqual({ date: '2018-01-02', from: 'option' });
  });

  it('judges the article at the date the page gives', () => {
    const ld = (date: string) => `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${date}"}</script>`;
    // Tom Cruise (born 3 July 1962) was 54 in March 2017 and 55 from July 2017.
    const right = file('dated-right.html', `<html><head>${ld('2017-03-14')}</head><body><article><p>Tom Cruise, 54, arrived late.</p></article></body></html>`);
    const wrong = file('dated-wrong.html', `<html><head>${ld('2017-03-14')}</head><body><article><p>Tom Cruise, 58, arrived late.</p></article></body></html>`);
    const later = file('dated-later.html', `<html><head>${ld('2017-08-14')}</head><body><article><p>Tom Cruise, 54, arrived late.</p></article></body></html>`);
    const categories = (f: string, ...opts: string[]) => JSON.parse(run('scan', '--json', ...opts, f).stdout).flags.map((x: any) => x.category);
    expect(categories(right)).not.toContain('fact-contradiction');
    expect(categories(wrong)).toContain('fact-contradiction');
    expect(categories(later)).toContain('fact-contradiction');
    expect(categories(right, '--published', '2025-09-01')).toContain('fact-contradiction');
    const txt = file('dated.txt', 'September 20, 2017\n\nTom Cruise, 54, arrived late.');
    expect(categories(txt)).toContain('fact-contradiction');
  });

  it('prints the date and where it came from in the readable report', () => {
    const page = htmlDatePages().find((p) => p.expected.from === 'url')!;
    expect(run('scan', page.path).stdout).toContain(`published: ${page.expected.date} (from the address)`);
    const undated = htmlDatePages().find((p) => p.expected.from === 'none')!;
    expect(run('scan', undated.path).stdout).toMatch(/published: none found/);
  });
});

describe('bad input', () => {
  it('names each bad file on one line, exits 2 and still scans the good ones', () => {
    const good = file('good.txt', 'An insider said so.');
    const empty = file('empty.txt', '');
    const binary = file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const latin1 = file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]));
    const sub = join(dir, 'folder');
    mkdirSync(sub, { recursive: true });
    const r = run('scan', '--json', join(dir, 'missing.txt'), sub, empty, binary, latin1, good);
    expect(r.status).toBe(2);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toEqual([
      `gossip-lens: ${join(dir, 'missing.txt')}: no such file`,
      `gossip-lens: ${sub}: is a directory, not an article file`,
      `gossip-lens: ${empty}: empty file`,
      `gossip-lens: ${binary}: binary file (contains NUL bytes), expected .txt or .html text`,
      `gossip-lens: ${latin1}: not valid UTF-8 text`,
    ]);
    expect(JSON.parse(r.stdout).file).toBe(good);
  });

  it('rejects unknown options, categories and malformed dates with exit 2', () => {
    const good = file('ok.txt', 'Fine.');
    for (const [args, message] of [
      [['--frobnicate', good], 'unknown option --frobnicate'],
      [['--categories', 'gossip', good], 'unknown category "gossip"'],
      [['--published', '2025-13-40', good], '"2025-13-40" is not a date'],
      [['--published'], 'option --published needs a value'],
      [[], 'no files given'],
    ] as const) {
      const r = run('scan', ...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(run('frob').stderr).toMatch(/unknown command "frob"/);
  });

  it('handles a huge article', () => {
    const big = file('big.txt', 'A source said the star reportedly left. '.repeat(50_000));
    const r = spawnSync('node', [BIN, 'scan', '--json', big], { encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.counts['anonymous-source']).toBe(50_000);
  });
});

describe('package', () => {
  it('declares the gossip-lens bin at the built path', () => {
    const pkg = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { encoding: 'utf8' }));
    expect(pkg.bin['gossip-lens']).toBe(BIN);
  });
});
