import type { Work } from '../../facts/schema';
import { normalizeForMatching } from '../text';
import { MONTH_NAME, formatDate, monthNumber, parsePartialDate } from './dates';
import { claimSpans, contradiction, HEDGED, type CheckContext, type ClaimChecker } from './context';
import { namesPattern, standsAlone } from './people';
import type { Finding } from '../types';

const RELEASE = new RegExp(
  String.raw`\b(?:out|released?|releases|releasing|hits?\s+(?:theaters|theatres|cinemas)|in\s+(?:theaters|theatres|cinemas)|premieres?|opens|arrives|slated\s+for\s+release|due|debuts?|lands)\s+(?:on\s+|in\s+)?(?:(${MONTH_NAME})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?|(${MONTH_NAME})\s+(\d{4})|(\d{4})|(${MONTH_NAME})(?!\s+(?:be|have|not|also)\b))\b`,
  'i',
);
// "the 2014 film X", "her 2017 album X"; "X (2014)".
const YEAR_BEFORE_TITLE = /\b(?:the|her|his|their|its|'s?)\s+((?:19|20)\d\d)\s+(?:film|movie|album|record|series|show|novel|book|memoir|blockbuster|hit|drama|comedy|thriller|biopic|documentary|musical|sequel)\s+["']?$/i;
const YEAR_AFTER_TITLE = /^["']?\s*\(((?:19|20)\d\d)\)/;
const DIRECTED = /\bdirected\s+by\s+((?:[A-Z][\w'.-]+\s?){1,4})/;

const titleIndex = new WeakMap<readonly Work[], RegExp>();

/** Every title and alias as a whole word, found in the engine's one pass. Case-sensitive: "Speed" the film, not "speed". */
export function titlePattern(works: readonly Work[]): RegExp {
  let re = titleIndex.get(works);
  if (!re) titleIndex.set(works, (re = namesPattern(works.flatMap((w) => [w.title, ...w.aliases]).map(normalizeForMatching))));
  return re;
}

const worksByTitle = new WeakMap<readonly Work[], Map<string, Work>>();

/** The work a title (or alias) names, as normalized text reads it; the first listed where two share one. */
function workByTitle(works: readonly Work[], title: string): Work | undefined {
  let byTitle = worksByTitle.get(works);
  if (!byTitle) {
    byTitle = new Map();
    for (const w of works) {
      for (const key of [w.title, ...w.aliases].map(normalizeForMatching)) if (!byTitle.has(key)) byTitle.set(key, w);
    }
    worksByTitle.set(works, byTitle);
  }
  return byTitle.get(title);
}

/** Release dates and directors stated in the same sentence as a film's title, against the record. */
export const checkWorks: ClaimChecker = (ctx) => {
  const out: Finding[] = [];
  // A title inside a longer word is no title: letters either side are checked as for names.
  const titles = claimSpans(ctx, titlePattern(ctx.facts.works)).filter((t) => standsAlone(ctx.normalized, t));
  // "X, the Y spin-off, opens on June 6": Y describes X, and what follows is said of X.
  const apposition = titles.map((t, i) => i > 0 && /^,\s+(?:the|a|an)\s+["']?$/i.test(ctx.normalized.slice(titles[i - 1]!.end, t.start)));
  titles.forEach((t, i) => {
    const work = workByTitle(ctx.facts.works, ctx.normalized.slice(t.start, t.end));
    if (!work || apposition[i] || isFranchiseReference(ctx.normalized, t.start, t.end)) return;
    const yearBefore = YEAR_BEFORE_TITLE.exec(ctx.normalized.slice(Math.max(0, t.start - 50), t.start));
    const yearAfter = YEAR_AFTER_TITLE.exec(ctx.normalized.slice(t.end, t.end + 10));
    const statedYear = yearBefore ?? yearAfter;
    if (statedYear && work.released.length && !work.released.some((r) => r.startsWith(statedYear[1]!))) {
      const start = yearBefore ? t.start - (Math.min(50, t.start) - yearBefore.index) : t.end;
      out.push(contradiction('release-date-claim', { start, end: yearBefore ? t.end : t.end + yearAfter![0].length }, `Dates ${work.title} to ${statedYear[1]}; the record does not.`, {
        fact: `${work.title} was released on ${work.released.map(formatDate).join(' / ')}.`, source: work.source, asOf: work.asOf,
      }));
    }
    // A claim belongs to the nearest title before it: the tail stops at the next title (not one in apposition) or the sentence end.
    let next = i + 1;
    while (apposition[next]) next++;
    const tailEnd = Math.min(t.end + 200, titles[next]?.start ?? Infinity);
    const tail = ctx.normalized.slice(t.end, tailEnd).split(/[.!?](?:\s|$)/)[0]!;
    if (HEDGED.test(tail.replace(/\bmay\b/gi, ''))) return;
    const release = RELEASE.exec(tail);
    if (release && work.released.length) {
      const finding = judgeRelease(ctx, work, release, t.end);
      if (finding) out.push(finding);
    }
    const directed = DIRECTED.exec(tail);
    if (directed && work.directors.length) {
      const named = directed[1]!.trim();
      const surname = named.split(/\s+/).at(-1)!.toLowerCase();
      if (!work.directors.some((d) => d.toLowerCase().includes(surname))) {
        const start = t.end + directed.index;
        out.push(contradiction('director-claim', { start, end: start + directed[0].trimEnd().length }, `Credits ${named} with directing ${work.title}; the record names ${work.directors.join(' and ')}.`, {
          fact: `${work.title} was directed by ${work.directors.join(' and ')}.`, source: work.source, asOf: work.asOf,
        }));
      }
    }
  });
  return out;
};

/** "the fifth "John Wick" movie" names a franchise, not the film whose date follows. */
function isFranchiseReference(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 20);
  return /\b(?:the|a|another)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|next|new|\d+(?:st|nd|rd|th))\s+"?$/i.test(before) &&
    /^"?\s+(?:movie|film|installment|instalment|entry|chapter|franchise|series|sequel)/i.test(after);
}

function judgeRelease(ctx: CheckContext, work: Work, m: RegExpExecArray, offset: number): Finding | undefined {
  const month = m[1] ? monthNumber(m[1]) : m[4] ? monthNumber(m[4]) : m[7] ? monthNumber(m[7]) : undefined;
  const day = m[2] ? Number(m[2]) : undefined;
  const year = m[3] ? Number(m[3]) : m[5] ? Number(m[5]) : m[6] ? Number(m[6]) : undefined;
  const matches = work.released.some((r) => {
    const d = parsePartialDate(r);
    return (month === undefined || d.month === month) && (day === undefined || d.day === day) && (year === undefined || d.year === year);
  });
  if (matches) return undefined;
  const start = offset + m.index;
  return contradiction('release-date-claim', { start, end: start + m[0].length }, `Gives ${work.title} a release date the record does not have.`, {
    fact: `${work.title} was released on ${work.released.map(formatDate).join(' / ')}.`, source: work.source, asOf: work.asOf,
  });
}
