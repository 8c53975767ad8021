import { formatDate, toDate } from './dates';
import { contradiction, mentionsWithin, sentencesWith, type ClaimChecker } from './context';
import type { Finding } from '../types';

export const DEATH = /\b(?:died|dies|dead|passed\s+away|was\s+killed|lost\s+(?:his|her|their)\s+life|death\s+of|funeral\s+of|RIP)\b/i;
const DENIAL = /\b(?:hoax|fake|false|not\s+dead|alive|rumou?r\w*|debunk\w*|death\s+threats?|near-death|brush\s+with\s+death|death\s+of\s+(?:the|a|an|her|his|their)\b|dead\s+(?:tired|serious|set|wrong|ringer|end))/i;

// "her parents died", "his best friend's death": a relative's or friend's death, not the named person's.
const SOMEONE_ELSE = /\b(?:parents?|mother|father|mom|dad|brother|sister|son|daughter|husband|wife|friend|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin|pet|dog|manager|co-?star|fan)s?(?:'s?)?\s+(?:[\w'-]+\s+){0,2}$/i;

/** "Rihanna died in a crash" about someone the facts list as living (as of their date) is contradicted. */
export const checkDeaths: ClaimChecker = (ctx) => {
  const out: Finding[] = [];
  for (const s of sentencesWith(ctx, DEATH)) {
    const text = ctx.normalized.slice(s.start, s.end);
    const claim = DEATH.exec(text);
    if (!claim || DENIAL.test(text)) continue;
    const named = mentionsWithin(ctx, s.start, s.end);
    // The death must be the named person's: the name sits within a few words of the death word.
    // The death must be the named person's: the name shortly before the death word ("Rihanna ... died",
    // "Rihanna dead at 37") or right after it ("the death of Rihanna").
    const at = s.start + claim.index;
    const person = named.find((m) => (m.end <= at && at - m.end < 70) || (m.start >= at && m.start - at < 12))?.person;
    if (!person || person.died) continue;
    if (SOMEONE_ELSE.test(text.slice(Math.max(0, claim.index - 40), claim.index))) continue;
    if (ctx.time.dated && ctx.time.to > toDate(person.asOf)) continue;
    const span = { start: s.start + claim.index, end: s.start + claim.index + claim[0].length };
    out.push(contradiction('death-claim', span, `Reports ${person.name} dead; the known facts list ${person.name} as living.`, {
      fact: `${person.name} (born ${formatDate(person.born)}) is living as of ${formatDate(person.asOf)}.`,
      source: person.source,
      asOf: person.asOf,
    }));
  }
  return out;
};
