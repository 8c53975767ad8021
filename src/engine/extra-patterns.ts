import type { KnownFacts } from '../facts/schema';
import { claimPatternsFor } from './checker/index';
import { VERDICT_PATTERNS } from './verdict/patterns';

const extraByFacts = new WeakMap<KnownFacts, readonly RegExp[]>();

/**
 * What the engine's one pass looks for beside the rules: the fact checker's claims, and the
 * verdict's on-record sourcing, drama words and time anchors.
 * One array per facts object, so the pass's index (keyed by it) is built once.
 */
export function extraPatternsFor(facts: KnownFacts): readonly RegExp[] {
  let patterns = extraByFacts.get(facts);
  if (!patterns) extraByFacts.set(facts, (patterns = [...claimPatternsFor(facts), ...VERDICT_PATTERNS]));
  return patterns;
}
