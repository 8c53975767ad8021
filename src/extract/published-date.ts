/**
 * When a page was published, read from what the page says about itself. Shared by the content script
 * (live DOM) and the CLI (parse5 tree): each gathers a PageDateInput from its own tree, and everything
 * else (which forms count, parsing, validation, precedence) lives here. No DOM, no I/O.
 *
 * Precedence, most trusted first; the first source holding a valid date wins, and a lower one never
 * overrides it (sources that disagree are settled by this order, not by vote):
 *   1. json-ld: `datePublished` of an Article-like node (NewsArticle, Article, ReportageNews, BlogPosting and
 *      other Article kinds; top level, arrays, `@graph`, `mainEntity`); a WebPage's only when no article has one.
 *   2. meta:    <meta> tags, in the order of META_KEYS; then microdata `itemprop="datePublished"` (a <meta> or
 *               any element; a <time> one counts as `time`).
 *   3. time:    <time datetime> in the article's header.
 *   4. url:     a full date in the page's address (/2017/03/14/ or /2017-03-14), never a year or month alone.
 * A value is a date only if its calendar date exists (no 2017-02-30), is not before 1990 and is not in the
 * future (a day's grace for time zones ahead of UTC). Modified dates (dateModified, article:modified_time)
 * are never read: a page updated today was still written when it was first published. Time zones: the
 * calendar date as written (2017-03-14T23:30:00-05:00 is 2017-03-14).
 */

export type PageDateSource = 'json-ld' | 'meta' | 'time' | 'url';
/** Where a published date came from, everywhere it is reported (CLI and popup). */
export type PublishedFrom = PageDateSource | 'text' | 'option' | 'none';

export interface PageDate {
  /** YYYY-MM-DD */
  date: string;
  from: PageDateSource;
}

export interface PageDateInput {
  /** <meta> tags: name (or property, or http-equiv) and content, in document order. */
  metas: readonly { name: string; content: string }[];
  /** Texts of <script type="application/ld+json">, in document order. */
  jsonLd: readonly string[];
  /** Elements whose itemprop lists datePublished: their tag and value (content, datetime or text). */
  microdata: readonly { tag: string; value: string }[];
  /** `datetime` of <time> elements in the article header. */
  headerTimes: readonly string[];
  /** The page's addresses: its location, then canonical and og:url. */
  urls: readonly string[];
}

/** Meta names of a publication date, most specific first; compared in lower case. */
export const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'publish-date',
  'pubdate',
  'date',
] as const;

/** schema.org types whose datePublished is the article's: Article and its kinds (NewsArticle, ReportageNews, BlogPosting...). */
const ARTICLE_TYPE = /(?:article|^report(?:agenews)?|posting)$/;
const PAGE_TYPE = /^(?:web|item|collection)page$/;

const EARLIEST_YEAR = 1990;
const DAY_MS = 86_400_000;

/** The page's publication date, or undefined when it carries none that is valid. */
export function publishedDate(input: PageDateInput, now: Date = new Date()): PageDate | undefined {
  const latest = new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
  const valid = (value: string) => {
    const d = calendarDate(value);
    return d && d <= latest ? d : undefined;
  };
  const fromJsonLd = jsonLdDate(input.jsonLd, valid);
  if (fromJsonLd) return { date: fromJsonLd, from: 'json-ld' };
  const metas = input.metas.map((m) => ({ name: m.name.trim().toLowerCase(), content: m.content }));
  for (const key of META_KEYS) {
    for (const m of metas) {
      if (m.name !== key) continue;
      const d = valid(m.content);
      if (d) return { date: d, from: 'meta' };
    }
  }
  for (const m of input.microdata) {
    const d = valid(m.value);
    if (d) return { date: d, from: m.tag.toLowerCase() === 'time' ? 'time' : 'meta' };
  }
  for (const t of input.headerTimes) {
    const d = valid(t);
    if (d) return { date: d, from: 'time' };
  }
  for (const u of input.urls) {
    const d = urlDate(u);
    if (d && d <= latest) return { date: d, from: 'url' };
  }
  return undefined;
}

