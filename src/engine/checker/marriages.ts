import type { KnownFacts, Marriage } from '../../facts/schema';
import { normalizeForMatching } from '../text';
import { formatDate, parsePartialDate } from './dates';
import { contradiction, mentionsWithin, sentencesWith, type CheckContext, type ClaimChecker } from './context';
import type { Finding } from '../types';

const MARRIAGE_WORDS = /\b(?:married|marries|marry|marrying|wed|weds|wedded|wedding|marriage|union|tied\s+the\s+knot|nuptials|husband|wife|spouse)\b/i;
export const YEAR = /\b(?:19|20)\d\d\b/;
const PARTING_WORDS = /\b(?:divorc\w*|split\w*|separat\w*|ending|ended|break-?up|broke\s+up|parted|annul\w*)\b/i;

const partnerNamesByFacts = new WeakMap<KnownFacts, ReadonlyMap<string, string[]>>();

/**
 * Names each marriage partner may go by in the text (normalized as the text is): a listed person's names, or
 * the plain name given. Built once per facts file, not per article: the file holds hundreds of marriages.
 */
function partnerNames(facts: KnownFacts): ReadonlyMap<string, string[]> {
  let names = partnerNamesByFacts.get(facts);
  if (!names) {
    const people = new Map(facts.people.map((p) => [p.id, p]));
    const namesOf = (partner: string) => {
      const person = people.get(partner);
      return (person ? [person.name, ...person.aliases, ...person.shortNames] : [partner, partner.split(' ').at(-1)!]).map(normalizeForMatching);
    };
    names = new Map(facts.marriages.flatMap((m) => m.spouses).map((who) => [who, namesOf(who)]));
    partnerNamesByFacts.set(facts, names);
  }
  return names;
}

/**
 * Marriage and divorce years: in a sentence naming both spouses, a year right after a marriage word
 * (or after the partner's name, where the sentence speaks of a marriage) must be the recorded one.
 */
export const checkMarriages: ClaimChecker = (ctx) => {
  const out: Finding[] = [];
  const names = partnerNames(ctx.facts);
  for (const s of sentencesWith(ctx, YEAR)) {
    const text = ctx.normalized.slice(s.start, s.end);
    // A year is a claim about a marriage only near a marriage or parting word (see judgeYears).
    if (!MARRIAGE_WORDS.test(text) && !PARTING_WORDS.test(text)) continue;
    const named = new Set(mentionsWithin(ctx, s.start, s.end).map((m) => m.person.id));
    if (!named.size) continue;
    for (const marriage of ctx.facts.marriages) {
      const [a, b] = marriage.spouses;
      const present = (who: string) =>
        named.has(who) || names.get(who)!.some((n) => n.length > 3 && text.includes(n));
      if (!present(a) || !present(b)) continue;
      const finding = judgeYears(ctx, s, text, marriage, [...names.get(a)!, ...names.get(b)!]);
      if (finding) out.push(finding);
    }
  }
  return out;
};

function judgeYears(ctx: CheckContext, s: { start: number; end: number }, text: string, marriage: Marriage, names: string[]): Finding | undefined {
  const recorded = [marriage.married, marriage.separated, marriage.divorced].filter(Boolean).map((d) => parsePartialDate(d!).year);
  const engagement = ctx.facts.engagements.find((e) => e.people.every((p) => marriage.spouses.includes(p)));
  if (engagement) recorded.push(parsePartialDate(engagement.engaged).year);
  for (const y of text.matchAll(/\b(?:in|since|of|from)\s+((?:19|20)\d\d)\b/g)) {
    const year = Number(y[1]);
    // Only a year close to its marriage word, or straight after a spouse's name ("Mimi Rogers in 1987")
    // in a sentence about the marriage, is a claim about the marriage.
    const lead = text.slice(Math.max(0, y.index - 30), y.index);
    const afterName = names.some((n) => lead.trimEnd().endsWith(n));
    const partingClaim = PARTING_WORDS.test(lead);
    // A marriage word with no spouse named near it ("the pair, who wed in 2000") may be about another couple.
    const nameNear = names.some((n) => n.length > 2 && lead.includes(n));
    const marriageClaim = (MARRIAGE_WORDS.test(lead) && nameNear) || (afterName && MARRIAGE_WORDS.test(text));
    if (partingClaim && !nameNear) continue;
    if (!marriageClaim && !partingClaim) continue;
    if (recorded.some((r) => Math.abs(r - year) === 0)) continue;
    const [who1, who2] = marriage.spouses.map((id) => ctx.facts.people.find((p) => p.id === id)?.name ?? id);
    const span = { start: s.start + y.index, end: s.start + y.index + y[0].length };
    const dates = `married ${formatDate(marriage.married)}${marriage.divorced ? `, divorced ${formatDate(marriage.divorced)}` : ''}`;
    return contradiction(
      partingClaim ? 'divorce-year-claim' : 'marriage-year-claim',
      span,
      `Dates ${who1} and ${who2}'s ${partingClaim ? 'split' : 'marriage'} to ${year}; the record says ${dates}.`,
      { fact: `${who1} and ${who2}: ${dates}.${marriage.note ? ` ${marriage.note}` : ''}`, source: marriage.source, asOf: marriage.asOf },
    );
  }
  return undefined;
}
