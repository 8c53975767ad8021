import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../src/cli/html-text';
import { datelineDate } from '../src/extract/dateline';
import { calendarDate, formatDay, publishedDate, urlDate, type PageDateInput } from '../src/extract/published-date';
import { DATE_TEST_NOW as NOW, htmlDatePages, textDatePages } from './fixtures/date-pages';

const none: PageDateInput = { metas: [], jsonLd: [], microdata: [], headerTimes: [], urls: [] };
const result = (r: ReturnType<typeof publishedDate>) => r ?? { date: null, from: 'none' };

describe('publishedDate on each fixture page (parse5 adapter)', () => {
  for (const page of htmlDatePages()) {
    it(`${page.name}: ${page.form}`, () => {
      expect(result(publishedDate(readHtmlPage(page.content).dateInput, NOW))).toEqual(page.expected);
    });
  }
});

describe('datelineDate on each fixture text', () => {
  for (const page of textDatePages()) {
    it(page.name, () => {
      expect(datelineDate(page.content, NOW) ?? null).toBe(page.expected.date);
    });
  }
});

describe('calendarDate', () => {
  it('reads the calendar date as written, whatever the time zone', () => {
    expect(calendarDate('2017-03-14T23:30:00-05:00')).toBe('2017-03-14');
    expect(calendarDate('2017-03-14T00:30:00+09:00')).toBe('2017-03-14');
    expect(calendarDate(' 2017-03-14 ')).toBe('2017-03-14');
  });
  it('reads the documented spellings', () => {
    for (const v of ['2017-03-14', '2017/3/14', '2017.03.14', '20170314', '20170314T101500Z', 'March 14, 2017', 'Mar. 14 2017', 'Tuesday, March 14th, 2017', '14 March 2017', '14th of March, 2017', 'Tue, 14 Mar 2017 10:00:00 GMT']) {
      expect(calendarDate(v), v).toBe('2017-03-14');
    }
    expect(calendarDate('1489449600')).toBe('2017-03-14'); // Unix seconds, UTC
    expect(calendarDate('1489449600000')).toBe('2017-03-14'); // milliseconds
    expect(calendarDate('Sept. 1, 2016')).toBe('2016-09-01');
  });
  it('refuses what is not a real date after 1989', () => {
    for (const v of ['', 'not a date', '2017', '2017-03', '03/14/2017', '2017-02-30', '2016-02-30', '2017-13-01', '2017-00-10', '2017-04-31', 'February 29, 2017', '1989-12-31', '2017-03-144', 'Smarch 14, 2017']) {
      expect(calendarDate(v), v).toBeUndefined();
    }
    expect(calendarDate('2016-02-29')).toBe('2016-02-29'); // a leap day that existed
    expect(calendarDate('1990-01-01')).toBe('1990-01-01');
  });
});

describe('urlDate', () => {
  it('reads only full dates in the path', () => {
    expect(urlDate('https://example.com/2017/03/14/a-story/')).toBe('2017-03-14');
    expect(urlDate('https://example.com/news/2017/3/4/a-story')).toBe('2017-03-04');
    expect(urlDate('https://example.com/2017-03-14-a-story')).toBe('2017-03-14');
    expect(urlDate('/2017/03/14/relative')).toBe('2017-03-14');
    for (const u of ['https://example.com/2017/03/a-story/', 'https://example.com/2017/a-story', 'https://example.com/a-story?d=2017/03/14', 'https://example.com/id/12017/03/14/x', 'https://example.com/2017/02/30/x', 'not a url at all']) {
      expect(urlDate(u), u).toBeUndefined();
    }
  });
});

