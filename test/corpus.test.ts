import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine/analyze';

// Reads the shared corpus beside the project (../shared). A plain clone has none: the suite then skips, saying so.
const SHARED = new URL('../../shared/', import.meta.url).pathname;
const present = existsSync(`${SHARED}corpus/dev`) && existsSync(`${SHARED}tools/score.mjs`);
if (!present) console.warn(`corpus tests skipped: ${SHARED} (the shared corpus) is not present`);

describe.skipIf(!present)('shared corpus (../shared)', () => {
  it('reaches sentence F1 >= 0.80 in every category on the dev articles', () => {
    const out = execFileSync('node', [`${SHARED}tools/score.mjs`, '--cli', 'node build/cli/gossip-lens.js scan --json', '--corpus', `${SHARED}corpus/dev`], { encoding: 'utf8' });
    const rows = out.split('\n').filter((l) => /^(anonymous-source|unverified-claim|invented-interview|fact-contradiction)\s/.test(l));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(Number(row.trim().split(/\s+/)[3]), row).toBeGreaterThanOrEqual(0.8);
  });

  it('gives fabricated articles higher fabrication scores than reported ones (AUC >= 0.9)', () => {
    const docs = ['dev', 'train'].flatMap((d) =>
      readdirSync(`${SHARED}corpus/${d}`).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`${SHARED}corpus/${d}/${f}`, 'utf8'))),
    );
    const score = (doc: any) => analyze(doc.text, { published: doc.published ?? undefined }).summary.fabrication;
    const fabricated = docs.filter((d) => d.verdict === 'fabricated').map(score);
    const reported = docs.filter((d) => d.verdict === 'reported').map(score);
    let wins = 0;
    for (const f of fabricated) for (const r of reported) wins += f > r ? 1 : f === r ? 0.5 : 0;
    expect(wins / (fabricated.length * reported.length)).toBeGreaterThanOrEqual(0.9);
  });
});
