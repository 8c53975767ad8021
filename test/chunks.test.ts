import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine/with-facts';
import { analyzeInChunks, chunkBoundaries } from '../src/engine/chunks';

const NOW = new Date('2026-11-24T00:00:00Z');

function drain<T, R>(gen: Generator<T, R>): { yielded: T[]; result: R } {
  const yielded: T[] = [];
  for (;;) {
    const step = gen.next();
    if (step.done) return { yielded, result: step.value };
    yielded.push(step.value);
  }
}

describe('chunked analysis', () => {
  it('cuts at paragraph breaks, covers the text exactly, and never splits a surrogate pair', () => {
    const text = ('A source said so. 😀 '.repeat(40) + '\n\n').repeat(50);
    const spans = chunkBoundaries(text, 2000);
    expect(spans.length).toBeGreaterThan(5);
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBe(spans[i - 1]!.end);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(2000);
    for (const s of spans.slice(0, -1)) expect(text.slice(s.end - 2, s.end)).toBe('\n\n');
    const noBreaks = '😀'.repeat(3000);
    for (const s of chunkBoundaries(noBreaks, 1001)) expect(noBreaks.charCodeAt(s.start)).toBe(0xd83d);
  });

  it('leaves an ordinary article whole and matches analyze exactly', () => {
    const text = 'An insider said the pair reportedly split. Could it be over?';
    const { yielded, result } = drain(analyzeInChunks(text, (chunk) => analyze(chunk, { now: NOW })));
    expect(yielded).toHaveLength(1);
    expect(result).toEqual(analyze(text, { now: NOW }));
  });

  it('reports findings at whole-text offsets across chunks', () => {
    const para = 'The film opens on Friday. An insider said the singer reportedly left.\n\n';
    const text = para.repeat(200);
    const { yielded, result } = drain(analyzeInChunks(text, (chunk) => analyze(chunk, { now: NOW }), 1000));
    expect(yielded.length).toBeGreaterThan(10);
    for (const f of result.findings) expect(['An insider said', 'reportedly']).toContain(text.slice(f.start, f.end));
    expect(result.summary.counts['anonymous-source']).toBe(200);
  });
});
