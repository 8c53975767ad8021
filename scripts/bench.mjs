// Prints the engine's throughput on a long article and the time for a typical one. Figures only, no pass/fail.
//   npm run bench
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Bundled as the CLI and the extension are: with the anchor table the build computes (see anchor-table.ts).
const load = async (entry, define = {}) => {
  const out = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent', define });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
};
const { bundledAnchorTable } = await load('src/engine/anchor-table.ts');
const facts = JSON.parse(readFileSync('src/facts/known-facts.json', 'utf8'));
const { analyze } = await load('src/engine/index.ts', { __GOSSIP_LENS_ANCHORS__: JSON.stringify(bundledAnchorTable(facts)) });

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

// The first analysis builds the rule index (sticky patterns from the bundled anchor table): once per process or page.
const t0 = performance.now();
analyze('A source said so.', { now });
console.log(`engine set-up (first analysis of a sentence): ${(performance.now() - t0).toFixed(0)} ms`);

/**
 * Milliseconds per call, median and best: the machine is shared, so single runs are noisy; the median is
 * the figure to quote, the best shows what the code does when nothing else runs. A few calls first let the
 * JIT compile the hot loops: the figures are the steady rate of a page or CLI run that has read a few articles.
 */
function timings(fn, runs) {
  for (let i = 0; i < 3; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], best: times[0] };
}

console.log(`corpus: ${articles.length} articles${corpusDirs.length ? '' : ' (own fixture: ../shared absent)'}`);
const typical = articles.slice().sort((a, b) => a.length - b.length)[Math.floor(articles.length / 2)];
const { median: ms } = timings(() => analyze(typical, { now }), 301);
console.log(`typical article (${typical.length} chars): ${ms.toFixed(2)} ms per analysis, ${(1000 / ms).toFixed(0)} articles/s`);

// The corpus repeated to each size: the 5 MB figure is the one the target is stated for.
const rate = (chars, ms) => (chars / 1024 / 1024 / (ms / 1000)).toFixed(1);
for (const mb of [1, 2, 5, 8]) {
  const target = mb * 1024 * 1024;
  const long = sample.repeat(Math.ceil(target / sample.length)).slice(0, target);
  const t = timings(() => analyze(long, { now }), mb <= 2 ? 9 : 7);
  console.log(`${mb} MB article: ${t.median.toFixed(0)} ms (median), ${rate(long.length, t.median)} MB/s; best ${t.best.toFixed(0)} ms, ${rate(long.length, t.best)} MB/s`);
}

// Batch use of the CLI, as an editor scans a folder: process start, reading, analysis and JSON output.
const CLI = 'build/cli/gossip-lens.js';
if (existsSync(CLI)) {
  const dir = mkdtempSync(join(tmpdir(), 'gossip-lens-bench-'));
  const files = Array.from({ length: 300 }, (_, i) => {
    const file = join(dir, `article-${i}.txt`);
    writeFileSync(file, articles[i % articles.length]);
    return file;
  });
  const start = performance.now();
  execFileSync(process.execPath, [CLI, 'scan', '--json', ...files], { maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  console.log(`CLI batch: ${files.length} articles in one run, ${seconds.toFixed(2)} s, ${(files.length / seconds).toFixed(0)} articles/s`);
  rmSync(dir, { recursive: true, force: true });
} else {
  console.log(`CLI batch: skipped (${CLI} missing: npm run build)`);
}
