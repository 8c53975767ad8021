import type { KnownFacts } from '../../facts/schema';
import type { Span } from '../text';
import type { AnalyzeOptions, Finding } from '../types';
import { checkAges } from './ages';
import { checkBirthdays } from './birthdays';
import type { CheckContext, ClaimChecker } from './context';
import { articleTime } from './dates';
import { checkDeaths } from './deaths';
import { checkEngagements } from './engagements';
import { checkMarriages } from './marriages';
import { findMentions } from './people';
import { checkWorks } from './works';

/** Each extractor finds one kind of claim the facts can settle, and reports only contradictions. */
export const claimCheckers: readonly ClaimChecker[] = [checkAges, checkBirthdays, checkMarriages, checkEngagements, checkDeaths, checkWorks];

export function checkFacts(normalized: string, sentences: readonly Span[], options: AnalyzeOptions, facts: KnownFacts): Finding[] {
  const ctx: CheckContext = {
    normalized,
    sentences,
    mentions: findMentions(normalized, facts),
    facts,
    time: articleTime(normalized, options.published, options.now ?? new Date()),
  };
  if (!ctx.mentions.length) return [];
  return claimCheckers.flatMap((check) => check(ctx));
}
