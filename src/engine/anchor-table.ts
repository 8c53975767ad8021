import type { KnownFacts } from '../facts/schema';
import { extraPatternsFor } from './extra-patterns';
import type { AnchorData } from './leading-words';
import { anchorTable } from './anchors/compute';
import { rules } from '../rules/index';

/**
 * The anchors of every bundled pattern (rules, the verdict's, fact claims, and the names and titles of
 * `facts`), for the builds' `__GOSSIP_LENS_ANCHORS__` (the CLI's and the extension's background): reading them
 * off the patterns takes ~100 ms, spent once at build time instead. The build passes the facts only once it
 * has validated them: a malformed file must fail with a message naming its entry, not with an error from here.
 */
export function bundledAnchorTable(facts: KnownFacts): Record<string, AnchorData[] | null> {
  const textScope = rules.filter((r) => r.scope !== 'sentence').flatMap((r) => r.patterns);
  const sentenceScope = rules.filter((r) => r.scope === 'sentence').flatMap((r) => r.patterns);
  // Sentence rules are looked up by their first word only.
  return anchorTable([...textScope, ...extraPatternsFor(facts)], sentenceScope);
}