/** A month's name or abbreviation (three letters or more); monthNumber tells which month, if any. */
export const MONTH_NAME = '[a-z]{3}[a-z]{0,6}\\.?';
export const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+';
const ISO_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
const MONTH_FIRST = new RegExp(`^(?:${WEEKDAY})?(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`^(?:${WEEKDAY})?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME}),?\\s+(\\d{4})\\b`, 'i');

/**
 * The calendar date a date value spells out, as YYYY-MM-DD: ISO 8601 (with any time and zone), 2017/03/14,
 * 20170314, "March 14, 2017", "14 March 2017", RFC 2822 ("Tue, 14 Mar 2017 10:00:00 GMT"), or Unix seconds
 * or milliseconds (read in UTC). Undefined for anything else and for dates that do not exist or precede 1990.
 */
export function calendarDate(raw: string): string | undefined {
  const value = raw.trim();
  if (!value || value.length > 100) return undefined;
  if (/^\d{10}$|^\d{13}$/.test(value)) {
    const ms = Number(value) * (value.length === 10 ? 1000 : 1);
    return checked(new Date(ms).toISOString().slice(0, 10).split('-').map(Number) as [number, number, number]);
  }
  let m = ISO_DATE.exec(value) ?? COMPACT_DATE.exec(value);
  if (m) return m.length === 5 ? checked([+m[1]!, +m[3]!, +m[4]!]) : checked([+m[1]!, +m[2]!, +m[3]!]);
  m = MONTH_FIRST.exec(value);
  if (m) return checked([+m[3]!, monthNumber(m[1]!), +m[2]!]);
  m = DAY_FIRST.exec(value);
  if (m) return checked([+m[3]!, monthNumber(m[2]!), +m[1]!]);
  return undefined;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1-12 for a month's name or a prefix of it of three letters or more ("Mar", "Sept."), else 0 (no such month). */
function monthNumber(word: string): number {
  const w = word.replace(/\.$/, '').toLowerCase();
  return MONTH_NAMES.findIndex((name) => name.startsWith(w)) + 1;
}

function checked([y, mo, d]: [number, number, number]): string | undefined {
  if (y < EARLIEST_YEAR || mo < 1 || mo > 12 || d < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > daysInMonth) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A full date in an address's path: /2017/03/14/ or /2017-03-14 at the start of a segment. */
export function urlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url, 'http://localhost/').pathname; // a relative canonical link still has a path
  } catch {
    return undefined;
  }
  const m = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=$|[/_.-])/.exec(path) ?? /\/((?:19|20)\d{2})-(\d{2})-(\d{2})(?=$|[/_.-])/.exec(path);
  return m ? checked([+m[1]!, +m[2]!, +m[3]!]) : undefined;
}

type JsonNode = Record<string, unknown>;

/** The first valid datePublished of an article node (else of a page node) across the page's JSON-LD blocks. */
function jsonLdDate(blocks: readonly string[], valid: (v: string) => string | undefined): string | undefined {
  const articles: JsonNode[] = [];
  const pages: JsonNode[] = [];
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue; // malformed JSON-LD is common; the next block or source may still hold the date
    }
    collectNodes(data, articles, pages, 0);
  }
  for (const node of [...articles, ...pages]) {
    const d = dateValue(node.datePublished, valid);
    if (d) return d;
  }
  return undefined;
}

/** Top-level nodes, arrays of them, @graph members and mainEntity(OfPage) objects; never related items. */
function collectNodes(data: unknown, articles: JsonNode[], pages: JsonNode[], depth: number): void {
  if (depth > 4 || !data || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const item of data.slice(0, 200)) collectNodes(item, articles, pages, depth + 1);
    return;
  }
  const node = data as JsonNode;
  const types = typesOf(node['@type']);
  if (types.some((t) => ARTICLE_TYPE.test(t))) articles.push(node);
  else if (types.some((t) => PAGE_TYPE.test(t))) pages.push(node);
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    if (key in node) collectNodes(node[key], articles, pages, depth + 1);
  }
}

/** "NewsArticle", "schema:NewsArticle", "https://schema.org/NewsArticle" or a list of them, in lower case. */
function typesOf(type: unknown): string[] {
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1).toLowerCase());
}

function dateValue(value: unknown, valid: (v: string) => string | undefined): string | undefined {
  if (typeof value === 'string') return valid(value);
  if (Array.isArray(value)) {
    for (const v of value) {
      const d = dateValue(v, valid);
      if (d) return d;
    }
    return undefined;
  }
  if (value && typeof value === 'object' && typeof (value as JsonNode)['@value'] === 'string') return valid((value as JsonNode)['@value'] as string);
  return undefined;
}

/** "2017-03-14" as "14 Mar 2017", whatever the locale. */
export function formatDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = MONTH_NAMES[m - 1]!;
  return `${d} ${month[0]!.toUpperCase()}${month.slice(1, 3)} ${y}`;
}

/** Element shapes both adapters read, so they agree on what counts. */
export interface DateElement {
  tag: string;
  attr(name: string): string | null;
}

/** Whether an element's itemprop lists datePublished. */
export const isDatePublishedProp = (e: DateElement) => /(?:^|\s)datePublished(?:\s|$)/.test(e.attr('itemprop') ?? '');

/** A <time datetime> worth reading in an article header: not one marked as a modified date. */
export function isHeaderTimeCandidate(e: DateElement): boolean {
  if (e.tag !== 'time' || !e.attr('datetime')) return false;
  return !/modif|updat|edited/i.test(`${e.attr('class') ?? ''} ${e.attr('itemprop') ?? ''}`);
}

/** Elements under which a <header> is the article's header (not the site's). */
export const ARTICLE_CONTAINERS = ['article', 'main'];

/** The value a microdata datePublished element carries. */
export const microdataValue = (e: DateElement, text: () => string) => e.attr('content') ?? e.attr('datetime') ?? text();

/** The name a <meta> is known by: name, property or http-equiv. */
export const metaName = (e: DateElement) => e.attr('name') ?? e.attr('property') ?? e.attr('http-equiv');

export const isJsonLdScript = (e: DateElement) => e.tag === 'script' && (e.attr('type') ?? '').trim().toLowerCase() === 'application/ld+json';
