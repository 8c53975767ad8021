import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledAnchorTable } from '../src/engine/anchor-table';
import { rules } from '../src/rules/index';
import { knownFacts } from '../src/facts/index';

// What the builds ship: the anchor table, computed at build time, and not the regular-expression parser it
// was computed with (regexpp, src/engine/anchors/). Reads the built files: `npm run build` first (`npm test`
// runs it).
const root = resolve(__dirname, '..');
const REGEXPP = join(root, 'node_modules/@eslint-community/regexpp/index.mjs');

// Error messages of regexpp's parser: string literals, so they survive minification. Held to be in regexpp
// itself below, so that a bundle that carried the parser would be caught.
const PARSER_MARKERS = ['Lone quantifier brackets', 'Unterminated character class', 'Invalid named capture referenced'];

function built(path: string): string {
  const file = join(root, path);
  if (!existsSync(file)) throw new Error(`${path} is missing: run \`npm run build\` before this test`);
  return readFileSync(file, 'utf8');
}

/** The extension's content script and background module, as the built manifest names them. */
function extensionScripts(dir: string): { content: string; background: string } {
  const manifest = JSON.parse(built(`${dir}/manifest.json`));
  const content = built(`${dir}/${manifest.content_scripts[0].js[0]}`);
  // Chrome: a loader that imports the module; Firefox: the module itself among background.scripts.
  const entry = manifest.background.service_worker ?? manifest.background.scripts[0];
  const loader = built(`${dir}/${entry}`);
  const imported = /import\s+['"]\.\/([^'"]+)['"]/.exec(loader);
  return { content, background: imported ? built(`${dir}/${imported[1]}`) : loader };
}

const allJs = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).map((f) => built(`${dir}/${f}`));

const dirs = ['dist', ...(existsSync(join(root, 'dist-firefox/manifest.json')) ? ['dist-firefox'] : [])];

describe('the built extension and CLI carry the anchor table, not the parser', () => {
  it('the markers looked for are regexpp\'s own', () => {
    const regexpp = readFileSync(REGEXPP, 'utf8');
    for (const marker of PARSER_MARKERS) expect(regexpp, marker).toContain(marker);
  });

  it.each(dirs)('no script of %s holds the parser', (dir) => {
    const scripts = allJs(dir);
    expect(scripts.length).toBeGreaterThan(1);
    for (const code of scripts) for (const marker of PARSER_MARKERS) expect(code.includes(marker), marker).toBe(false);
  });

  it('the CLI does not hold the parser', () => {
    const cli = built('build/cli/gossip-lens.js');
    for (const marker of PARSER_MARKERS) expect(cli.includes(marker), marker).toBe(false);
  });

  it.each(dirs)('%s: the background holds every anchor; the content script neither the table nor the rules', (dir) => {
    const { content, background } = extensionScripts(dir);
    const keys = Object.keys(bundledAnchorTable(knownFacts));
    expect(keys.filter((key) => !background.includes(key))).toEqual([]);
    expect(keys.filter((key) => content.includes(key))).toEqual([]);
    // The engine runs in the background (src/background/index.ts): the page asks it, and carries no rule.
    // Rule patterns written as literals appear verbatim in a bundle: the background has them, the page none.
    const sources = rules.flatMap((r) => r.patterns.map((p) => p.source)).filter((source) => background.includes(source));
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.filter((source) => content.includes(source))).toEqual([]);
  });

  it("the CLI holds the anchors of the rules, the verdict and the facts", () => {
    const cli = built('build/cli/gossip-lens.js');
    expect(Object.keys(bundledAnchorTable(knownFacts)).filter((key) => !cli.includes(key))).toEqual([]);
  });
});
