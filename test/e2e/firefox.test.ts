import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage } from '../fixtures/article-page';
import { devArticles, requiredSentences } from './corpus-pages';

// Real Firefox (Debian's firefox-esr) over WebDriver BiDi with puppeteer-core; requests are answered
// by interception, so nothing leaves the machine.
const FIREFOX = '/usr/bin/firefox-esr';
const DIST = resolve('dist-firefox');
const GECKO_ID = 'gossip-lens@example.org';
const UUID = '6f1e2d3c-4b5a-4c7d-8e9f-0a1b2c3d4e5f';
const articles = devArticles();
const ready = existsSync(FIREFOX) && existsSync(join(DIST, 'manifest.json'));
if (!ready) console.warn('Firefox tests skipped: /usr/bin/firefox-esr or dist-firefox/ (npm run build:firefox) missing');

const CATEGORIES = ['anonymous-source', 'unverified-claim', 'invented-interview', 'fact-contradiction'];
let browser: Browser;
let lintOutput: Promise<string>;

async function servedPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    const url = new URL(r.url());
    const doc = articles.find((a) => a.id === url.pathname.split('/').pop());
    if (url.hostname !== 'pagesix.com') return void r.abort();
    void r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: articlePage('Article', doc?.text ?? 'A source close to the pair told the magazine they reportedly split.') });
  });
  return page;
}

const rangeCounts = (page: Page) =>
  page.evaluate((cats) => Object.fromEntries(cats.map((c) => [c, (CSS.highlights.get(`gossip-lens-${c}`) as Highlight | undefined)?.size ?? 0])), CATEGORIES);

describe.skipIf(!ready)('extension in Firefox', () => {
  beforeAll(async () => {
    // web-ext lint (several seconds of work) runs beside the browser's start-up and the page tests; its test waits for it.
    lintOutput = new Promise((done, fail) => execFile('node_modules/.bin/web-ext', ['lint', '--source-dir', DIST, '--output', 'json'], { encoding: 'utf8' }, (e, out) => (e ? fail(e) : done(out))));
    lintOutput.catch(() => {}); // reported by the lint test, not as an unhandled rejection
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
    });
    await browser.installExtension(DIST);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('passes web-ext lint with no errors and no warnings', async () => {
    const out = await lintOutput;
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.summary).toEqual({ errors: 0, notices: 0, warnings: 0 });
  });

  for (const doc of articles) {
    it(`highlights every labelled category of ${doc.id}`, async () => {
      const page = await servedPage();
      await page.goto(`https://pagesix.com/article/${doc.id}`);
      await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0), { timeout: 15_000 });
      const counts = await rangeCounts(page);
      const wanted = new Set(requiredSentences(doc.text, doc.labels).map((r) => r.category));
      for (const c of wanted) expect(counts[c], `${doc.id} ${c}`).toBeGreaterThan(0);
      await page.close();
    });
  }

  /**
   * Waits for a selector on a page that is still navigating: Firefox's WebDriver BiDi can fail a script run
   * in a document being replaced with a protocol error ("right-hand side of 'in' should be an object");
   * the wait is then started again, within the same overall time.
   */
  async function selectorAfterNavigation(page: Page, selector: string, timeout = 15_000): Promise<void> {
    const until = Date.now() + timeout;
    for (;;) {
      try {
        await page.waitForSelector(selector, { timeout: Math.max(1, until - Date.now()) });
        return;
      } catch (e) {
        if (Date.now() >= until || !causes(e).some((c) => /protocol error/i.test(String(c)))) throw e;
      }
    }
  }

  /** An error and the errors it was caused by. */
  function causes(e: unknown): unknown[] {
    const out: unknown[] = [];
    for (let c: unknown = e; c !== undefined && out.length < 10; c = (c as { cause?: unknown } | null)?.cause) out.push(c);
    return out;
  }

  it('switches a category off and on from the popup', async () => {
    const page = await servedPage();
    await page.goto('https://pagesix.com/article/plain');
    await page.waitForFunction(() => ((CSS.highlights.get('gossip-lens-unverified-claim') as Highlight | undefined)?.size ?? 0) > 0);
    const popup = await browser.newPage();
    const popupUrl = `moz-extension://${UUID}/src/popup/index.html`;
    // goto of a moz-extension URL never resolves here: start it and wait for the page's content.
    void popup.goto(popupUrl).catch(() => {});
    await selectorAfterNavigation(popup, 'input[data-category="unverified-claim"]');
    const tabId = await popup.evaluate(async () => {
      const api = (globalThis as any).browser;
      const self = await api.tabs.getCurrent();
      // The article's tab is the one whose content script answers (no "tabs" permission, so no URLs to match).
      for (const t of await api.tabs.query({})) {
        if (t.id === self.id) continue;
        const state = await api.tabs.sendMessage(t.id, { type: 'get-page-state' }).catch(() => undefined);
        if (state?.active) return t.id as number;
      }
      return undefined;
    });
    void popup.goto(`${popupUrl}?tabId=${tabId}`).catch(() => {});
    await selectorAfterNavigation(popup, '#findings li');
    await popup.click('input[data-category="unverified-claim"]');
    await page.waitForFunction(() => !CSS.highlights.has('gossip-lens-unverified-claim'));
    expect((await rangeCounts(page))['anonymous-source']).toBeGreaterThan(0);
    await popup.click('input[data-category="unverified-claim"]');
    await page.waitForFunction(() => ((CSS.highlights.get('gossip-lens-unverified-claim') as Highlight | undefined)?.size ?? 0) > 0);
    await popup.close();
    await page.close();
  });
});
