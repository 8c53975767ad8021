import { formatDay, type PageDateSource } from '../extract/published-date';

/** The date a page's facts were checked as of, as the content script reports it (date null: the page has none). */
export interface PagePublished {
  date: string | null;
  from: PageDateSource | 'none';
}

const SOURCES: readonly PagePublished['from'][] = ['json-ld', 'meta', 'time', 'url', 'none'];

/** Accepts only the exact shape the content script sends. */
export function isPagePublished(p: unknown): p is PagePublished {
  if (!p || typeof p !== 'object' || Array.isArray(p)) return false;
  const r = p as Record<string, unknown>;
  if (Object.keys(r).sort().join() !== 'date,from' || !SOURCES.includes(r.from as PagePublished['from'])) return false;
  if (r.from === 'none') return r.date === null;
  return typeof r.date === 'string' && /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(r.date);
}

/** "Facts checked as of 14 Mar 2017, the page's date", or that the page carries none. */
export function asOfText(p: PagePublished): string {
  return p.date ? `Facts checked as of ${formatDay(p.date)}, the page's date` : 'The page carries no date: a fact is flagged only if it was false on every date up to today';
}
