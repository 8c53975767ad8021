/** Calendar helpers for the fact checker: partial dates, months, ages, and the window an article speaks from. */

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

/** 1-12 for a month name or its abbreviation. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export function parsePartialDate(value: string): PartialDate {
  const [y, m, d] = value.split('-').map(Number);
  return { year: y!, month: m, day: d };
}

export function toDate(value: string): Date {
  const { year, month = 1, day = 1 } = parsePartialDate(value);
  return new Date(Date.UTC(year, month - 1, day));
}

export function ageOn(born: string, on: Date): number {
  const b = parsePartialDate(born);
  let age = on.getUTCFullYear() - b.year;
  const beforeBirthday = on.getUTCMonth() + 1 < (b.month ?? 1) || (on.getUTCMonth() + 1 === (b.month ?? 1) && on.getUTCDate() < (b.day ?? 1));
  if (beforeBirthday) age--;
  return age;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function formatDate(value: string): string {
  const { year, month, day } = parsePartialDate(value);
  if (!month) return String(year);
  const name = MONTHS[month - 1]!.replace(/^./, (c) => c.toUpperCase());
  return day ? `${day} ${name} ${year}` : `${name} ${year}`;
}

/** "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "43rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const DAY = 86_400_000;

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY);
}

export function addYears(d: Date, years: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()));
}

/** The first and last day a partial date can stand for: "1986" is 1 January to 31 December 1986. */
export function dateBounds(value: string): [Date, Date] {
  const { year, month, day } = parsePartialDate(value);
  if (day) return [toDate(value), toDate(value)];
  if (month) return [new Date(Date.UTC(year, month - 1, 1)), new Date(Date.UTC(year, month, 0))];
  return [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 11, 31))];
}

/** A stretch of days, both ends included. */
export interface Interval {
  from: Date;
  to: Date;
}

/** The days on which someone born on `born` (possibly a partial date) can be `age` years old. */
export function daysAtAge(born: string, age: number): Interval {
  const [first, last] = dateBounds(born);
  return { from: addYears(first, age), to: addDays(addYears(last, age + 1), -1) };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * When an article can be speaking from. Dated: the publication day (and the month before it, for copy
 * written ahead). Undated: the date is unknown, any day up to today; each checker then asks whether
 * some single day makes the article's claims true together, not whether they are true today.
 */
export interface ArticleTime {
  from: Date;
  to: Date;
  dated: boolean;
  /** Today: no article is written later, and no age above today's can be true. */
  now: Date;
}

/** `published`: the page's date (YYYY-MM-DD) when known. */
export function articleTime(published: string | undefined, now: Date): ArticleTime {
  if (published) {
    const to = toDate(published);
    return { from: addDays(to, -30), to, dated: true, now };
  }
  return { from: new Date(Date.UTC(1900, 0, 1)), to: now, dated: false, now };
}
