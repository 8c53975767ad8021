// npm run package: the two files the stores take, named with package.json's version:
//   artifacts/gossip-lens-chrome-<version>.zip   dist/, for the Chrome Web Store
//   artifacts/gossip-lens-firefox-<version>.zip  dist-firefox/, for addons.mozilla.org (web-ext build)
// Builds both first (--no-build: package the builds already there; --out-dir DIR: write elsewhere).
// Refuses to package a build whose manifest carries another version, or that holds source maps, TypeScript
// sources, tests or the CLI. test/package.test.ts unpacks both and checks them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import webExt from 'web-ext';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGETS = [
  { browser: 'chrome', dir: 'dist', script: 'build' },
  { browser: 'firefox', dir: 'dist-firefox', script: 'build:firefox' },
];
/** What no store package may hold: source maps, TypeScript sources, tests, fixtures, the CLI, packages of its own. */
const FORBIDDEN = [/\.map$/, /\.tsx?$/, /(^|\/)(test|tests|fixtures|cli|node_modules)(\/|$)/, /\.(zip|xpi|crx)$/];

let options;
try {
  options = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, 'out-dir': { type: 'string', default: 'artifacts' } } }).values;
} catch (e) {
  console.error(`${e.message}\nusage: npm run package [-- --no-build] [-- --out-dir DIR]`);
  process.exit(2);
}
const outDir = resolve(options['out-dir']);
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function fail(message) {
  console.error(`npm run package: ${message}`);
  process.exit(1);
}

/** Every file under dir, as paths relative to it with forward slashes. */
function filesUnder(dir, prefix = '') {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const path = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, path)).isDirectory() ? filesUnder(dir, path) : [path];
  });
}

for (const { browser, dir, script } of TARGETS) {
  if (!options['no-build']) {
    const built = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    if (built.status !== 0) fail(`npm run ${script} failed`);
  }
  const sourceDir = join(ROOT, dir);
  const manifestPath = join(sourceDir, 'manifest.json');
  if (!existsSync(manifestPath)) fail(`${dir}/manifest.json is missing: run npm run ${script} (or drop --no-build)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (manifest.version !== version) {
    fail(`${dir}/manifest.json has version ${manifest.version} but package.json ${version}: the build is stale: rebuild (the build takes its version from package.json)`);
  }
  const unwanted = filesUnder(sourceDir).filter((f) => FORBIDDEN.some((re) => re.test(f)));
  if (unwanted.length) fail(`${dir}/ holds files no store package may carry: ${unwanted.join(', ')}`);

  const { extensionPath } = await webExt.cmd.build(
    { sourceDir, artifactsDir: outDir, filename: `gossip-lens-${browser}-${version}.zip`, overwriteDest: true },
    { shouldExitProgram: false, showReadyMessage: false },
  );
  const shown = relative(process.cwd(), extensionPath);
  console.log(`${shown.startsWith('..') ? extensionPath : shown}  (${(statSync(extensionPath).size / 1024).toFixed(1)} KB, from ${dir}/)`);
}
