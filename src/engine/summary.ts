import { CATEGORIES, type Category, type Finding, type Summary } from './types';
import { explain, fabricationScore, reasonsFor, verdictFor } from './verdict/score';
import type { ArticleSignals } from './verdict/signals';

export { fabricationScore, verdictFor } from './verdict/score';

/** Counts per category, and the article's verdict from its signals (see engine/verdict/). */
export function summarize(findings: readonly Finding[], signals: ArticleSignals): Summary {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const f of findings) counts[f.category]++;
  return { counts, ...verdictOf(signals) };
}

/** The verdict part of a summary: from counts alone, so a page read in parts is judged as a whole. */
export function verdictOf(signals: ArticleSignals): Omit<Summary, 'counts'> {
  const fabrication = fabricationScore(signals);
  const verdict = verdictFor(fabrication);
  return { fabrication, verdict, explanation: explain(signals, verdict), reasons: reasonsFor(signals, verdict), signals };
}
