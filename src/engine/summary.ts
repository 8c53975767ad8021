import { CATEGORIES, type Category, type Finding, type Summary } from './types';
import { explain, fabricationScore, reasonsFor, verdictFor } from './verdict/score';
import type { ArticleSignals } from './verdict/signals';


/** Counts per category beside the article's verdict (from verdictOf, computed once per analysis). */
export function summarize(findings: readonly Finding[], verdict: Omit<Summary, 'counts'>): Summary {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const f of findings) counts[f.category]++;
  return { counts, ...verdict };
}

/** The verdict part of a summary: from counts alone, so a page read in parts is judged as a whole. */
export function verdictOf(signals: ArticleSignals): Omit<Summary, 'counts'> {
  const fabrication = fabricationScore(signals);
  const verdict = verdictFor(fabrication);
  const reasons = reasonsFor(signals, verdict);
  return { fabrication, verdict, explanation: explain(signals, verdict, reasons), reasons, signals };
}
