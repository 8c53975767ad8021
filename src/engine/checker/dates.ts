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

/**
 * The span of time an article can be speaking from. Dated: the publication day (and the month
 * before it, for copy written ahead), no tolerance. Undated: anywhere from the latest year it
 * mentions up to today, with a year's tolerance, since an undated article may be old.
 */
export interface ArticleTime {
  from: Date;
  to: Date;
  tolerance: number;
  dated: boolean;
}

const DAY = 86_400_000;

/** `years`: the four-digit years the article mentions (19xx, 20xx), as the one pass found them. */
export function articleTime(years: Iterable<number>, published: string | undefined, now: Date): ArticleTime {
  if (published) {
    const to = toDate(published);
    return { from: new Date(to.getTime() - 30 * DAY), to, tolerance: 0, dated: true };
  }
  let latest = 0;
  for (const y of years) if (y <= now.getUTCFullYear() && y > latest) latest = y;
  const yearAgo = new Date(now.getTime() - 365 * DAY);
  const from = latest && latest < yearAgo.getUTCFullYear() ? new Date(Date.UTC(latest, 0, 1)) : yearAgo;
  return { from, to: now, tolerance: 1, dated: false };
}
