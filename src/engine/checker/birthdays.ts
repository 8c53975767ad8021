import type { Person } from '../../facts/schema';
import { MONTH_NAME, MONTHS, formatDate, monthNumber, parsePartialDate } from './dates';
import { claimMatches, contradiction, resolvePronoun, type ClaimChecker } from './context';
import type { Finding } from '../types';
import { firstFrom } from '../text';

const ORDINAL = String.raw`(\d{1,3})(?:st|nd|rd|th)`;
// "Beckham's 50th birthday in May", "her April 30th birthday", "on de Armas' 37th birthday in April".
export const BIRTHDAY = new RegExp(
  String.raw`(?:('s|')|\b(her|his))\s+(?:(${MONTH_NAME})\s+(\d{1,2})(?:st|nd|rd|th)?\s+)?(?:${ORDINAL}\s+)?birthday\b(?:\s+(?:party|bash|celebrations?|dinner))?(?:\s+(?:in|on|this|last)\s+(${MONTH_NAME})\b(?:\s+(\d{1,2})\b)?)?`,
  'i',
);
// "Cruise was born on July 3, 1962", "born in 1988".
const BORN = new RegExp(String.raw`^\s+(?:was\s+)?born\s+(?:on\s+|in\s+)?(?:(${MONTH_NAME})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?:in\s+)?(\d{4})\b`, 'i');

const BORN_WITHIN = 50;

export const checkBirthdays: ClaimChecker = (ctx) => {
  const out: Finding[] = [];
  const byEnd = new Map(ctx.mentions.map((m) => [m.end, m.person]));
  for (const b of claimMatches(ctx, BIRTHDAY)) {
    let person: Person | undefined;
    if (b[1]) person = byEnd.get(b.index);
    else person = resolvePronoun(ctx, b.index);
    if (!person) continue;
    const born = parsePartialDate(person.born);
    const claimedMonth = b[3] ? monthNumber(b[3]) : b[6] ? monthNumber(b[6]) : undefined;
    const claimedDay = b[4] ? Number(b[4]) : b[7] ? Number(b[7]) : undefined;
    const span = { start: b.index, end: b.index + b[0].length };
    if (claimedMonth && (claimedMonth !== born.month || (claimedDay !== undefined && claimedDay !== born.day))) {
      const claimed = `${MONTHS[claimedMonth - 1]}${claimedDay ? ` ${claimedDay}` : ''}`;
      out.push(contradiction('birthday-claim', span, `Places ${person.name}'s birthday in ${claimed}; it is on ${formatDate(person.born).replace(/ \d{4}$/, '')}.`, {
        fact: `${person.name} was born on ${formatDate(person.born)}.`, source: person.source, asOf: person.asOf,
      }));
      continue;
    }
    const nth = b[5] ? Number(b[5]) : undefined;
    if (nth !== undefined && !person.died) {
      // The Nth birthday falls in one year; an article about it sits within a year or so of it.
      const year = born.year + nth;
      const fromYear = ctx.time.from.getUTCFullYear() - 1;
      const toYear = ctx.time.to.getUTCFullYear() + 1;
      if (year < fromYear || year > toYear) {
        out.push(contradiction('birthday-claim', span, `Speaks of ${person.name}'s ${nth}th birthday, which fell in ${year}.`, {
          fact: `${person.name} was born on ${formatDate(person.born)}.`, source: person.source, asOf: person.asOf,
        }));
      }
    }
  }
  // Only a name with "born" just after it is read further: most names have none.
  const bornFrom = firstFrom(ctx.normalized, /born/gi);
  for (const m of ctx.mentions) {
    if (bornFrom(m.end) >= m.end + BORN_WITHIN) continue;
    const b = BORN.exec(ctx.normalized.slice(m.end, m.end + BORN_WITHIN));
    if (!b) continue;
    const born = parsePartialDate(m.person.born);
    const wrong = Number(b[3]) !== born.year || (b[1] && monthNumber(b[1]) !== born.month) || (b[2] && Number(b[2]) !== born.day);
    if (wrong) {
      out.push(contradiction('birth-date-claim', { start: m.start, end: m.end + b[0].length }, `Gives ${m.person.name} a birth date the known facts contradict.`, {
        fact: `${m.person.name} was born on ${formatDate(m.person.born)}.`, source: m.person.source, asOf: m.person.asOf,
      }));
    }
  }
  return out;
};
