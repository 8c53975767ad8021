import { isCategory, type Category, type Finding, type Summary } from '../engine/types';
import type { PagePublished } from './as-of';

/** One finding as the popup lists it. */
export interface FindingItem {
  id: number;
  category: Category;
  rule: string;
  message: string;
  excerpt: string;
}

export interface PageState {
  /** The page's hostname: the popup may not see the tab's URL (no "tabs" permission). */
  site: string;
  active: boolean;
  reason?: 'paused' | 'no-article';
  summary?: Summary;
  items: FindingItem[];
  /** No article was found on the page: the whole page was analysed. */
  wholePage?: boolean;
  /** Set when the page has more findings than are painted (see MAX_PAINTED). */
  paintedLimit?: number;
  /** The date the page's facts were checked as of (checked with isPagePublished before it is shown). */
  published?: PagePublished;
}

export type ContentRequest = { type: 'get-page-state' } | { type: 'focus-finding'; id: number };
export type BackgroundRequest =
  | { type: 'page-counts'; total: number }
  | { type: 'enable-site'; origin: string; tabId: number }
  /** The fact contradictions of each text (the chunks of a page's article), judged as of the page's date. */
  | { type: 'check-facts'; texts: string[]; published?: string };

/** The most text one check-facts message may carry: far above any article, below the browsers' message limits. */
export const MAX_CHECKED_TEXT = 32 * 1024 * 1024;

/** Messages arrive from any script that can reach us: accept only the exact shapes we send. */
export function isContentRequest(m: unknown): m is ContentRequest {
  if (!m || typeof m !== 'object') return false;
  const r = m as Record<string, unknown>;
  return r.type === 'get-page-state' || (r.type === 'focus-finding' && Number.isInteger(r.id));
}

export function isBackgroundRequest(m: unknown): m is BackgroundRequest {
  if (!m || typeof m !== 'object') return false;
  const r = m as Record<string, unknown>;
  if (r.type === 'page-counts') return Number.isInteger(r.total) && (r.total as number) >= 0;
  if (r.type === 'enable-site') return typeof r.origin === 'string' && /^https?:\/\/[^/]+$/.test(r.origin) && Number.isInteger(r.tabId);
  if (r.type === 'check-facts') {
    if (!Array.isArray(r.texts) || !r.texts.every((t) => typeof t === 'string')) return false;
    if ((r.texts as string[]).reduce((n, t) => n + t.length, 0) > MAX_CHECKED_TEXT) return false;
    return r.published === undefined || (typeof r.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.published));
  }
  return false;
}

/** The background's answer to check-facts: per text, findings inside it, each with its evidence. */
export function isFactAnswer(m: unknown, texts: readonly string[]): m is Finding[][] {
  if (!Array.isArray(m) || m.length !== texts.length) return false;
  return m.every((findings, i) => Array.isArray(findings) && findings.every((f) => isFactFinding(f, texts[i]!.length)));
}

function isFactFinding(f: unknown, length: number): boolean {
  if (!f || typeof f !== 'object') return false;
  const r = f as Record<string, unknown>;
  const e = r.evidence as Record<string, unknown> | undefined;
  return (
    isCategory(r.category) && typeof r.rule === 'string' && typeof r.message === 'string' &&
    Number.isInteger(r.start) && Number.isInteger(r.end) && (r.start as number) >= 0 && (r.start as number) < (r.end as number) && (r.end as number) <= length &&
    (e === undefined || (typeof e === 'object' && e !== null && typeof e.fact === 'string' && typeof e.source === 'string' && typeof e.asOf === 'string'))
  );
}

