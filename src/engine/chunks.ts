import type { Span } from './text';
import { verdictOf } from './summary';
import { addSignals } from './verdict/signals';
import { CATEGORIES, type Analysis, type Category, type Finding } from './types';

/** Chunks this size or smaller are analysed in one go: ordinary articles are never split. */
export const DEFAULT_CHUNK = 64 * 1024;

/**
 * Cuts text into pieces of at most `max` code units, at a paragraph break where there is one, else a
 * line break, else a sentence end, else a space; never inside a surrogate pair.
 */
export function chunkBoundaries(text: string, max = DEFAULT_CHUNK): Span[] {
  return [...chunkSpans(text, max)];
}

/** The same cuts, found one at a time, so the first chunk is ready without reading the whole text. */
export function* chunkSpans(text: string, max = DEFAULT_CHUNK): Generator<Span> {
  let start = 0;
  let any = false;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    let cut = -1;
    for (const re of [/\n\s*\n/g, /\n/g, /[.!?]["'\u201D\u2019]?\s/g, /\s/g]) {
      let m: RegExpExecArray | null;
      let last = -1;
      while ((m = re.exec(window))) last = m.index + m[0].length;
      if (last > max / 2) {
        cut = last;
        break;
      }
    }
    if (cut < 0) cut = max;
    const code = text.charCodeAt(start + cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    yield { start, end: start + cut };
    any = true;
    start += cut;
  }
  if (start < text.length || !any) yield { start, end: text.length };
}

/** Analyses one chunk of a long text: its findings' offsets are into the chunk. */
export type ChunkAnalyzer = (chunk: string, offset: number) => Analysis;

/**
 * Analyses long text a chunk at a time, yielding each chunk's findings (offsets into the whole text) so a
 * caller can give the page its turn between chunks. Returns the combined analysis. Pure: the caller owns
 * timing, and says how a chunk is analysed (with the bundled facts, or with contradictions found elsewhere).
 */
export function* analyzeInChunks(text: string, analyzeChunk: ChunkAnalyzer, max = DEFAULT_CHUNK): Generator<Finding[], Analysis> {
  const parts: Analysis[] = [];
  for (const span of chunkSpans(text, max)) {
    const analysis = analyzeChunk(text.slice(span.start, span.end), span.start);
    const findings = shiftFindings(analysis.findings, span.start);
    parts.push({ ...analysis, findings });
    yield findings;
  }
  return mergeAnalyses(parts);
}

/** A chunk's findings with offsets into the whole text, the chunk starting at `offset`. */
export function shiftFindings(findings: readonly Finding[], offset: number): Finding[] {
  return findings.map((f) => ({ ...f, start: f.start + offset, end: f.end + offset }));
}

/** One analysis from chunk analyses: findings concatenated, counts and signals summed, the verdict read off the sum. */
export function mergeAnalyses(parts: readonly Analysis[]): Analysis {
  if (parts.length === 1) return parts[0]!;
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const { summary } of parts) for (const c of CATEGORIES) counts[c] += summary.counts[c];
  const signals = addSignals(parts.map((p) => p.summary.signals));
  return { findings: parts.flatMap((p) => p.findings), summary: { counts, ...verdictOf(signals) } };
}
