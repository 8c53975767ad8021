import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine/with-facts';
import { isPagePublished } from '../src/shared/as-of';
import { isAnalysisAnswer, isBackgroundRequest, isContentRequest } from '../src/shared/messages';
import { defaultSettings, repairSettings } from '../src/shared/settings';
// @ts-expect-error: plain ES module script without types
import { lintSource } from '../scripts/lint-unsafe.mjs';

/** This process's processor time so far, in ms. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

describe('pathological input finishes quickly', () => {
  const NOW = new Date('2026-11-24T00:00:00Z');
  const cases: [string, string][] = [
    ['100,000 repeated letters', 'a'.repeat(100_000)],
    ['100,000 spaces', ' '.repeat(100_000)],
    ['100,000 quotes', '"'.repeat(100_000)],
    ['unbalanced curly quotes', '\u201C'.repeat(50_000) + ' a source said ' + '\u2019'.repeat(50_000)],
    ['a single 1 MB sentence', ('a source close to the pair reportedly said that the star seemingly knew ').repeat(14_000)],
    ['100,000 question marks and newlines', '?\n'.repeat(50_000)],
    ['repeated names and ages', 'Tom Cruise, 62, '.repeat(30_000)],
    ['repeated determiners', 'the a an one the '.repeat(20_000)],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const t0 = cpuMs();
      analyze(text, { now: NOW });
      // Generous: the bound catches exponential blow-up, not ordinary slowness. Processor time, not wall
      // time: test files run side by side on a shared machine, and waiting for a core is not our slowness.
      expect(cpuMs() - t0).toBeLessThan(5_000);
    });
  }
});

describe('no HTML-string or eval APIs in src (lint)', () => {
  it('src/ is clean', () => {
    expect(execFileSync('node', ['scripts/lint-unsafe.mjs', 'src'], { encoding: 'utf8' })).toContain('clean');
  });
  it('catches each forbidden use, and ignores comments', () => {
    const bad = ['el.innerHTML = x;', 'el.outerHTML += y;', 'el.insertAdjacentHTML("beforeend", s);', 'eval(code);', 'const f = new Function("a", b);', 'document.write(s);'];
    for (const line of bad) expect(lintSource(line)).toHaveLength(1);
    expect(lintSource('// never use el.innerHTML = x here\nconst same = a.innerHTML === b;')).toEqual([]);
  });
});

describe('stored settings', () => {
  it('repairs wrong types and missing keys to defaults, keeping what is valid', () => {
    const { settings, problems } = repairSettings({ version: 1, categories: { 'anonymous-source': 'yes', 'unverified-claim': false }, pausedSites: 'all', dismissed: { 'a.com': ['x'], 'b.com': 7 } });
    expect(settings.categories['anonymous-source']).toBe(true);
    expect(settings.categories['unverified-claim']).toBe(false);
    expect(settings.pausedSites).toEqual([]);
    expect(settings.dismissed).toEqual({ 'a.com': ['x'] });
    expect(problems).toHaveLength(3);
  });
  it('migrates the older shape (enabled, paused) and repairs garbage', () => {
    const old = repairSettings({ enabled: { 'invented-interview': false }, paused: ['tmz.com'] });
    expect(old.settings.categories['invented-interview']).toBe(false);
    expect(old.settings.pausedSites).toEqual(['tmz.com']);
    expect(old.problems.join()).toMatch(/migrated/);
    for (const garbage of [null, 42, 'text', [1, 2]]) expect(repairSettings(garbage).settings).toEqual(defaultSettings());
    expect(repairSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [] });
  });
});

describe('messages', () => {
  it('accepts only the exact shapes the extension sends', () => {
    expect(isContentRequest({ type: 'get-page-state' })).toBe(true);
    expect(isContentRequest({ type: 'focus-finding', id: 3 })).toBe(true);
    for (const bad of [null, 'get-page-state', { type: 'focus-finding', id: '3' }, { type: 'set-settings' }]) expect(isContentRequest(bad)).toBe(false);
    expect(isBackgroundRequest({ type: 'page-counts', total: 4 })).toBe(true);
    expect(isBackgroundRequest({ type: 'page-counts', total: -1 })).toBe(false);
    expect(isBackgroundRequest({ type: 'enable-site', origin: 'https://x.com', tabId: 1 })).toBe(true);
    expect(isBackgroundRequest({ type: 'enable-site', origin: 'https://x.com/path', tabId: 1 })).toBe(false);
    expect(isBackgroundRequest({ type: 'enable-site', origin: 'javascript:alert(1)', tabId: 1 })).toBe(false);
    expect(isBackgroundRequest({ type: 'analyze', texts: ['A source said so.'], published: '2024-05-01' })).toBe(true);
    expect(isBackgroundRequest({ type: 'analyze', texts: [] })).toBe(true);
    for (const bad of [{ type: 'analyze', texts: 'A source said so.' }, { type: 'analyze', texts: [3] }, { type: 'analyze', texts: ['x'], published: 'May 2024' }]) {
      expect(isBackgroundRequest(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it("accepts the background's analysis only where every finding lies inside its text and every count is whole", () => {
    const texts = ['An insider said the pair reportedly split. Tom Cruise, 21, smiled.', 'Nothing here.'];
    const answer = texts.map((t) => {
      const { findings, summary } = analyze(t, { published: '2024-05-01' });
      return { findings, signals: summary.signals };
    });
    expect(answer[0]!.findings.map((f) => f.category)).toContain("fact-contradiction");
    expect(isAnalysisAnswer(answer, texts)).toBe(true);
    const first = answer[0]!;
    const outside = { ...first, findings: [{ ...first.findings[0]!, end: texts[0]!.length + 1 }] };
    const badCategory = { ...first, findings: [{ ...first.findings[0]!, category: 'gossip' }] };
    const badSignals = { ...first, signals: { ...first.signals, sentences: -1 } };
    const missingSignal = { findings: first.findings, signals: { ...first.signals, quotes: undefined } };
    for (const bad of [outside, badCategory, badSignals, missingSignal]) expect(isAnalysisAnswer([bad, answer[1]], texts)).toBe(false);
    expect(isAnalysisAnswer(answer.slice(0, 1), texts)).toBe(false);
    expect(isAnalysisAnswer(null, texts)).toBe(false);
  });
  it("accept the page's date only in the exact shape the content script sends", () => {
    for (const good of [{ date: '2017-03-14', from: 'json-ld' }, { date: '2016-12-31', from: 'url' }, { date: null, from: 'none' }]) expect(isPagePublished(good)).toBe(true);
    for (const bad of [
      null, undefined, '2017-03-14', [], {}, { date: '2017-03-14' }, { date: '2017-03-14', from: 'option' }, { date: '2017-03-14', from: 'none' },
      { date: null, from: 'meta' }, { date: '14 Mar 2017', from: 'meta' }, { date: '2017-13-01', from: 'meta' }, { date: 20170314, from: 'meta' },
      { date: '2017-03-14', from: 'meta', extra: '<img src=x>' }, { date: '2017-03-14<script>', from: 'meta' },
    ]) {
      expect(isPagePublished(bad), JSON.stringify(bad)).toBe(false);
    }
    // The popup checks it before showing it.
    expect(readFileSync('src/popup/popup.ts', 'utf8')).toMatch(/isPagePublished\(published\)/);
  });
  it('are checked against the sender in every listener', () => {
    for (const file of ['src/content/index.ts', 'src/background/index.ts']) {
      expect(readFileSync(file, 'utf8')).toMatch(/sender\.id !== browser\.runtime\.id/);
    }
  });
});

describe('manifest', () => {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  it('has a strict CSP for extension pages and no broad host permission by default', () => {
    expect(manifest.content_security_policy.extension_pages).toMatch(/script-src 'self'; object-src 'none'/);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
  });
  it('exposes no web-accessible resource, and ships the content script as one classic script', () => {
    const built = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
    expect(built.web_accessible_resources ?? []).toEqual([]);
    const [script] = built.content_scripts[0].js;
    const code = readFileSync(`dist/${script}`, 'utf8');
    // Injectable on any site the user enables: no import of other extension files.
    expect(code).not.toMatch(/^\s*(?:import|export)\b|\bimport\(/m);
  });
});
