import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/cli/html-text';
import { analyze } from '../../src/engine/with-facts';
import { LAYOUTS_DIR } from '../fixtures/layouts';
import { CHROMIUM, launchWithExtension, openPopupFor } from './chromium-launch';

// The layout fixtures (test/fixtures/layouts, see test/article-layouts.test.ts) in real Chromium with the built
// extension, served under a bundled site's address: no highlight and no count from outside the article, and
// the extension and the CLI find the same things on the same page.
const DIST = resolve('dist');
const CLI = resolve('build/cli/gossip-lens.js');
const ready = existsSync(CHROMIUM) && existsSync(join(DIST, 'manifest.json')) && existsSync(CLI);
if (!ready) console.warn('Chromium layout tests skipped: /usr/bin/chromium, dist/ or build/cli/ (npm run build) missing');

const CATEGORIES = ['anonymous-source', 'unverified-claim', 'invented-interview', 'fact-contradiction'];
const files = readdirSync(LAYOUTS_DIR).filter((f) => f.endsWith('.html'));
// Compared without white space: a range's text has no block separators where the CLI's text has a line break.
const bare = (s: string) => s.replace(/\s+/g, '');
let context: BrowserContext;
/** The built CLI's report of each fixture, by file name: one run for all of them (it prints one JSON line a file). */
let cliReports = new Map<string, { summary: { counts: Record<string, number> } }>();

/** Every highlighted range: its category, text, and whether it lies inside the marked article. */
function ranges(page: Page): Promise<{ category: string; text: string; inside: boolean }[]> {
  return page.evaluate((cats) => {
    const out: { category: string; text: string; inside: boolean }[] = [];
    for (const c of cats) {
      for (const r of (CSS.highlights.get(`gossip-lens-${c}`) as Highlight | undefined) ?? []) {
        const range = r as Range;
        const node = range.commonAncestorContainer;
        const el = node instanceof Element ? node : node.parentElement!;
        out.push({ category: c, text: range.toString(), inside: !!el.closest('[data-expect="in"]') && !el.closest('[data-expect="out"]') });
      }
    }
    return out;
  }, CATEGORIES);
}

describe.skipIf(!ready)('the article, not the page, in Chromium and the CLI', () => {
  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
    context = await launchWithExtension(DIST);
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'chrome-extension:') return route.continue();
      const file = `${url.pathname.split('/').pop()}.html`;
      if (url.hostname === 'pagesix.com' && files.includes(file)) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(join(LAYOUTS_DIR, file), 'utf8') });
      return route.abort();
    });
    const lines = execFileSync('node', [CLI, 'scan', '--json', ...files.map((f) => join(LAYOUTS_DIR, f))], { encoding: 'utf8' }).trim().split('\n').map((l) => JSON.parse(l));
    cliReports = new Map(lines.map((l) => [l.file.split('/').pop(), l]));
  });

  afterAll(async () => {
    await context?.close();
  });

  for (const file of files) {
    const name = file.replace('.html', '');
    it(`${name}: highlights and counts come from the article only, and match the CLI's`, async () => {
      const html = readFileSync(join(LAYOUTS_DIR, file), 'utf8');
      const whole = /<body[^>]*data-expect="whole"/.test(html);
      const page = await context.newPage();
      await page.goto(`https://pagesix.com/layout/${name}`);
      await page.waitForFunction(() => performance.getEntriesByName('gossip-lens:scan').length > 0, undefined, { timeout: 15_000 });
      const shown = await ranges(page);
      expect(shown.length).toBeGreaterThan(0);
      if (!whole) expect(shown.filter((r) => !r.inside).map((r) => `${r.category}: ${r.text}`)).toEqual([]);

      // The CLI: its counts (the built command) and its findings (the same reader and engine, in process).
      const cli = cliReports.get(file)!;
      expect(cli, `the CLI's report of ${file}`).toBeDefined();
      const article = htmlToArticle(html);
      expect(article.whole).toBe(whole);
      const cliPhrases = analyze(article.text).findings.map((f) => `${f.category}: ${bare(article.text.slice(f.start, f.end))}`).sort();
      expect(shown.map((r) => `${r.category}: ${bare(r.text)}`).sort()).toEqual(cliPhrases);

      // The popup counts what is highlighted, as the CLI does, and says when it read the whole page.
      const popup = await openPopupFor(context, page);
      await expect.poll(() => popup.locator('.count[data-category="anonymous-source"]').textContent()).not.toBe('–');
      for (const c of CATEGORIES) {
        const count = Number(await popup.locator(`.count[data-category="${c}"]`).textContent());
        expect(count, c).toBe(shown.filter((r) => r.category === c).length);
        expect(count, `CLI ${c}`).toBe(cli.summary.counts[c]);
      }
      expect(await popup.locator('#scope').isVisible()).toBe(whole);
      if (name === 'sidebar') await page.screenshot({ path: 'test-results/chromium-article-only.png', fullPage: true });
      await popup.close();
      await page.close();
    }, 30_000);
  }
});
