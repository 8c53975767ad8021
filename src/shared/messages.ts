import { isCategory, type Category, type Finding, type Summary } from '../engine/types';
import { SIGNAL_NAMES, type ArticleSignals } from '../engine/verdict/signals';
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
  /** The page is still being read (loading, or its first scan not finished): counts may still grow. */
  reading?: boolean;
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
  /** The analysis of each text (the chunks of a page's article), facts judged as of the page's date. */
  | { type: 'analyze'; texts: string[]; published?: string };

/** The most text one analyze message may carry: far above any article, below the browsers' message limits. */
export const MAX_ANALYZED_TEXT = 32 * 1024 * 1024;

/**
 * The background's analysis of one text: its findings (offsets into that text) and the counts the verdict
 * is read from. The page derives the verdict itself (verdictOf), from the counts of all its chunks together.
 */
export interface TextAnalysis {
  findings: Finding[];
  signals: ArticleSignals;
}

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
  if (r.type === 'analyze') {
    if (!Array.isArray(r.texts) || !r.texts.every((t) => typeof t === 'string')) return false;
    if ((r.texts as string[]).reduce((n, t) => n + t.length, 0) > MAX_ANALYZED_TEXT) return false;
    return r.published === undefined || (typeof r.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.published));
  }
  return false;
}

/** The background's answer to analyze: per text, findings inside it and whole counts for the verdict. */
export function isAnalysisAnswer(m: unknown, texts: readonly string[]): m is TextAnalysis[] {
  if (!Array.isArray(m) || m.length !== texts.length) return false;
  return m.every((a: unknown, i) => {
    if (!a || typeof a !== 'object') return false;
    const { findings, signals } = a as Record<string, unknown>;
    return Array.isArray(findings) && findings.every((f) => isFinding(f, texts[i]!.length)) && isSignals(signals);
  });
}

function isSignals(s: unknown): s is ArticleSignals {
  if (!s || typeof s !== 'object') return false;
  const r = s as Record<string, unknown>;
  return SIGNAL_NAMES.every((n) => Number.isInteger(r[n]) && (r[n] as number) >= 0);
}

function isFinding(f: unknown, length: number): boolean {
  if (!f || typeof f !== 'object') return false;
  const r = f as Record<string, unknown>;
  const e = r.evidence as Record<string, unknown> | undefined;
  return (
    isCategory(r.category) && typeof r.rule === 'string' && typeof r.message === 'string' &&
    Number.isInteger(r.start) && Number.isInteger(r.end) && (r.start as number) >= 0 && (r.start as number) < (r.end as number) && (r.end as number) <= length &&
    (e === undefined || (typeof e === 'object' && e !== null && typeof e.fact === 'string' && typeof e.source === 'string' && typeof e.asOf === 'string'))
  );
}

