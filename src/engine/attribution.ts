import { spansOverlapping, type Span } from './text';

/**
 * Widens an attribution ("the source told Page Six") to the quotation it introduces or closes, so the
 * quoted words are marked as resting on that source too. Only a quote that touches the attribution
 * (a comma, colon or a few words apart) counts; text further away belongs to someone else.
 */
export function widenToAttributedQuote(normalized: string, quotations: readonly Span[], at: Span): Span {
  let { start, end } = at;
  // Quote just before: “…,” the source said.
  const beforeIndex = spansOverlapping(quotations, Math.max(0, start - 4), start).at(-1);
  const before = beforeIndex === undefined ? undefined : quotations[beforeIndex];
  if (before && before.end <= start && /^[\s,]*$/.test(normalized.slice(before.end, start))) start = before.start;
  // Quote just after, within the same sentence: the insider said, “…” / told In Touch: “…”
  const lookahead = normalized.slice(end, end + 80);
  const lead = /^[^.!?"\n]{0,60}?[,:]\s*(?=")/.exec(lookahead);
  if (lead) {
    const afterIndex = spansOverlapping(quotations, end + lead[0].length, end + lead[0].length + 1)[0];
    const after = afterIndex === undefined ? undefined : quotations[afterIndex];
    if (after && after.start === end + lead[0].length) end = after.end;
  }
  return { start, end };
}
