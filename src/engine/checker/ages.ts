import type { Person } from '../../facts/schema';
import { ageOn, formatDate, isoDay } from './dates';
import { claimMatches, contradiction, resolvePronoun, sentenceAt, type CheckContext, type ClaimChecker } from './context';
import type { Finding } from '../types';
import { firstFrom } from '../text';

// Shapes that pin an age on a named person: "Cruise, 62,", "Cruise (62)", "Cruise turned 63".
const AFTER_NAME = [
  /^(?:'s)?,\s+(?:now\s+|who\s+is\s+|who\s+turned\s+|aged\s+)?(\d{1,3})(?=\s*[,.;:)\u2013\u2014-]|\s+(?:and|is|was|has|had|who|said|says|told|tells)\b)/,
  /^\s+\((\d{1,3})\)/,
  /^(?:'s)?\s+(?:just\s+)?(?:turned|turns|is\s+now)\s+(\d{1,3})\b(?![\d,.]\d|\s*(?:%|percent|million|times|years?\s+(?:ago|since|later)))/,
];
// "at 59, Keanu", "62-year-old Tom Cruise".
const BEFORE_NAME = [/\b(?:at|aged)\s+(\d{1,3}),\s*$/i, /\b(\d{1,3})-year-old\s+(?:[\w'.:-]+\s+){0,3}$/i];
// "At 37, she was": the pronoun is resolved from the sentences around it.
export const PRONOUN_AGE = /\b(?:at|aged)\s+(\d{1,3}),\s+(?:she|he)\b/i;
const PAST_CONTEXT = /\b(?:when|back\s+then|at\s+the\s+time|years\s+ago|decades\s+ago|once)\b/i;

interface AgeClaim {
  person: Person;
  age: number;
  start: number;
  end: number;
}

export const checkAges: ClaimChecker = (ctx) => {
  const claims: AgeClaim[] = [];
  // Every age is a number: a name with no digit near it (most names) is passed over without reading around it.
  const digitFrom = firstFrom(ctx.normalized, /\d/g);
  for (const m of ctx.mentions) {
    if (digitFrom(m.start - 60) >= m.end + 40) continue;
    const after = ctx.normalized.slice(m.end, m.end + 40);
    for (const re of AFTER_NAME) {
      const a = re.exec(after);
      if (a) claims.push({ person: m.person, age: Number(a[1]), start: m.start, end: m.end + a[0].length });
    }
    const before = ctx.normalized.slice(Math.max(0, m.start - 60), m.start);
    for (const re of BEFORE_NAME) {
      const b = re.exec(before);
      if (b) claims.push({ person: m.person, age: Number(b[1]), start: m.start - before.length + b.index, end: m.end });
    }
  }
  for (const p of claimMatches(ctx, PRONOUN_AGE)) {
    const person = resolvePronoun(ctx, p.index);
    if (person) claims.push({ person, age: Number(p[1]), start: p.index, end: p.index + p[0].length });
  }
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    const key = `${c.start}:${c.person.id}`;
    if (seen.has(key) || c.age < 1 || c.age > 120 || c.person.died) continue;
    seen.add(key);
    const finding = judgeAge(ctx, c);
    if (finding) out.push(finding);
  }
  return out;
};

interface SentenceTime {
  years: string[];
  past: boolean;
}

// Years and past-tense markers per sentence, computed once: an article that repeats a name thousands of
// times in one long sentence must not re-read that sentence for every mention.
const sentenceTimes = new WeakMap<object, Map<number, SentenceTime>>();

function sentenceTime(ctx: CheckContext, at: number): SentenceTime {
  let cache = sentenceTimes.get(ctx);
  if (!cache) sentenceTimes.set(ctx, (cache = new Map()));
  const sentence = sentenceAt(ctx, at);
  const key = sentence?.start ?? -1;
  let time = cache.get(key);
  if (!time) {
    const text = sentence ? ctx.normalized.slice(sentence.start, sentence.end) : '';
    time = { years: [...new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? [])], past: PAST_CONTEXT.test(text) };
    cache.set(key, time);
  }
  return time;
}

function judgeAge(ctx: CheckContext, c: AgeClaim): Finding | undefined {
  const { years, past } = sentenceTime(ctx, c.start);
  let from = ctx.time.from;
  let to = ctx.time.to;
  let tolerance = ctx.time.tolerance;
  if (years.length === 1) {
    // "In 1993, Keanu was 29": the age is as of that year, not the article's date.
    from = new Date(Date.UTC(Number(years[0]), 0, 1));
    to = new Date(Date.UTC(Number(years[0]), 11, 31));
    tolerance = 0;
  } else if (years.length > 1 || past) {
    return undefined;
  }
  const youngest = ageOn(c.person.born, from) - tolerance;
  const oldest = ageOn(c.person.born, to) + tolerance;
  if (c.age >= youngest && c.age <= oldest) return undefined;
  const actual = youngest + tolerance === oldest - tolerance ? `${oldest - tolerance}` : `${youngest + tolerance}–${oldest - tolerance}`;
  const when = years.length === 1 ? `in ${years[0]}` : ctx.time.dated ? `on ${isoDay(ctx.time.to)}` : 'around the time of writing';
  return contradiction(
    'age-claim',
    c,
    `Says ${c.person.name} is ${c.age}; the known birth date makes them ${actual} ${when}.`,
    { fact: `${c.person.name} was born on ${formatDate(c.person.born)}.`, source: c.person.source, asOf: c.person.asOf },
  );
}
