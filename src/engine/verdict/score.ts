import type { Verdict } from '../types';
import { FEATURES, featureValues } from './features';
// Named imports: the build bundles these fields only, not the fit's notes and figures.
import { center, features, intercept, scale, thresholds, weights } from './model.json';
import type { ArticleSignals } from './signals';

/** A logistic model over the features, as `npm run fit-verdict` writes it (see scripts/fit-verdict.mjs). */
export interface VerdictModel {
  features: string[];
  /** Each feature is centred and scaled as in the data it was fitted on, so weights compare. */
  center: number[];
  scale: number[];
  weights: number[];
  intercept: number;
  /** Fabrication scores at or above which an article reads `mixed`, and `likely-fabricated`. */
  thresholds: { mixed: number; likelyFabricated: number };
}

export const model: VerdictModel = checked({ features, center, scale, weights, intercept, thresholds });

function checked(m: VerdictModel): VerdictModel {
  const names = FEATURES.map((f) => f.name).join(',');
  if (m.features.join(',') !== names) throw new Error(`verdict model was fitted on features ${m.features.join(',')}, the engine computes ${names}: run npm run fit-verdict`);
  return m;
}

/** Each feature's push on the log-odds of fabrication: positive toward "fabricated". */
export function contributions(s: ArticleSignals, m: VerdictModel = model): number[] {
  return featureValues(s).map((x, i) => (m.weights[i]! * (x - m.center[i]!)) / m.scale[i]!);
}

/** Fabrication score in [0, 1]: the fitted probability that an article like this one is false. */
export function fabricationScore(s: ArticleSignals, m: VerdictModel = model): number {
  if (s.sentences === 0) return 0;
  const z = m.intercept + contributions(s, m).reduce((a, b) => a + b, 0);
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}

export function verdictFor(score: number, m: VerdictModel = model): Verdict {
  if (score >= m.thresholds.likelyFabricated) return 'likely-fabricated';
  if (score >= m.thresholds.mixed) return 'mixed';
  return 'reported';
}

/**
 * The signals that moved the score most toward the verdict given, in plain words: for a false-looking
 * article what raised it, for a reported-looking one what lowered it.
 */
export function reasonsFor(s: ArticleSignals, verdict: Verdict, m: VerdictModel = model, most = 3): string[] {
  if (s.sentences === 0) return [];
  const sign = verdict === 'reported' ? -1 : 1;
  return contributions(s, m)
    .map((amount, i) => ({ amount: amount * sign, words: FEATURES[i]!.words(s, amount > 0) }))
    .filter((c): c is { amount: number; words: string } => c.amount > 0.15 && c.words !== undefined)
    .sort((a, b) => b.amount - a.amount)
    .slice(0, most)
    .map((c) => c.words);
}

/** What each verdict means, for the reader. */
export const VERDICT_MEANING: Record<Verdict, string> = {
  'likely-fabricated': 'Reads like a false or invented story: the signals below are typical of stories fact-checkers rated false.',
  mixed: 'Thinly sourced: treat its claims as rumour until someone named confirms them.',
  reported: 'Reads like sourced reporting: claims are tied to named people, statements or outlets.',
};

const READING: Record<Verdict, string> = {
  'likely-fabricated': 'It reads like a false or invented story',
  mixed: 'Thinly sourced: treat it as rumour until confirmed',
  reported: 'It reads like sourced reporting',
};

/** For the reader: the reasons (as reasonsFor gives them), then what the verdict means. */
export function explain(s: ArticleSignals, verdict: Verdict, reasons: readonly string[]): string {
  if (s.sentences === 0) return 'No text to judge.';
  const said = reasons.join('; ');
  return said ? `${said.charAt(0).toUpperCase()}${said.slice(1)}. ${READING[verdict]}.` : `${READING[verdict]}.`;
}
