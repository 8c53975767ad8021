import type { Person } from '../../facts/schema';
import { formatDate, toDate } from './dates';
import { contradiction, HEDGED, mainPeople, mentionsWithin, sentencesWith, type CheckContext, type ClaimChecker } from './context';
import type { Finding } from '../types';
import { isPerson } from './family';

// Words that assert an engagement or a proposal has happened.
export const ENGAGEMENT = /\b(?:engaged|engagement(?:\s+rings?)?|fianc[eé]e?|proposed|proposal|popped\s+the\s+question|(?:dropped|got\s+down|went\s+down|knelt)\s+(?:to|on)\s+one\s+knee|said\s+yes)\b/i;
// "engaged in a discussion" is not an engagement.
const NOT_ROMANTIC = /\bengaged\s+(?:in|with\s+fans|audiences)\b|\bspeaking\s+engagement|\bengagement\s+(?:rate|numbers|metrics)\b/i;

/**
 * An engagement or proposal between two people is contradicted when neither their engagements nor
 * their marriages are on record and at least one of them has a complete record as of the article's time.
 * People not named in the sentence are taken from the article's main people ("The proposal unfolded").
 */
export const checkEngagements: ClaimChecker = (ctx) => {
  const out: Finding[] = [];
  const main = mainPeople(ctx);
  for (const s of sentencesWith(ctx, ENGAGEMENT)) {
    const text = ctx.normalized.slice(s.start, s.end);
    const claim = ENGAGEMENT.exec(text);
    if (!claim || NOT_ROMANTIC.test(text) || HEDGED.test(text)) continue;
    const named = [...new Set(mentionsWithin(ctx, s.start, s.end).map((m) => m.person))];
    const pair = [...named, ...main.filter((p) => !named.includes(p))].slice(0, 2);
    if (pair.length < 2) continue;
    const [a, b] = pair as [Person, Person];
    if (onRecord(ctx, a, b)) continue;
    // A dated article after the record's date may know of an engagement we do not.
    const settles = (p: Person) => p.recordsCompleteAsOf !== undefined && (!ctx.time.dated || ctx.time.to <= toDate(p.recordsCompleteAsOf));
    const complete = [a, b].find(settles);
    if (!complete) continue;
    const span = { start: s.start + claim.index, end: s.start + claim.index + claim[0].length };
    out.push(contradiction('engagement-claim', span, `Speaks of an engagement between ${a.name} and ${b.name}; none is on record.`, {
      fact: `No engagement or marriage between ${a.name} and ${b.name} is on record as of ${formatDate(complete.recordsCompleteAsOf!)}${recordOf(ctx, complete)}.`,
      source: complete.source,
      asOf: complete.recordsCompleteAsOf!,
    }));
  }
  return out;
};

function onRecord(ctx: CheckContext, a: Person, b: Person): boolean {
  const pairs = [...ctx.facts.engagements.map((e) => e.people), ...ctx.facts.marriages.map((m) => m.spouses)];
  return pairs.some((p) => p.some((x) => isPerson(x, a)) && p.some((x) => isPerson(x, b)));
}

function recordOf(ctx: CheckContext, p: Person): string {
  const marriages = ctx.facts.marriages.filter((m) => m.spouses.some((x) => isPerson(x, p)));
  if (!marriages.length) return `; ${p.name} has never married`;
  const names = marriages.map((m) => {
    const other = m.spouses.find((s) => !isPerson(s, p)) ?? m.spouses[1];
    const name = ctx.facts.people.find((q) => q.id === other)?.name ?? other;
    return `${name} (${m.married.slice(0, 4)}${m.divorced ? `–${m.divorced.slice(0, 4)}` : ''})`;
  });
  return `; ${p.name}'s marriages: ${names.join(', ')}`;
}
