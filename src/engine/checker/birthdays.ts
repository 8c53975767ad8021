import type { Person } from '../../facts/schema';
import { MONTH_NAME, MONTHS, formatDate, monthNumber, parsePartialDate } from './dates';
import { claimMatches, contradiction, quoted, resolvePronoun, type CheckContext, type ClaimChecker } from './context';
import type { Finding } from '../types';
import { firstFrom } from '../text';

const ORDINAL = String.raw`(\d{1,3})(?:st|nd|rd|th)`;
// "Beckham's 50th birthday in May", "her April 30th birthday", "on de Armas' 37th birthday in April".
export const BIRTHDAY = new RegExp(
  String.raw`(?:('s|')|\b(her|his))\s+(?:(${MONTH_NAME})\s+(\d{1,2})(?:st|nd|rd|th)?\s+)?(?:${ORDINAL}\s+)?birthday\b(?:\s+(?:party|bash|celebrations?|dinner))?(?:\s+(?:in|on|this|last)\s+(${MONTH_NAME})\b(?:\s+(\d{1,2})\b)?)?`,
  'i',
);
// "Cruise was born on July 3, 1962", "born in 1988", "was born in March".
const BORN = new RegExp(
  String.raw`^\s+(?:was\s+)?born\s+(?:on\s+|in\s+)?(?:(?:(${MONTH_NAME})\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?)?(?:in\s+)?(\d{4})\b|(${MONTH_NAME})\b(?!\s+\d))`,
  'i',
);

const BORN_WITHIN = 50;

/** Whose birthday a match is: the name it follows ("Beckham's"), or the one person its pronoun can mean. */
function birthdayPerson(ctx: CheckContext, b: RegExpExecArray, byEnd: Map<number, Person>): Person | undefined {
  return b[1] ? byEnd.get(b.index) : resolvePronoun(ctx, b.index, b[2]!);
}

/** "his 43rd birthday": when it is, for the checker of an article's time (see ages.ts). */
export function nthBirthdayClaims(ctx: CheckContext): { person: Person; nth: number; start: number; end: number }[] {
  const byEnd = new Map(ctx.mentions.map((m) => [m.end, m.person]));
  const out: { person: Person; nth: number; start: number; end: number }[] = [];
  for (const b of claimMatches(ctx, BIRTHDAY)) {
    if (!b[5] || quoted(ctx, b.index, b.index + b[0].length)) continue;
    const person = birthdayPerson(ctx, b, byEnd);
    if (person) out.push({ person, nth: Number(b[5]), start: b.index, end: b.index + b[0].length });
  }
  return out;
}

/** A birthday or birth date in the wrong month or day, or a birth year the facts contradict. */
export const checkBirthdays: ClaimChecker = (ctx) => {
  const out: Finding[] = [];
  const byEnd = new Map(ctx.mentions.map((m) => [m.end, m.person]));
  for (const b of claimMatches(ctx, BIRTHDAY)) {
    const person = birthdayPerson(ctx, b, byEnd);
    if (!person) continue;
    const born = parsePartialDate(person.born);
    const claimedMonth = b[3] ? monthNumber(b[3]) : b[6] ? monthNumber(b[6]) : undefined;
    const claimedDay = b[4] ? Number(b[4]) : b[7] ? Number(b[7]) : undefined;
    const span = { start: b.index, end: b.index + b[0].length };
    if (claimedMonth && (claimedMonth !== born.month || (claimedDay !== undefined && claimedDay !== born.day))) {
      const claimed = `${capital(MONTHS[claimedMonth - 1]!)}${claimedDay ? ` ${claimedDay}` : ''}`;
      out.push(contradiction('birthday-claim', span, `Places ${person.name}'s birthday in ${claimed}; it is on ${formatDate(person.born).replace(/ \d{4}$/, '')}.`, {
        fact: `${person.name} was born on ${formatDate(person.born)}.`, source: person.source, asOf: person.asOf,
      }));
    }
  }
  // Only a name with "born" just after it is read further: most names have none.
  const bornFrom = firstFrom(ctx.normalized, /born/gi);
  for (const m of ctx.mentions) {
    if (bornFrom(m.end) >= m.end + BORN_WITHIN) continue;
    const b = BORN.exec(ctx.normalized.slice(m.end, m.end + BORN_WITHIN));
    if (!b) continue;
    const born = parsePartialDate(m.person.born);
    const month = b[1] ?? b[4];
    const wrong = (b[3] && Number(b[3]) !== born.year) || (month && monthNumber(month) !== born.month) || (b[2] && Number(b[2]) !== born.day);
    if (wrong) {
      out.push(contradiction('birth-date-claim', { start: m.start, end: m.end + b[0].length }, `Gives ${m.person.name} a birth date the known facts contradict.`, {
        fact: `${m.person.name} was born on ${formatDate(m.person.born)}.`, source: m.person.source, asOf: m.person.asOf,
      }));
    }
  }
  return out;
};

const capital = (s: string) => s.replace(/^./, (c) => c.toUpperCase());