describe('precedence and validation', () => {
  const ld = (date: string, type = 'NewsArticle') => JSON.stringify({ '@type': type, datePublished: date });
  it('json-ld > meta > microdata > header time > url', () => {
    const all: PageDateInput = {
      jsonLd: [ld('2017-01-01')],
      metas: [{ name: 'date', content: '2017-01-02' }],
      microdata: [{ tag: 'span', value: '2017-01-03' }],
      headerTimes: ['2017-01-04'],
      urls: ['https://example.com/2017/01/05/x'],
    };
    expect(publishedDate(all, NOW)).toEqual({ date: '2017-01-01', from: 'json-ld' });
    expect(publishedDate({ ...all, jsonLd: [] }, NOW)).toEqual({ date: '2017-01-02', from: 'meta' });
    expect(publishedDate({ ...all, jsonLd: [], metas: [] }, NOW)).toEqual({ date: '2017-01-03', from: 'meta' });
    expect(publishedDate({ ...all, jsonLd: [], metas: [], microdata: [] }, NOW)).toEqual({ date: '2017-01-04', from: 'time' });
    expect(publishedDate({ ...none, urls: all.urls }, NOW)).toEqual({ date: '2017-01-05', from: 'url' });
    expect(publishedDate(none, NOW)).toBeUndefined();
  });
  it('an article node outranks a page node; a page node is read when no article has a date', () => {
    expect(publishedDate({ ...none, jsonLd: [ld('2017-02-02', 'WebPage'), ld('2017-02-01', 'Article')] }, NOW)?.date).toBe('2017-02-01');
    expect(publishedDate({ ...none, jsonLd: [ld('2017-02-02', 'WebPage')] }, NOW)?.date).toBe('2017-02-02');
    expect(publishedDate({ ...none, jsonLd: [ld('2017-02-03', 'Person'), ld('2017-02-04', 'https://schema.org/BlogPosting')] }, NOW)?.date).toBe('2017-02-04');
  });
  it('finds the article through mainEntity and @value, not through related items', () => {
    const page = { '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', datePublished: { '@value': '2017-02-05' } } };
    expect(publishedDate({ ...none, jsonLd: [JSON.stringify(page)] }, NOW)?.date).toBe('2017-02-05');
    const list = { '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle', datePublished: '2017-02-06' }] };
    expect(publishedDate({ ...none, jsonLd: [JSON.stringify(list)] }, NOW)).toBeUndefined();
  });
  it('skips malformed JSON-LD and keeps reading the next block', () => {
    expect(publishedDate({ ...none, jsonLd: ['{', 'null', '42', '"text"', ld('2017-02-07')] }, NOW)?.date).toBe('2017-02-07');
  });
  it('ignores dates in the future, allowing a day for time zones ahead of UTC', () => {
    const tomorrow = new Date(NOW.getTime() + 86_400_000).toISOString().slice(0, 10);
    const later = new Date(NOW.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(publishedDate({ ...none, metas: [{ name: 'date', content: tomorrow }] }, NOW)?.date).toBe(tomorrow);
    expect(publishedDate({ ...none, metas: [{ name: 'date', content: later }] }, NOW)).toBeUndefined();
    expect(publishedDate({ ...none, urls: [`https://example.com/${later.replace(/-/g, '/')}/x`] }, NOW)).toBeUndefined();
  });
  it('matches meta names in any case and never reads modified dates', () => {
    expect(publishedDate({ ...none, metas: [{ name: 'Article:Published_Time', content: '2017-02-08' }] }, NOW)?.date).toBe('2017-02-08');
    expect(publishedDate({ ...none, metas: [{ name: 'article:modified_time', content: '2017-02-09' }, { name: 'og:updated_time', content: '2017-02-09' }] }, NOW)).toBeUndefined();
    expect(publishedDate({ ...none, jsonLd: [JSON.stringify({ '@type': 'NewsArticle', dateModified: '2017-02-09' })] }, NOW)).toBeUndefined();
  });
});

describe('formatDay', () => {
  it('writes a day as "14 Mar 2017"', () => {
    expect(formatDay('2017-03-14')).toBe('14 Mar 2017');
    expect(formatDay('2016-12-01')).toBe('1 Dec 2016');
  });
});

describe('hostile values finish quickly', () => {
  it('long and repetitive inputs', () => {
    // Processor time, not wall time: test files run side by side on a shared machine.
    const cpuMs = () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    const t0 = cpuMs();
    for (const v of ['1'.repeat(100_000), ' '.repeat(100_000), 'March '.repeat(20_000), `2017-03-14${'T'.repeat(100_000)}`]) calendarDate(v);
    urlDate(`https://example.com/${'2017/'.repeat(50_000)}x`);
    datelineDate(`By ${'a '.repeat(50_000)}| March 14, 2017\n`.repeat(3));
    datelineDate('Published: '.repeat(9) + 'March 14, 2017 at 9:30 am EST');
    publishedDate({ ...none, jsonLd: [JSON.stringify(Array.from({ length: 10_000 }, () => ({ '@type': 'Thing', '@graph': [[[[[{}]]]]] })))] }, NOW);
    expect(cpuMs() - t0).toBeLessThan(2_000);
  });
});
