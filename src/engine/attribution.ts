import type { Span } from './text';

// "told E! News on Friday", "tells Us Weekly exclusively", "said": the verb and the outlet it names.
const ATTRIBUTION_TAIL = /^[^.!?"\n]{0,60}?\b(?:told|tells|tell|said|says|say|revealed|reveals|added|adds|dished|spilled|explained|confirmed|shared|claimed|noted)\b(?:\s+(?:to\s+)?(?:[A-Z][\w!.'&-]*(?:\s+|$)){1,4})?(?:\s*(?:exclusively|EXCLUSIVELY|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|at\s+the\s+time|previously))?/;

/**
 * Extends an unnamed-source match ("a previous source") over its verb and the outlet it spoke to
 * ("told E! News on Friday"), so the whole attribution is marked, even where the outlet's name
 * has punctuation that a sentence splitter takes for a full stop.
 */
export function extendToAttribution(normalized: string, at: Span): Span {
  const tail = ATTRIBUTION_TAIL.exec(normalized.slice(at.end, at.end + 120));
  return tail ? { start: at.start, end: at.end + tail[0].trimEnd().length } : at;
}
