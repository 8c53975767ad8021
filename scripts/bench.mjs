// Prints the engine's throughput on a long article and the time for a typical one. Figures only, no pass/fail.
//   npm run bench
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const bundled = await build({ entryPoints: ['src/engine/index.ts'], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent' });
const { analyze } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

// The shared corpus when present; otherwise sentences of our own in the same registers.
const corpusDirs = ['../shared/corpus/dev', '../shared/corpus/train'].filter(existsSync);
const articles = corpusDirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`${d}/${f}`, 'utf8')).text));
if (!articles.length) {
  articles.push([
    'A source close to the couple told the magazine that the pair reportedly split last week.',
    'Tom Cruise, 62, was seen leaving a restaurant in London with Ana de Armas.',
    'The sun dipped low over the hills as she laughed, her eyes locking onto his.',
    '"I never stopped loving you," he whispered, his voice trembling.',
    'Could it be a sign of things to come?',
  ].join(' '));
}
const sample = articles.join('\n\n');
const now = new Date('2026-11-24T00:00:00Z');

function time(fn, runs) {
  fn(); // warm up
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
}

console.log(`corpus: ${articles.length} articles${corpusDirs.length ? '' : ' (own fixture: ../shared absent)'}`);
const typical = articles.slice().sort((a, b) => a.length - b.length)[Math.floor(articles.length / 2)];
const ms = time(() => analyze(typical, { now }), 200);
console.log(`typical article (${typical.length} chars): ${ms.toFixed(2)} ms per analysis, ${(1000 / ms).toFixed(0)} articles/s`);

for (const mb of [1, 2, 4, 8]) {
  const target = mb * 1024 * 1024;
  const long = sample.repeat(Math.ceil(target / sample.length)).slice(0, target);
  const runs = mb <= 2 ? 3 : 2;
  const t = time(() => analyze(long, { now }), runs);
  console.log(`${mb} MB article: ${t.toFixed(0)} ms, ${(long.length / 1024 / 1024 / (t / 1000)).toFixed(1)} MB/s`);
}
