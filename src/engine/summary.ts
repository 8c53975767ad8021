import { CATEGORIES, type Category, type Finding, type Summary, type Verdict } from './types';

export interface DensitySignals {
  sentences: number;
  /** Sentences carrying any invented-interview cue, shown or not. */
  inventedSentences: number;
  /** Those of them with no other cue nearby (see density.ts): one atmospheric line in a report. */
  isolatedInventedSentences: number;
  /** Strong framing marks ("exclusive interview", "tell-all"). */
  framing: number;
  /** Sentences that cite an unnamed source: real gossip reporting leans on them, invented tell-alls rarely do. */
  anonymousSentences: number;
  /**
   * Sentences the known facts contradict (a death, an engagement, a birthday that never was): whatever the
   * style, a story built on a false claim about a real person is the mark of a hoax.
   */
  contradictedSentences: number;
}

const LIKELY_FABRICATED = 0.6;
const MIXED = 0.35;

/**
 * Fabrication score in [0, 1] from densities, not raw counts, so a long report with a few colourful
 * sentences stays low and a short invented confession scores high.
 */
export function fabricationScore(s: DensitySignals): number {
  if (s.sentences === 0) return 0;
  // Short texts count as at least eight sentences: one colourful line in a three-line item is not a pattern.
  const length = Math.max(s.sentences, 8);
  // A cue standing alone counts for half of one in a run of them: density, not a single hit, decides.
  const invented = (s.inventedSentences - s.isolatedInventedSentences / 2) / length;
  const anonymous = s.anonymousSentences / length;
  const z = 9 * (invented - 0.18) + 1.2 * Math.min(s.framing, 2) - 6 * anonymous + 1.5 * Math.min(s.contradictedSentences, 2);
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}

export function verdictFor(score: number): Verdict {
  if (score >= LIKELY_FABRICATED) return 'likely-fabricated';
  if (score >= MIXED) return 'mixed';
  return 'reported';
}

export function summarize(findings: readonly Finding[], signals: DensitySignals): Summary {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const f of findings) counts[f.category]++;
  const fabrication = fabricationScore(signals);
  const verdict = verdictFor(fabrication);
  return { counts, fabrication, verdict, explanation: explain(signals, verdict) };
}

function explain(s: DensitySignals, verdict: Verdict): string {
  if (s.sentences === 0) return 'No text to judge.';
  const invented = `${s.inventedSentences} of ${s.sentences} sentences read like invented narration or staged quotes`;
  const framing = s.framing ? `, ${s.framing} "exclusive interview" or "tell-all" framing mark${s.framing === 1 ? '' : 's'}` : '';
  const anonymous = `${s.anonymousSentences} cite${s.anonymousSentences === 1 ? 's' : ''} unnamed sources`;
  const contradicted = s.contradictedSentences ? `, ${s.contradictedSentences} the known facts contradict` : '';
  const reading = {
    'likely-fabricated': 'it reads like a fabricated tell-all',
    mixed: 'it mixes reporting with novelistic invention',
    reported: 'it reads like reporting, whatever its sourcing',
  }[verdict];
  return `${invented}${framing}${contradicted} and ${anonymous}: ${reading}.`;
}
