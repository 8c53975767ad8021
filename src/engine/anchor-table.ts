import type { KnownFacts } from '../facts/schema';
import { extraPatternsFor } from './extra-patterns';
import { VERDICT_PATTERNS } from './verdict/patterns';
import type { AnchorData } from './leading-words';
import { anchorTable } from './anchors/compute';
import { rules } from '../rules/index';

/**
 * The anchors of every bundled pattern (rules, the verdict's, fact claims, and the names and titles of `facts`),
 * for the builds that carry the facts (the CLI's `__GOSSIP_LENS_ANCHORS__`, the background's module): reading
 * them off the patterns takes ~100 ms, spent once here instead. The build passes the facts only once it has validated them: a malformed file must
 * fail with a message naming its entry, not with an error from in here.
 */
export function bundledAnchorTable(facts: KnownFacts): Record<string, AnchorData[] | null> {
  return rulesAnd(extraPatternsFor(facts));
}

/**
 * The anchors the extension bundles: the rules' and the verdict's. The page never holds the facts (the
 * background checks them, reading its claim patterns' anchors once when it starts), so their names and
 * titles stay out of the content script.
 */
export function pageAnchorTable(): Record<string, AnchorData[] | null> {
  return rulesAnd(VERDICT_PATTERNS);
}

/** The rules' anchors (sentence rules by their first word) and those of the patterns found beside them. */
function rulesAnd(extra: readonly RegExp[]): Record<string, AnchorData[] | null> {
  const textScope = rules.filter((r) => r.scope !== 'sentence').flatMap((r) => r.patterns);
  const sentenceScope = rules.filter((r) => r.scope === 'sentence').flatMap((r) => r.patterns);
  return anchorTable([...textScope, ...extra], sentenceScope);
}
