import type { Person } from '../../facts/schema';
import { addDays, addYears, dateBounds, daysAtAge, formatDate, toDate, isoDay, MONTH_NAME, monthNumber, ordinal, overlaps, parsePartialDate, type Interval } from './dates';
import { claimMatches, contradiction, mentionsWithin, quoted, resolvePronoun, sentenceAt, type CheckContext, type ClaimChecker } from './context';
import type { Mention } from './people';
import type { Finding } from '../types';
import { firstFrom } from '../text';
import { nthBirthdayClaims } from './birthdays';

// Shapes that pin an age on a named person: "Cruise, 62,", "Cruise (62)", "Cruise turned 63", "Cruise was 61 years old".
const AFTER_NAME = [
  /^,\s+(?:now\s+|who\s+is\s+|who\s+turned\s+|aged\s+)?(\d{1,3})(\s+years?\s+old)?(?=\s*[,.;:)\u2013\u2014-]|\s+(?:and|is|was|has|had|who|said|says|told|tells)\b|\s*$)/,
  /^\s+\((\d{1,3})\)/,
  /^\s+(?:just\s+)?(?:turned|turns|is\s+now)\s+(\d{1,3})\b(?![\d,.]\d|\s*(?:%|percent|million|times|years?\s+(?:ago|since|later)))/,
  /^\s+(?:was|is)\s+(?:just\s+|only\s+)?(\d{1,3})(\s+years?\s+old)\b/,
];
// "at 59, Keanu"; "62-year-old Tom Cruise", "the 36-year-old actor Tom Cruise" (the words between are checked in code).
const AT_AGE = /\b(?:at|aged)\s+(\d{1,3}),\s*$/i;
const YEAR_OLD = /\b(\d{1,3})-year-old\s+((?:[\w'.:-]+\s+){0,3})$/i;
// "At 37, she was": the pronoun is resolved from the sentences around it.
export const PRONOUN_AGE = /\b(?:at|aged)\s+(\d{1,3}),\s+(she|he)\b/i;
const PAST_CONTEXT = /\b(?:when|back\s+then|at\s+the\s+time|years\s+ago|decades\s+ago|once|since)\b/i;
// Words between "N-year-old" and a name that make the age someone else's: "the 36-year-old wife of X".
const NOT_APPOSITION = /^(?:of|for|to|with|and|or|by|from|at|in|on|'s?|-+|[^\w\s]+)$|'s?$/i;

interface AgeClaim {
  person: Person;
  age: number;
  start: number;
  end: number;
  /** "Clint was 61 years old": a story told in the past, whose day may be the one date the article states. */
  pastStory: boolean;
}

/** When an article's claims put it: the days each claim can be true, to be judged together for an undated article. */
interface TimeClaim {
  span: { start: number; end: number };
  days: Interval;
  /** When no day fits: the message and evidence, given the window it was judged against (undefined: no single day). */
  report: (when: string) => Finding;
}

export const checkAges: ClaimChecker = (ctx) => {
  const out: Finding[] = [];
  const present: TimeClaim[] = [];
  const story = storyDate(ctx);
  for (const c of ageClaims(ctx)) {
    if (c.age < 0 || c.age > 120 || c.person.died) continue;
    const days = daysAtAge(c.person.born, c.age);
    const claim: TimeClaim = {
      span: c,
      days,
      report: (when) => {
        const born = c.person.born;
        return contradiction('age-claim', c, `Says ${c.person.name} is ${c.age}; the known birth date makes that true only from ${formatDate(isoDay(days.from))} to ${formatDate(isoDay(days.to))}, not ${when}.`, {
          fact: `${c.person.name} was born ${/^\d{4}$/.test(born) ? 'in' : 'on'} ${formatDate(born)}.`,
          source: c.person.source,
          asOf: c.person.asOf,
        });
      },
    };
    const window = referenceWindow(ctx, c.start, c.pastStory ? story : undefined);
    if (window === 'unknown') continue;
    if (window) {
      if (!overlaps(days, window.days)) out.push(claim.report(window.label));
    } else present.push(claim);
  }
  for (const b of nthBirthdayClaims(ctx)) {
    if (b.person.died) continue;
    const [first, last] = dateBounds(b.person.born);
    // An article about an Nth birthday sits within months of it.
    const days = { from: addDays(addYears(first, b.nth), -120), to: addDays(addYears(last, b.nth), 120) };
    const year = parsePartialDate(b.person.born).year + b.nth;
    const claim: TimeClaim = {
      span: b,
      days,
      report: (when) => contradiction('birthday-claim', b, `Speaks of ${b.person.name}'s ${ordinal(b.nth)} birthday, which ${year > ctx.time.now.getUTCFullYear() ? 'falls' : 'fell'} in ${year}, not ${when}.`, {
        fact: `${b.person.name} was born on ${formatDate(b.person.born)}.`, source: b.person.source, asOf: b.person.asOf,
      }),
    };
    const window = referenceWindow(ctx, b.start, undefined);
    if (window === 'unknown') continue;
    // A birthday is judged alone: "his 43rd birthday" may look back on a party years ago.
    if (window) {
      if (!overlaps(days, window.days)) out.push(claim.report(window.label));
    } else if (ctx.time.dated) {
      if (!overlaps(days, ctx.time)) out.push(claim.report(`around ${formatDate(isoDay(ctx.time.to))}`));
    } else if (days.from > ctx.time.now) out.push(claim.report('by today'));
  }
  present.push(...sinceDeathClaims(ctx));
  out.push(...judgeTogether(ctx, present));
  return out;
}

/**
 * Present-tense claims. Dated: each must be true at the publication date. Undated: one that is true only after
 * today is contradicted, and so is one that no other claim of the article can be true with on the same day.
 */
function judgeTogether(ctx: CheckContext, claims: TimeClaim[]): Finding[] {
  const { time } = ctx;
  if (time.dated) {
    const window = { from: time.from, to: time.to };
    return claims.filter((c) => !overlaps(c.days, window)).map((c) => c.report(`on ${formatDate(isoDay(time.to))}`));
  }
  const out: Finding[] = [];
  const possible: TimeClaim[] = [];
  for (const c of claims) {
    if (c.days.from > time.now) out.push(c.report('by today'));
    else possible.push(c);
  }
  if (possible.length < 2) return out;
  // A claim no other age in the article can be true with is contradicted (two that cannot both be true: both).
  // Where claims split into camps that each agree within ("Klum, 38" twice against four children's ages carried
  // from another year), which camp is wrong is unclear, and none is flagged.
  // Sorted by first day, a claim overlaps another iff an earlier one reaches its first day or the next starts by its last.
  const sorted = possible.slice().sort((a, b) => a.days.from.getTime() - b.days.from.getTime());
  let reach = -Infinity;
  sorted.forEach((c, i) => {
    const next = sorted[i + 1];
    const alone = reach < c.days.from.getTime() && !(next && next.days.from <= c.days.to);
    if (alone) out.push(c.report('on any one date with the other ages this article gives'));
    reach = Math.max(reach, c.days.to.getTime());
  });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The window an age is stated for: a year in its own sentence ("In 1993, Keanu was 29"), or, for a story told in the
 * past, the one date the article gives; `undefined` for the article's own time; 'unknown' when the sentence speaks of
 * some other time it does not say ("back then", two years).
 */
function referenceWindow(ctx: CheckContext, at: number, story: Date | undefined): { days: Interval; label: string } | 'unknown' | undefined {
  const { past } = sentenceTime(ctx, at);
  // Only a year before the claim sets its time ("In 1993, Keanu, 29"): one after it belongs to another clause
  // ("X, 33, began dating Y in 2015").
  const sentence = sentenceAt(ctx, at);
  const years = [...new Set(ctx.normalized.slice(sentence?.start ?? at, at).match(/\b(?:19|20)\d\d\b/g) ?? [])];
  if (years.length === 1) {
    const y = Number(years[0]);
    return { days: { from: new Date(Date.UTC(y, 0, 1)), to: new Date(Date.UTC(y, 11, 31)) }, label: `in ${y}` };
  }
  if (years.length > 1 || past) return 'unknown';
  if (story) return { days: { from: story, to: story }, label: `on ${formatDate(isoDay(story))}, the date the article gives` };
  return undefined;
}

function ageClaims(ctx: CheckContext): AgeClaim[] {
  const claims: AgeClaim[] = [];
  // Every age is a number: a name with no digit near it (most names) is passed over without reading around it.
  const digitFrom = firstFrom(ctx.normalized, /\d/g);
  const read = (m: Mention) => {
    if (digitFrom(m.start - 60) >= m.end + 40) return;
    const after = ctx.normalized.slice(m.end, m.end + 40);
    for (const re of AFTER_NAME) {
      const a = re.exec(after);
      if (a) {
        const pastStory = a[2] !== undefined && /\b(?:was|were)\b/i.test(sentenceText(ctx, m.start));
        claims.push({ person: m.person, age: Number(a[1]), start: m.start, end: m.end + a[0].length, pastStory });
      }
    }
    // An age before a possessive name is the possessed one's: "the 11-year-old son of X", "36-year-old X's wife".
    if (/^'s?\b|^'(?!\w)/.test(after)) return;
    const before = ctx.normalized.slice(Math.max(0, m.start - 60), m.start);
    const at = AT_AGE.exec(before);
    if (at) claims.push({ person: m.person, age: Number(at[1]), start: m.start - before.length + at.index, end: m.end, pastStory: false });
    const old = YEAR_OLD.exec(before);
    if (old && apposition(old[2]!)) claims.push({ person: m.person, age: Number(old[1]), start: m.start - before.length + old.index, end: m.end, pastStory: false });
  };
  ctx.mentions.forEach(read);
  ctx.childMentions.forEach(read);
  for (const p of claimMatches(ctx, PRONOUN_AGE)) {
    const person = resolvePronoun(ctx, p.index, p[2]!);
    if (person) claims.push({ person, age: Number(p[1]), start: p.index, end: p.index + p[0].length, pastStory: false });
  }
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.start}:${c.person.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The words between "N-year-old" and a name describe the name ("actor", "Top Gun star", "makeup mogul sister") only
 * when none links to another noun ("wife of", "Suri -") and the last is a common noun, not another name.
 */
function apposition(between: string): boolean {
  const words = between.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  if (words.some((w) => NOT_APPOSITION.test(w))) return false;
  return /^[a-z]/.test(words.at(-1)!);
}

interface SentenceTime {
  years: string[];
  past: boolean;
}

// Years and past-tense markers per sentence, computed once: an article that repeats a name thousands of
// times in one long sentence must not re-read that sentence for every mention.
const sentenceTimes = new WeakMap<object, Map<number, SentenceTime>>();

function sentenceText(ctx: CheckContext, at: number): string {
  const sentence = sentenceAt(ctx, at);
  return sentence ? ctx.normalized.slice(sentence.start, sentence.end) : '';
}

function sentenceTime(ctx: CheckContext, at: number): SentenceTime {
  let cache = sentenceTimes.get(ctx);
  if (!cache) sentenceTimes.set(ctx, (cache = new Map()));
  const key = sentenceAt(ctx, at)?.start ?? -1;
  let time = cache.get(key);
  if (!time) {
    const text = sentenceText(ctx, at);
    time = { years: [...new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? [])], past: PAST_CONTEXT.test(text) };
    cache.set(key, time);
  }
  return time;
}

const FULL_DATE = new RegExp(String.raw`\b(?:(${MONTH_NAME})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAME})\.?,?\s+((?:19|20)\d\d))\b`, 'gi');

/** The one full date an article gives for its story ("The date was May 22nd, 1991"), birth dates aside; none when it gives several. */
function storyDate(ctx: CheckContext): Date | undefined {
  if (!/\d{4}/.test(ctx.normalized)) return undefined;
  const found = new Set<string>();
  for (const m of ctx.normalized.matchAll(FULL_DATE)) {
    if (/\bborn\b[^.]{0,30}$/i.test(ctx.normalized.slice(Math.max(0, m.index - 40), m.index))) continue;
    const month = monthNumber(m[1] ?? m[5]!);
    const day = Number(m[2] ?? m[4]);
    const year = Number(m[3] ?? m[6]);
    if (!month || day < 1 || day > 31) continue;
    found.add(isoDay(new Date(Date.UTC(year, month - 1, day))));
    if (found.size > 1) return undefined;
  }
  const [only] = found;
  return only ? new Date(`${only}T00:00:00Z`) : undefined;
}

// "After 52 years, ... Elvis' death", "For 30 years, the world believed ... how X died": the time since a death.
export const YEARS_SINCE = /\b(after|for|nearly|almost|over|more\s+than)\s+(\d{1,3})\s+years\b/i;
const DEATH_NEAR = /^(?:'s?)?\s*(?:\w+\s+){0,2}?(?:death|died|passing|passed|murder|killing)\b|\b(?:death|passing|murder|killing)\s+of\s+$/i;

/** How long ago a listed person died, as the article counts it: puts the article at that many years after the death. */
function sinceDeathClaims(ctx: CheckContext): TimeClaim[] {
  const out: TimeClaim[] = [];
  for (const m of claimMatches(ctx, YEARS_SINCE)) {
    const sentence = sentenceAt(ctx, m.index);
    if (!sentence || quoted(ctx, m.index, m.index + m[0].length)) continue;
    const { years, past } = sentenceTime(ctx, m.index);
    if (years.length || past) continue;
    const dead = mentionsWithin(ctx, sentence.start, sentence.end).filter((x) => x.person.died &&
      (DEATH_NEAR.test(ctx.normalized.slice(x.end, x.end + 40)) || DEATH_NEAR.test(ctx.normalized.slice(Math.max(sentence.start, x.start - 20), x.start))));
    const people = new Set(dead.map((x) => x.person));
    if (people.size !== 1) continue;
    const person = dead[0]!.person;
    const n = Number(m[2]);
    const died = toDate(person.died!);
    const kind = m[1]!.toLowerCase();
    const days = /nearly|almost/.test(kind)
      ? { from: addYears(died, n - 1), to: addYears(died, n) }
      : /over|more/.test(kind)
        ? { from: addYears(died, n), to: new Date(Date.UTC(9999, 0, 1)) }
        : { from: addYears(died, n - 1), to: addYears(died, n + 1) };
    const span = { start: m.index, end: m.index + m[0].length };
    out.push({
      span,
      days,
      report: (when) => contradiction('years-since-claim', span, `Counts ${n} years since ${person.name}'s death, which puts the article in ${died.getUTCFullYear() + n}, not ${when}.`, {
        fact: `${person.name} died on ${formatDate(person.died!)}.`, source: person.source, asOf: person.asOf,
      }),
    });
  }
  return out;
}
