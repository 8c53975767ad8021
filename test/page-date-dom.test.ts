// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../src/cli/html-text';
import { pageDateInput, readPageDate } from '../src/content/page-date';
import { createTooltip } from '../src/content/tooltip';
import type { Finding } from '../src/engine/types';
import { asOfText, type PagePublished } from '../src/shared/as-of';
import { DATE_TEST_NOW as NOW, htmlDatePages } from './fixtures/date-pages';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe("the content script's date reader over the fixture pages (live DOM)", () => {
  for (const page of htmlDatePages()) {
    it(`${page.name}: ${page.form}`, () => {
      const found = readPageDate(parse(page.content), undefined, NOW);
      expect(found ?? { date: null, from: 'none' }).toEqual(page.expected);
    });
  }

  it('gathers exactly what the CLI gathers from the same page', () => {
    for (const page of htmlDatePages()) expect(pageDateInput(parse(page.content), undefined), page.name).toEqual(readHtmlPage(page.content).dateInput);
  });

  it("reads the page's own address", () => {
    const undated = htmlDatePages().find((p) => p.name === 'none.html')!;
    // Its canonical link holds a year and month only; the address it is read at holds the full date.
    expect(readPageDate(parse(undated.content), 'https://www.example.com/celebrity/2017/03/14/a-night-out/', NOW)).toEqual({ date: '2017-03-14', from: 'url' });
    expect(readPageDate(parse(undated.content), 'https://www.example.com/celebrity/a-night-out/', NOW)).toBeUndefined();
    const plain = parse('<html><body><article><p>Text.</p></article></body></html>');
    expect(readPageDate(plain, 'https://www.example.com/celebrity/2017/03/14/a-night-out/', NOW)).toEqual({ date: '2017-03-14', from: 'url' });
    expect(readPageDate(plain, 'https://www.example.com/celebrity/2017/03/a-night-out/', NOW)).toBeUndefined();
  });
});

describe('tooltip of a fact contradiction', () => {
  const finding: Finding = {
    category: 'fact-contradiction', rule: 'age-claim', start: 0, end: 10, message: 'Says the star is 60.',
    evidence: { fact: 'The star was born on 1 January 1960.', source: 'https://en.wikipedia.org/wiki/Example', asOf: '2025-11-01' },
  };
  const shown = (published: PagePublished, f: Finding = finding) => {
    document.body.replaceChildren();
    document.documentElement.querySelector('gossip-lens-tooltip')?.remove();
    const controller = new AbortController();
    const tooltip = createTooltip(document, () => {}, controller.signal, () => published);
    tooltip.show(f, 'the star, 60', new DOMRect(10, 10, 50, 10));
    const text = document.querySelector('gossip-lens-tooltip')!.shadowRoot!.textContent;
    controller.abort();
    return text;
  };
  it("says the page's date the facts were checked as of", () => {
    expect(shown({ date: '2017-03-14', from: 'json-ld' })).toContain("Facts checked as of 14 Mar 2017, the page's date.");
    expect(shown({ date: null, from: 'none' })).toContain('The page carries no date: a fact is flagged only if it was false on every date up to today.');
  });
  it('says nothing of dates on other findings', () => {
    const other: Finding = { category: 'unverified-claim', rule: 'hedge-adverb', start: 0, end: 10, message: 'Hedged.' };
    expect(shown({ date: '2017-03-14', from: 'meta' }, other)).not.toContain('checked as of');
  });
  it('popup and tooltip share one wording', () => {
    expect(asOfText({ date: '2016-12-01', from: 'url' })).toBe("Facts checked as of 1 Dec 2016, the page's date");
  });
});
