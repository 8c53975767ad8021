import { claimPatternsFor } from './checker/index';
import { knownFacts } from '../facts/index';
import { anchorTable, type AnchorData } from './leading-words';
import { rules } from '../rules/index';

/**
 * The anchors of every bundled pattern (rules, fact claims, names, titles), for the build to bundle as
 * `__GOSSIP_LENS_ANCHORS__`: reading them off the patterns takes ~100 ms, too long for a page's first slice.
 */
export function bundledAnchorTable(): Record<string, AnchorData[] | null> {
  const textScope = rules.filter((r) => r.scope !== 'sentence').flatMap((r) => r.patterns);
  const sentenceScope = rules.filter((r) => r.scope === 'sentence').flatMap((r) => r.patterns);
  return anchorTable([...textScope, ...claimPatternsFor(knownFacts)], sentenceScope);
}
