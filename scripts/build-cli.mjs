// Builds the command-line scanner into build/cli (outside dist/, so the extension carries no CLI).
// Validates the known-facts file first: a malformed file fails the build naming the entry.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { anchorTableFor, checkFactsFile } from './check-facts.mjs';

const facts = await checkFactsFile();
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// The rules' anchor words, read off their patterns once here rather than at every run (see src/engine/anchors/compute.ts),
// from the facts just validated.
const anchors = await anchorTableFor(facts);
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
    __GOSSIP_LENS_ANCHORS__: JSON.stringify(anchors),
  },
  logLevel: 'warning',
});
console.log('built build/cli/gossip-lens.js');
