// Validates src/facts/known-facts.json (src/facts/load-file.ts) and the rules, for builds outside vite, and
// gives the build the anchor table computed from the validated facts (src/engine/anchor-table.ts).
import { build } from 'esbuild';

let buildTime;
/** The TypeScript the build needs, bundled once per process. */
async function buildTimeModule() {
  buildTime ??= build({
    stdin: {
      contents: [
        "export { loadKnownFactsFile } from './src/facts/load-file';",
        "export { validateRules } from './src/engine/rule';",
        "export { rules } from './src/rules/index';",
        "export { bundledAnchorTable } from './src/engine/anchor-table';",
      ].join('\n'),
      resolveDir: '.',
      loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent',
  }).then((bundled) => import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`));
  return buildTime;
}

/** The validated facts; on a malformed file or rule, a one-line error naming it, and exit code 1. */
export async function checkFactsFile(path = 'src/facts/known-facts.json') {
  const mod = await buildTimeModule();
  try {
    const facts = mod.loadKnownFactsFile(path);
    mod.validateRules(mod.rules);
    return facts;
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

/** The anchor table of the bundled rules and of these (validated) facts, for the build's `define`. */
export async function anchorTableFor(facts) {
  return (await buildTimeModule()).bundledAnchorTable(facts);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await checkFactsFile(process.argv[2]);
  console.log('known facts: ok');
}
