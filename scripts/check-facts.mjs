// Validates src/facts/known-facts.json with the schema in src/facts/validate.ts, for builds outside vite.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

export async function checkFactsFile(path = 'src/facts/known-facts.json') {
  const bundled = await build({
    stdin: { contents: "export { validateKnownFacts } from './src/facts/validate'; export { validateRules } from './src/engine/rule'; export { rules } from './src/rules/index';", resolveDir: '.', loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent',
  });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  let data;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    console.error(`${path}: not valid JSON: ${e.message}`);
    process.exit(1);
  }
  try {
    mod.validateKnownFacts(data, path);
    mod.validateRules(mod.rules);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await checkFactsFile(process.argv[2]);
  console.log('known facts: ok');
}
