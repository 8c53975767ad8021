// The ReDoS check of every pattern the engine runs (test/redos/), outside the test run:
//   npm run redos            checks the patterns not yet verified, prunes entries for patterns changed or removed
//   npm run redos -- --all   re-verifies every pattern and rewrites test/redos/verified.json
// Exits 1 naming each pattern that is vulnerable or undecided without a recorded reason.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';

const unknown = process.argv.slice(2).filter((a) => a !== '--all');
if (unknown.length) {
  console.error(`npm run redos: unknown option ${unknown[0]} (usage: npm run redos [-- --all])`);
  process.exit(2);
}
const all = process.argv.includes('--all');
mkdirSync('node_modules/.cache/gossip-lens', { recursive: true });
await build({
  stdin: { contents: "export * from './test/redos/check.ts'; export * from './test/redos/patterns.ts';", resolveDir: process.cwd(), loader: 'ts', sourcefile: 'redos-entry.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  // Written under node_modules so that the bundle's own imports (recheck, which finds its native binary) resolve.
  outfile: 'node_modules/.cache/gossip-lens/redos.mjs',
  logLevel: 'warning',
  // check.ts finds its files relative to itself: keep import.meta.url pointing there.
  define: { 'import.meta.url': JSON.stringify(new URL('../test/redos/check.ts', import.meta.url).href) },
});
const { checkedPatterns, enginePatterns, checkPatterns, failuresOf, loadAccepted, loadCache, remember, saveCache, staleKeys, cacheKey, RECHECK_VERSION } = await import(new URL('../node_modules/.cache/gossip-lens/redos.mjs', import.meta.url).href);

const patterns = [...checkedPatterns(), ...enginePatterns()];
const accepted = loadAccepted();
const old = loadCache();
const cache = all ? { recheck: RECHECK_VERSION, entries: {} } : old;
const started = Date.now();
let done = 0;
const outcomes = await checkPatterns(patterns, {
  cache,
  onChecked: (o) => console.log(`${String(++done).padStart(4)} ${o.status.padEnd(10)} ${(o.checker ?? '').padEnd(9)} ${o.pattern.label}: ${o.detail}`),
});
const fresh = outcomes.filter((o) => !o.cached).length;
remember(cache, outcomes, accepted);
const stale = all ? Object.keys(old.entries).filter((k) => !cache.entries[k]) : staleKeys(cache, patterns);
for (const k of stale) delete cache.entries[k];
saveCache(cache);
const current = new Set(patterns.map((p) => cacheKey(p)));
const unusedReasons = Object.keys(accepted).filter((k) => !current.has(k));
console.log(`\n${patterns.length} pattern forms: ${fresh} checked in ${Math.round((Date.now() - started) / 1000)} s, ${patterns.length - fresh} verified before; ${stale.length} stale cache entr(ies) pruned.`);
if (unusedReasons.length) console.log(`test/redos/accepted-unknown.json: no current pattern has key(s) ${unusedReasons.join(', ')}; remove them.`);
const failures = failuresOf(outcomes, accepted);
for (const f of failures) console.error(`FAIL ${f}`);
process.exit(failures.length ? 1 : 0);
