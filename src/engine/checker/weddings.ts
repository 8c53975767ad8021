import type { Person } from '../../facts/schema';
import type { Finding } from '../types';
import { formatDate } from './dates';
import { contradiction, HEDGED, mentionsWithin, quoted, sentencesWith, type CheckContext, type ClaimChecker } from './context';
import { isPerson, marriagesOf, settledBy } from './family';

// The words of a wedding: found in the one pass, then read around the two names.
export const WEDDING = /\b(?:married|marries|marry|wed|weds|wedded|wedding|nuptials|tied\s+the\s+knot|exchanged\s+(?:wedding\s+)?vows|husband|wife)\b/i;
const ADVERB = String.raw`(?:(?:secretly|quietly|finally|officially|privately|legally|just|reportedly)\s+)?`;
const VOWS = String.raw`(?:got\s+married|married|wed|tied\s+the\s+knot|exchanged\s+(?:wedding\s+)?vows)`;
/** Text between two names that says the first married the second: "X secretly married Y", "X's wedding to Y", "X's husband, Y". */
const BETWEEN = [
  new RegExp(String.raw`^\s+(?:has\s+|have\s+|had\s+)?${ADVERB}(?:married|marries|wed|weds)\s+(?:to\s+)?$`, 'i'),
  new RegExp(String.raw`^\s+(?:is|was)\s+(?:now\s+)?${ADVERB}married\s+to\s+$`, 'i'),
  new RegExp(String.raw`^'s?\s+(?:secret\s+|surprise\s+|private\s+|lavish\s+)?(?:wedding|marriage|nuptials)\s+(?:to|with)\s+$`, 'i'),
  new RegExp(String.raw`^'s?\s+(?:husband|wife),?\s+$`, 'i'),
  new RegExp(String.raw`^\s+and\s+(?:her|his)\s+(?:husband|wife),?\s+$`, 'i'),
];
/** After "X and Y": "... secretly got married", "... tied the knot". */
const AFTER_PAIR = new RegExp(String.raw`^\s+(?:have\s+|had\s+|are\s+|were\s+)?${ADVERB}(?:${VOWS})\b`, 'i');
const PAIR = /^\s+and\s+$/i;

/**
 * A wedding between two listed people that the records do not have: "X secretly married Y", "X and Y tied the
 * knot", "X's husband, Y". Contradicted only where one of them has a complete record as of a date the article
 * is not written after; hedged, denied or quoted claims are left alone.
 */
export const checkWeddings: ClaimChecker = (ctx) => {
  const out: Finding[] = [];
  for (const s of sentencesWith(ctx, WEDDING)) {
    const text = ctx.normalized.slice(s.start, s.end);
    if (HEDGED.test(text) || /\b(?:will|to\s+marry|set\s+to|plans?|engaged|fianc\w*)\b/i.test(text)) continue;
    const named = mentionsWithin(ctx, s.start, s.end);
    for (let i = 0; i + 1 < named.length; i++) {
      const a = named[i]!;
      const b = named[i + 1]!;
      if (a.person === b.person) continue;
      const between = ctx.normalized.slice(a.end, b.start);
      const direct = BETWEEN.some((re) => re.test(between));
      const pair = PAIR.test(between) && AFTER_PAIR.exec(ctx.normalized.slice(b.end, s.end));
      if (!direct && !pair) continue;
      const span = { start: a.start, end: pair ? b.end + pair[0].length : b.end };
      if (quoted(ctx, span.start, span.end)) continue;
      const finding = judge(ctx, a.person, b.person, span);
      if (finding) out.push(finding);
    }
  }
  return out;
};

function judge(ctx: CheckContext, a: Person, b: Person, span: { start: number; end: number }): Finding | undefined {
  if (marriagesOf(ctx.facts, a).some((m) => m.spouses.some((x) => isPerson(x, b)))) return undefined;
  const settled = [a, b].find((p) => settledBy(ctx, p));
  if (!settled) return undefined;
  const complete = settledBy(ctx, settled)!;
  const list = marriagesOf(ctx.facts, settled).map((m) => {
    const other = m.spouses.find((x) => !isPerson(x, settled)) ?? m.spouses[1];
    return `${ctx.facts.people.find((q) => q.id === other)?.name ?? other} (${m.married.slice(0, 4)})`;
  });
  return contradiction('wedding-claim', span, `Speaks of a marriage between ${a.name} and ${b.name}; none is on record.`, {
    fact: `No marriage between ${a.name} and ${b.name} is on record as of ${formatDate(complete)}; ${settled.name}'s marriages: ${list.length ? list.join(', ') : 'none'}.`,
    source: settled.source,
    asOf: complete,
  });
}
