import type { Category, Summary } from '../engine/types';
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
export type BackgroundRequest = { type: 'page-counts'; total: number } | { type: 'enable-site'; origin: string; tabId: number };

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
  return false;
}

