import type { KnownFacts } from '../../facts/schema';
import type { Span } from '../text';
import type { AnalyzeOptions, Finding } from '../types';
import { checkAges, PRONOUN_AGE } from './ages';
import { BIRTHDAY, checkBirthdays } from './birthdays';
import { claimSpans, type CheckContext, type ClaimChecker } from './context';
import { articleTime } from './dates';
import { checkDeaths, DEATH } from './deaths';
import { checkEngagements, ENGAGEMENT } from './engagements';
import { checkMarriages, YEAR } from './marriages';
import { findMentions, nameIndex } from './people';
import { checkWorks, titlePattern } from './works';

/** Each extractor finds one kind of claim the facts can settle, and reports only contradictions. */
export const claimCheckers: readonly ClaimChecker[] = [checkAges, checkBirthdays, checkMarriages, checkEngagements, checkDeaths, checkWorks];

/** The claims the extractors look for, found in the engine's one pass over the text with the rules. */
export const claimPatterns: readonly RegExp[] = [PRONOUN_AGE, BIRTHDAY, DEATH, ENGAGEMENT, YEAR];

const patternsByFacts = new WeakMap<KnownFacts, readonly RegExp[]>();

/** The claim patterns and the names and titles of these facts: everything the extractors read. */
export function claimPatternsFor(facts: KnownFacts): readonly RegExp[] {
  let patterns = patternsByFacts.get(facts);
  if (!patterns) {
    const names = nameIndex(facts);
    patternsByFacts.set(facts, (patterns = [...claimPatterns, names.fullNames, names.shortNames, titlePattern(facts.works)]));
  }
  return patterns;
}

export function checkFacts(
  normalized: string,
  sentences: readonly Span[],
  options: AnalyzeOptions,
  facts: KnownFacts,
  claims?: ReadonlyMap<RegExp, readonly Span[]>,
): Finding[] {
  const ctx: CheckContext = {
    normalized,
    sentences,
    claims,
    mentions: findMentions(normalized, facts, (pattern) => claimSpans({ normalized, claims }, pattern)),
    facts,
    time: articleTime(
      claimSpans({ normalized, claims }, YEAR).map((y) => Number(normalized.slice(y.start, y.end))),
      options.published,
      options.now ?? new Date(),
    ),
  };
  if (!ctx.mentions.length) return [];
  return claimCheckers.flatMap((check) => check(ctx));
}
