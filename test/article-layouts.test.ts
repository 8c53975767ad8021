// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../src/cli/html-text';
import { extractArticle, findArticleIn } from '../src/content/extract';
import { analyze } from '../src/engine/with-facts';
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
    expect(files.map((f) => f.replace('.html', '')).sort()).toEqual(['amp', 'blog', 'comments', 'home', 'live-blog', 'main-no-article', 'read-more', 'sidebar', 'split', 'tabloid']);
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

describe('the article finder on edge cases', () => {
  const para = (i: number) => `<p>Paragraph ${i} of the story, with a source close to the pair, commas, clauses, and enough words to read as prose in a real article body, which it is. It goes on for a while longer, as paragraphs of news stories do, with a second sentence that adds a detail.</p>`;
  const body = Array.from({ length: 6 }, (_, i) => para(i)).join('');

  it('reads a wrapper whose names sound like boilerplate when it holds the headline', () => {
    const html = `<html><body><div class="layout has-sidebar comments-open"><h1>The headline</h1><div class="text">${body}</div></div><div class="rail"><p>An insider said the rail is not the story at all, reportedly, and never will be, whatever happens.</p></div></body></html>`;
    const { text, whole } = htmlToArticle(html);
    expect(whole).toBe(false);
    expect(text).toContain('The headline');
    expect(text).toContain('Paragraph 5');
    expect(text).not.toContain('rail is not the story');
  });

  it('finds no article in a gallery of captioned images, and reads the whole page', () => {
    const html = `<html><body><main>${Array.from({ length: 12 }, (_, i) => `<figure><img src="/${i}.jpg" alt=""><figcaption>Star ${i} reportedly arrives.</figcaption></figure>`).join('')}</main></body></html>`;
    load(html);
    expect(htmlToArticle(html).whole).toBe(true);
    expect(findArticleIn(document).whole).toBe(true);
    expect(extractArticle(document).text).toContain('Star 11 reportedly arrives.');
  });

  it('reads a page nested 5,000 levels deep without overflowing the stack', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<h1>Deep</h1>${body}${'</div>'.repeat(5000)}</body></html>`;
    const { text, whole } = htmlToArticle(html);
    expect(whole).toBe(false);
    expect(text).toContain('Paragraph 0');
  });

  it('leaves out a block added inside the article later only by what it is, and reads what the page adds to it', () => {
    load(`<article><h1>The headline</h1><div class="text">${body}</div></article><aside>Not read.</aside>`);
    const article = findArticleIn(document);
    expect(article.whole).toBe(false);
    const added = document.createElement('p');
    added.textContent = 'A late paragraph.';
    document.querySelector('.text')!.append(added);
    expect(article.drop(added)).toBe(false);
    expect(article.roots.some((r) => r.contains(added))).toBe(true);
  });
});
