import type { TextSegment } from './extract';

/** Index of the segment holding `offset`, or of the first segment after it; segments.length if none. */
function segmentAtOrAfter(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (s.start + s.node.data.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A DOM Range for [start, end) of the extracted text, spanning text nodes and inline elements.
 * Ends that fall on synthetic separators snap to the nearest page text; undefined if none is covered
 * (or the page changed so the nodes no longer hold the text).
 */
export function rangeFor(doc: Document, segments: readonly TextSegment[], start: number, end: number): Range | undefined {
  const first = segmentAtOrAfter(segments, start);
  const lastCandidate = segmentAtOrAfter(segments, end - 1);
  const last = lastCandidate < segments.length && segments[lastCandidate]!.start <= end - 1 ? lastCandidate : lastCandidate - 1;
  if (first >= segments.length || last < first) return undefined;
  const a = segments[first]!;
  const b = segments[last]!;
  if (!a.node.isConnected || !b.node.isConnected) return undefined;
  const range = doc.createRange();
  range.setStart(a.node, Math.max(0, Math.min(start - a.start, a.node.data.length)));
  range.setEnd(b.node, Math.max(0, Math.min(end - b.start, b.node.data.length)));
  return range.collapsed ? undefined : range;
}
