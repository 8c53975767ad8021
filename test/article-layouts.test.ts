// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../src/cli/html-text';
import { extractArticle, findArticleIn } from '../src/content/extract';
import { analyze } from '../src/engine/analyze';
import { expectedArticle, LAYOUTS_DIR } from './fixtures/layouts';

// Pages of our own imitating real layouts (test/fixtures/layouts/*.html): each marks the article's text with
// data-expect="in", what is not the article with data-expect="out" (nested inside the article where real
// pages put it), and a page with no article with <body data-expect="whole">.
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const files = readdirSync(LAYOUTS_DIR).filter((f) => f.endsWith('.html'));

function load(html: string): void {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*/i, '').replace(/^<html[^>]*>|<\/html>\s*$/g, ''); // test fixture only
  const bodyAttrs = /<body([^>]*)>/.exec(html)?.[1] ?? '';
  for (const [, name, value] of bodyAttrs.matchAll(/([\w-]+)="([^"]*)"/g)) document.body.setAttribute(name!, value!);
}

describe('the article of each layout fixture', () => {
  it('has all the layouts the issue names', () => {
    expect(files.map((f) => f.replace('.html', '')).sort()).toEqual(['amp', 'comments', 'home', 'live-blog', 'main-no-article', 'read-more', 'sidebar', 'split']);
  });

  for (const file of files) {
    const html = readFileSync(join(LAYOUTS_DIR, file), 'utf8');
    describe(file, () => {
      it('the CLI reads the article text and nothing outside it', () => {
        load(html);
        const expected = expectedArticle(document);
        const { text, whole } = htmlToArticle(html);
        expect(whole).toBe(expected.whole);
        if (expected.whole) return;
        const got = squash(text);
        for (const t of expected.inside) expect(got, `missing: ${t}`).toContain(t);
        for (const t of expected.outside) expect(got, `not article: ${t}`).not.toContain(t);
      });

      it('the content script reads the same text as the CLI', () => {
        load(html);
        expect(findArticleIn(document).whole).toBe(htmlToArticle(html).whole);
        expect(squash(extractArticle(document).text)).toBe(squash(htmlToArticle(html).text));
      });

      it('what is not the article would be flagged if it were read (the fixture can fail)', () => {
        load(html);
        const { outside, whole } = expectedArticle(document);
        if (whole) return;
        expect(analyze(outside.join('\n\n')).findings.length).toBeGreaterThan(outside.length / 3);
      });
    });
  }
});
