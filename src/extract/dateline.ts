import { calendarDate, MONTH_NAME, WEEKDAY } from './published-date';

/*
 * Datelines of plain-text articles, for the CLI's .txt files (kept apart from published-date.ts so the
 * content script, which reads pages, does not carry these patterns).
 */

const DAY_MS = 86_400_000;

/** Lines of a plain-text article read for a dateline. */
const DATELINE_LINES = 5;
const DATE_IN_LINE = new RegExp(
  `(?:${WEEKDAY})?(?:(?:${MONTH_NAME})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAME}),?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?)`,
  'i',
);
const DATELINE = new RegExp(
  `^(?:(?:first\\s+)?(?:published|posted|date|dated)(?:\\s+on)?\\s*:?\\s*|by\\s+[^|\\n]{1,60}?\\s*[|,\u00b7\u2022\u2013\u2014-]\\s*)?(${DATE_IN_LINE.source})` +
    `(?:\\s*(?:,|at|\\||\u00b7)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?\\s*$`,
  'i',
);

/**
 * A dateline at the head of a plain-text article ("March 14, 2017", "14 March 2017", "2017-03-14",
 * "Published: Tue, March 14, 2017 at 9:30 am", "By A Writer | March 14, 2017"): a line of its own among
 * the first few, above the body text. "Updated ..." lines are not datelines (a modified date is not a published one).
 */
export function datelineDate(text: string, now: Date = new Date()): string | undefined {
  const latest = new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
  const lines = text.slice(0, 2000).split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, DATELINE_LINES);
  for (const [i, line] of lines.entries()) {
    const m = line.length <= 100 ? DATELINE.exec(line) : null;
    const d = m ? calendarDate(m[1]!) : undefined;
    if (d && d <= latest) return d;
    // Body text has begun (a sentence after the headline): a date on a line below it is quoted, not a dateline.
    if (i > 0 && (line.length > 100 || /[.:!?"\u201D]$/.test(line))) return undefined;
  }
  return undefined;
}

