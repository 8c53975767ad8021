import type { ArticleSignals } from './verdict/signals';

/** The four things Gossip Lens points out. Order is the display order everywhere. */
export const CATEGORIES = [
  'anonymous-source',
  'unverified-claim',
  'invented-interview',
  'fact-contradiction',
] as const;

export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/** What a fact contradiction is checked against, shown to the reader beside the finding. */
export interface Evidence {
  fact: string;
  source: string;
  asOf: string;
}

/** One flagged stretch of text. Offsets are UTF-16 code units into the analysed text, end exclusive. */
export interface Finding {
  category: Category;
  rule: string;
  start: number;
  end: number;
  message: string;
  evidence?: Evidence;
}

export type Verdict = 'likely-fabricated' | 'mixed' | 'reported';

export interface Summary {
  counts: Record<Category, number>;
  /** The fitted probability that an article like this is false or invented: 0 sourced reporting, 1 a hoax. */
  fabrication: number;
  verdict: Verdict;
  explanation: string;
  /** The two or three signals that moved the score most toward the verdict, in plain words. */
  reasons: string[];
  /** The counts the score is computed from (see engine/verdict/signals.ts). */
  signals: ArticleSignals;
}

export interface AnalyzeOptions {
  /** Publication date (YYYY-MM-DD): ages and statuses are judged as of this day. */
  published?: string;
  /** "Today", for undated articles; defaults to the clock. Tests pin it. */
  now?: Date;
  /** Only these categories are reported (all when absent). */
  categories?: readonly Category[];
}

export interface Analysis {
  findings: Finding[];
  summary: Summary;
}
