import type { Person } from '../../facts/schema';
import { formatDate, toDate } from './dates';
import { contradiction, HEDGED, mainPeople, mentionsWithin, sentencesWith, type CheckContext, type ClaimChecker } from './context';
import type { Finding } from '../types';
import { isPerson } from './family';

// Words that assert an engagement or a proposal has happened.
export const ENGAGEMENT = /\b(?:engaged|engagement(?:\s+rings?)?|fianc[eé]e?|proposed|proposal|popped\s+the\s+question|(?:dropped|got\s+down|went\s+down|knelt)\s+(?:to|on)\s+one\s+knee|said\s+yes)\b/i;
// "engaged in a discussion" is not an engagement.
const NOT_ROMANTIC = /\bengaged\s+(?:in|with\s+fans|audiences)\b|\bspeaking\s+engagement|\bengagement\s+(?:rate|numbers|metrics)\b|\b(?:audience|fan|user|social|media|customer|civic|community|public|voter|brand|online|reader)\s+engagement\b/i;
// "his fiancée", "Y's fiancé": someone's partner, named or not; an engagement of the pair only when both are named around it.
const PARTNER_NOUN = /^fianc[eé]e?$/i;
const BOTH_AROUND = /^(?:'s?\s+|\s+and\s+(?:his|her|their)\s+)fianc[eé]e?,?\s+$/i;

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
    const inSentence = mentionsWithin(ctx, s.start, s.end);
    if (PARTNER_NOUN.test(claim[0])) {
      // "A's fiancée B", "A and his fiancé B": the pair is named around the noun; otherwise whose fiancé(e) is unclear.
      const pairAround = inSentence.findIndex((m, i) => i + 1 < inSentence.length && BOTH_AROUND.test(ctx.normalized.slice(m.end, inSentence[i + 1]!.start)));
      if (pairAround < 0) continue;
      const a = inSentence[pairAround]!.person;
      const b = inSentence[pairAround + 1]!.person;
      if (a === b || onRecord(ctx, a, b)) continue;
      const finding = report(ctx, a, b, { start: inSentence[pairAround]!.start, end: inSentence[pairAround + 1]!.end });
      if (finding) out.push(finding);
      continue;
    }
    const named = [...new Set(inSentence.map((m) => m.person))];
    const pair = [...named, ...main.filter((p) => !named.includes(p))].slice(0, 2);
    if (pair.length < 2) continue;
    const [a, b] = pair as [Person, Person];
    if (onRecord(ctx, a, b)) continue;
    const finding = report(ctx, a, b, { start: s.start + claim.index, end: s.start + claim.index + claim[0].length });
    if (finding) out.push(finding);
  }
  return out;
};

function report(ctx: CheckContext, a: Person, b: Person, span: { start: number; end: number }): Finding | undefined {
  // A dated article after the record's date may know of an engagement we do not.
  const settles = (p: Person) => p.recordsCompleteAsOf !== undefined && (!ctx.time.dated || ctx.time.to <= toDate(p.recordsCompleteAsOf));
  const complete = [a, b].find(settles);
  if (!complete) return undefined;
  return contradiction('engagement-claim', span, `Speaks of an engagement between ${a.name} and ${b.name}; none is on record.`, {
    fact: `No engagement or marriage between ${a.name} and ${b.name} is on record as of ${formatDate(complete.recordsCompleteAsOf!)}${recordOf(ctx, complete)}.`,
    source: complete.source,
    asOf: complete.recordsCompleteAsOf!,
  });
}

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
