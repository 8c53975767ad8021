import type { KnownFacts } from '../../facts/schema';
import { findQuotations, type Span } from '../text';
import type { AnalyzeOptions, Finding } from '../types';
import { checkAges, PRONOUN_AGE, YEARS_SINCE } from './ages';
import { BIRTHDAY, checkBirthdays } from './birthdays';
import { claimSpans, type CheckContext, type ClaimChecker } from './context';
import { articleTime } from './dates';
import { checkDeaths, DEATH } from './deaths';
import { checkEngagements, ENGAGEMENT } from './engagements';
import { CHILD_NAMED, checkFamily, MARRIAGE_COUNT, MARRIAGE_END, MARRIAGE_ORDINAL, PREGNANCY } from './family';
import { checkWeddings, WEDDING } from './weddings';
import { checkMarriages, YEAR } from './marriages';
import { findChildMentions, findMentions, nameIndex } from './people';
import { checkWorks, titlePattern } from './works';

/** Each extractor finds one kind of claim the facts can settle, and reports only contradictions. */
export const claimCheckers: readonly ClaimChecker[] = [checkAges, checkBirthdays, checkMarriages, checkEngagements, checkWeddings, checkFamily, checkDeaths, checkWorks];

/** The claims the extractors look for, found in the engine's one pass over the text with the rules. */
export const claimPatterns: readonly RegExp[] = [PRONOUN_AGE, YEARS_SINCE, BIRTHDAY, DEATH, ENGAGEMENT, YEAR, WEDDING, PREGNANCY, MARRIAGE_ORDINAL, MARRIAGE_COUNT, MARRIAGE_END, CHILD_NAMED];

const patternsByFacts = new WeakMap<KnownFacts, readonly RegExp[]>();

/** The claim patterns and the names and titles of these facts: everything the extractors read. */
export function claimPatternsFor(facts: KnownFacts): readonly RegExp[] {
  let patterns = patternsByFacts.get(facts);
  if (!patterns) {
    const names = nameIndex(facts);
    // A list that is empty in these facts (no descriptions, say) matches nothing and needs no place in the one pass.
    const listed = [names.fullNames, names.shortNames, names.descriptions, names.childNames, titlePattern(facts.works)].filter((p) => p.source !== '(?!)');
    patternsByFacts.set(facts, (patterns = [...claimPatterns, ...listed]));
  }
  return patterns;
}

export function checkFacts(
  normalized: string,
  sentences: readonly Span[],
  options: AnalyzeOptions,
  facts: KnownFacts,
  claims?: ReadonlyMap<RegExp, readonly Span[]>,
  quotations?: readonly Span[],
): Finding[] {
  const find = (pattern: RegExp) => claimSpans({ normalized, claims }, pattern);
  const mentions = findMentions(normalized, facts, find);
  // Claims are about known people or works: an article naming neither has none to check.
  if (!mentions.length && !find(titlePattern(facts.works)).length) return [];
  const ctx: CheckContext = {
    normalized,
    sentences,
    claims,
    mentions,
    childMentions: findChildMentions(normalized, facts, mentions, find),
    quotations: quotations ?? findQuotations(normalized),
    facts,
    time: articleTime(options.published, options.now ?? new Date()),
  };
  return claimCheckers.flatMap((check) => check(ctx));
}
