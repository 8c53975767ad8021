import { formatDate, toDate } from './dates';
import { contradiction, mentionsWithin, quoted, sentencesWith, type ClaimChecker } from './context';
import type { Finding } from '../types';
import { normalizeForMatching } from '../text';
import type { Mention } from './people';

export const DEATH = /\b(?:died|dies|dead|passed\s+away|was\s+killed|were\s+killed|killed\s+in|lost\s+(?:his|her|their)\s+lives?|among\s+(?:those|the\s+\w+)\s+(?:lost|killed|dead)|death\s+of|passing\s+of|funeral\s+of|RIP)\b/i;
const DENIAL = /\b(?:hoax|fake|false|claim\w*|conspirac\w*|theor\w*|not\s+dead|isn't\s+dead|alive|rumou?r\w*|debunk\w*|death\s+threats?|near-death|brush\s+with\s+death|(?:death|passing)\s+of\s+(?:the|a|an|her|his|their|my|our|your)\b|dead\s+(?:tired|serious|set|wrong|ringer|end|heat|silence)|left\s+(?:\w+\s+)?for\s+dead|dead\s+(?:of\s+)?(?:winter|night))/i;

// "her parents died", "his best friend's death": a relative's or friend's death, not the named person's.
const RELATIVE = String.raw`(?:parents?|mother|father|mom|mum|dad|brother|sister|son|daughter|husband|wife|friend|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin|pet|dog|cat|manager|co-?star|fan|ex|fianc[eé]e?|boyfriend|girlfriend|partner|nephew|niece|stepfather|stepmother|baby|child|children|kids?)`;
const SOMEONE_ELSE = new RegExp(String.raw`\b${RELATIVE}s?(?:'s?)?\s+(?:[\w'-]+\s+){0,2}$`, 'i');
// "the old Taylor is dead", "the Taylor of old": a persona, not the person.
const PERSONA = /\b(?:the\s+(?:old|young|new|former)\s+$)/i;
// What may stand between a name and its own death words: an apposition, an auxiliary, an adverb ("X, 81, has sadly died").
const SUBJECT_GAP = /^(?:\s*,\s*[^,.;:!?]{1,50},)?\s*(?:(?:has|have|had|was|is|were|reportedly|tragically|suddenly|sadly|unexpectedly|peacefully|just|now|also|officially|who|,)\s*)*$/i;

/**
 * "Rihanna died in a crash" about someone the facts list as living is contradicted, undated or dated up to the
 * facts' as-of date. The death must be the person's own: their name is the subject just before the death words
 * ("X died", "X was among those killed") or the object right after them ("the death of X"), not a possessor
 * ("the death of X's mother"), not a persona ("the old X is dead"), and not inside a quotation (a lyric, a slogan).
 */
export const checkDeaths: ClaimChecker = (ctx) => {
  const out: Finding[] = [];
  for (const s of sentencesWith(ctx, DEATH)) {
    const text = ctx.normalized.slice(s.start, s.end);
    const claim = DEATH.exec(text);
    if (!claim || DENIAL.test(text)) continue;
    const at = s.start + claim.index;
    const end = at + claim[0].length;
    const named = mentionsWithin(ctx, s.start, s.end);
    const subject = named.filter((m) => m.end <= at && SUBJECT_GAP.test(ctx.normalized.slice(m.end, at))).at(-1);
    const object = /(?:of|RIP)$/i.test(claim[0]) ? named.find((m) => m.start >= end && (m.start - end < 12 || closingApposition(ctx.normalized, m, s.end))) : undefined;
    const mention = object ?? subject;
    if (!mention || !ownDeath(ctx.normalized, mention, at, end)) continue;
    const person = mention.person;
    if (person.died) continue;
    // In quotes (a lyric, a headline), only the full name is taken as the person: "the old Taylor is dead" is a persona.
    if (quoted(ctx, at, end) && !isFullName(ctx.normalized.slice(mention.start, mention.end), person)) continue;
    // A dated article after the facts' date may know of a death we do not.
    if (ctx.time.dated && ctx.time.to > toDate(person.asOf)) continue;
    out.push(contradiction('death-claim', { start: at, end }, `Reports ${person.name} dead; the known facts list ${person.name} as living.`, {
      fact: `${person.name} (born ${formatDate(person.born)}) is living as of ${formatDate(person.asOf)}.`,
      source: person.source,
      asOf: person.asOf,
    }));
  }
  return out;
};

/** Whether the death words at [at, end) are said of the mentioned person, not of someone theirs. */
function ownDeath(text: string, m: Mention, at: number, end: number): boolean {
  if (/^'s?\b|^'(?!\w)/.test(text.slice(m.end, m.end + 3))) return false; // "X's mother died", "the death of X's mother"
  if (quotedName(text, m)) return false;
  if (PERSONA.test(text.slice(Math.max(0, m.start - 20), m.start))) return false;
  if (m.end <= at) {
    const between = text.slice(m.end, at);
    if (SOMEONE_ELSE.test(text.slice(Math.max(0, at - 40), at)) && new RegExp(`\\b${RELATIVE}`, 'i').test(between)) return false;
    if (new RegExp(String.raw`\b(?:and|with)\s+(?:her|his|their)\s+${RELATIVE}\b`, 'i').test(between)) return false;
  }
  return true;
}

/** "the passing of one of the most beloved figures in film, X.": the name closes the sentence after a comma. */
function closingApposition(text: string, m: Mention, sentenceEnd: number): boolean {
  return /,\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && /^\W*$/.test(text.slice(m.end, sentenceEnd));
}

function isFullName(text: string, p: { name: string; aliases: string[] }): boolean {
  return [p.name, ...p.aliases].some((n) => normalizeForMatching(n) === text);
}

/** A name written inside quotation marks right around it ("'Taylor'") is a character or a title. */
function quotedName(text: string, m: Mention): boolean {
  return /["“]$/.test(text.slice(Math.max(0, m.start - 1), m.start)) && /^["”]/.test(text.slice(m.end, m.end + 1));
}
