import type { Span } from './text';

// "told E! News on Friday", "tells Us Weekly exclusively", "said": the verb and the outlet it names.
const ATTRIBUTION_TAIL = /^[^.!?"\n]{0,60}?\b(?:told|tells|tell|said|says|say|revealed|reveals|added|adds|dished|spilled|explained|confirmed|shared|claimed|noted)\b(?:\s+(?:to\s+)?(?:[A-Z][\w!.'&-]*(?:\s+|$)){1,4})?(?:\s*(?:exclusively|EXCLUSIVELY|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|at\s+the\s+time|previously))?/;

/**
 * Extends an unnamed-source match back over its determiner ("a previous source") and on over its verb
 * and the outlet it spoke to ("told E! News on Friday"), so the whole attribution is marked, even where
 * the outlet's name has punctuation that a sentence splitter takes for a full stop.
 */
export function extendToAttribution(normalized: string, at: Span): Span {
  const tail = ATTRIBUTION_TAIL.exec(normalized.slice(at.end, at.end + 120));
  const lead = normalized.slice(Math.max(0, at.start - 60), at.start);
  const head = UNNAMED_LEAD.exec(lead);
  return { start: head ? at.start - lead.length + head.index : at.start, end: tail ? at.end + tail[0].trimEnd().length : at.end };
}

// "A previous", "one well-placed": rules anchor on the noun for speed, the highlight starts at the determiner.
// The qualifiers may not be determiners themselves, so the nearest determiner wins ("told the paper a source").
const UNNAMED_LEAD = /\b(?:a|an|one|another|the|that|this|my|our|two|three|several|multiple|many|some|numerous|various|fellow)\s+(?:(?!(?:a|an|one|another|the|that|this|my|our)\s)[\w"'-]+\s+){0,3}$/i;
