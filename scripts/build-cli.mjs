// Builds the command-line scanner into build/cli (outside dist/, so the extension carries no CLI).
// Validates the known-facts file first: a malformed file fails the build naming the entry.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { checkFactsFile } from './check-facts.mjs';

await checkFactsFile();
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// The rules' anchor words, read off their patterns once here rather than at every run (see leading-words.ts).
const table = await build({ entryPoints: ['src/engine/anchor-table.ts'], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent' });
const { bundledAnchorTable } = await import(`data:text/javascript;base64,${Buffer.from(table.outputFiles[0].text).toString('base64')}`);
await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'build/cli/gossip-lens.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: {
    __VERSION__: JSON.stringify(version),
    // Computed from the facts file checkFactsFile has just validated.
    __GOSSIP_LENS_ANCHORS__: JSON.stringify(bundledAnchorTable(JSON.parse(readFileSync('src/facts/known-facts.json', 'utf8')))),
  },
  logLevel: 'warning',
});
console.log('built build/cli/gossip-lens.js');
