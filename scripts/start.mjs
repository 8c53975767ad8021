// npm start: builds the extension, serves the demo page (demo/index.html) on 127.0.0.1, and opens a browser with
// the extension loaded on it: Chromium by default (a fresh profile in a temporary folder), Firefox with --firefox
// (through web-ext run). Without a display it opens nothing, says what to do instead, and keeps serving the page.
//
//   npm start [-- --firefox] [-- --no-build] [-- --no-browser] [-- --port N] [-- --browser PATH]
//
// The browser gets a copy of the build under build/demo/ that also matches http://127.0.0.1 (scripts/lib/demo.mjs):
// the shipped extension runs only on its list of gossip sites.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PAGE, ROOT, demoExtension, hasDisplay, serveDemo } from './lib/demo.mjs';

const USAGE = `usage: npm start [-- --firefox] [-- --no-build] [-- --no-browser] [-- --port N] [-- --browser PATH]
  --firefox      Firefox (web-ext run) instead of Chromium
  --no-build     use the existing dist/ (dist-firefox/ with --firefox)
  --no-browser   only serve the demo page and print how to load the extension
  --port N       serve on this port (default: a free one)
  --browser PATH the Chromium or Firefox executable (default: chromium or firefox-esr/firefox on the PATH)`;

let options;
try {
  options = parseArgs({
    options: {
      firefox: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      port: { type: 'string', default: '0' },
      browser: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (e) {
  console.error(`${e.message}\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port: not a port number: ${options.port}`);
  process.exit(2);
}

const firefox = options.firefox;
const dist = join(ROOT, firefox ? 'dist-firefox' : 'dist');
const rel = (p) => relative(process.cwd(), p) || '.';

if (!options['no-build']) {
  const script = firefox ? 'build:firefox' : 'build';
  const built = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) {
    console.error(`npm start: npm run ${script} failed`);
    process.exit(built.status ?? 1);
  }
}
if (!existsSync(join(dist, 'manifest.json'))) {
  console.error(`npm start: ${rel(dist)}/manifest.json is missing; run npm run ${firefox ? 'build:firefox' : 'build'} first (or drop --no-build)`);
  process.exit(1);
}
const extension = demoExtension(dist, join(ROOT, 'build', 'demo', firefox ? 'firefox' : 'chrome'));
const { server, url } = await serveDemo({ port });

console.log(`\nGossip Lens demo page: ${url}  (${rel(DEMO_PAGE)})`);
console.log(`Extension: ${rel(extension)}  (${rel(dist)}/ plus a match for the demo server)`);

/** What to do by hand: load the extension (a demo copy of each build there is), open the page. */
function instructions() {
  const copies = [
    ['Chrome/Chromium', 'dist', 'chrome', 'chrome://extensions, switch on Developer mode, Load unpacked, choose', '', 'build'],
    ['Firefox', 'dist-firefox', 'firefox', 'about:debugging#/runtime/this-firefox, Load Temporary Add-on..., choose', '/manifest.json', 'build:firefox'],
  ];
  const lines = [`The demo page is served at ${url} until you press Ctrl-C. To see the extension on it, in a browser on this machine:`];
  for (const [name, built, copy, how, file, script] of copies) {
    if (!existsSync(join(ROOT, built, 'manifest.json'))) {
      lines.push(`  ${name}: npm run ${script} first, then npm start -- --no-browser${copy === 'firefox' ? ' --firefox' : ''}`);
      continue;
    }
    const dir = copy === (firefox ? 'firefox' : 'chrome') ? extension : demoExtension(join(ROOT, built), join(ROOT, 'build', 'demo', copy));
    lines.push(`  ${name}: ${how} ${rel(dir)}${file}, then open ${url}`);
  }
  const port = new URL(url).port;
  lines.push(
    `  (${rel(join(ROOT, 'dist'))}/ itself runs only on its gossip sites: on this page, choose "Enable on this site" in its popup.)`,
    `  From another machine: ssh -L ${port}:127.0.0.1:${port} <this host>, then open ${url} there.`,
    `  Or read the same article on the command line: npm run build:cli && node build/cli/gossip-lens.js scan ${rel(DEMO_PAGE)}`,
  );
  return lines.join('\n');
}

/** Keeps serving until Ctrl-C or a kill. */
function serveUntilStopped() {
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (options['no-browser'] || !hasDisplay()) {
  if (!options['no-browser']) console.log('\nNo display found ($DISPLAY and $WAYLAND_DISPLAY are unset), so no browser is opened.');
  console.log(`${instructions()}\n`);
  serveUntilStopped();
} else {
  const browserBinary = options.browser ?? findBrowser(firefox);
  if (!browserBinary && !firefox) {
    console.log('\nNo Chromium found (looked for chromium and chromium-browser on the PATH; pass --browser PATH).');
    console.log('Google Chrome 137 and later ignore --load-extension, so npm start opens Chromium only.');
    console.log(`${instructions()}\n`);
    serveUntilStopped();
  } else {
    const child = firefox ? runFirefox(browserBinary, extension) : runChromium(browserBinary, extension);
    // web-ext closes Firefox and removes its profile on SIGINT (what Ctrl-C sends), not on SIGTERM.
    const stopBrowser = () => child.kill(firefox ? 'SIGINT' : 'SIGTERM');
    process.once('SIGINT', stopBrowser);
    process.once('SIGTERM', stopBrowser);
    child.once('exit', (code) => {
      server.close();
      process.exit(code ?? 0);
    });
  }
}

/** The first browser of its kind on the PATH (for Firefox, web-ext finds one itself when none is). */
function findBrowser(wantFirefox) {
  const names = wantFirefox ? ['firefox-esr', 'firefox'] : ['chromium', 'chromium-browser'];
  if (process.platform === 'darwin') {
    const app = wantFirefox ? '/Applications/Firefox.app/Contents/MacOS/firefox' : '/Applications/Chromium.app/Contents/MacOS/Chromium';
    if (existsSync(app)) return app;
  }
  for (const dir of (process.env.PATH ?? '').split(process.platform === 'win32' ? ';' : ':')) {
    for (const name of names) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Chromium in a fresh profile (removed when it closes) with only this extension, on the demo page. */
function runChromium(binary, extensionDir) {
  const profile = mkdtempSync(join(tmpdir(), 'gossip-lens-start-'));
  const args = [
    `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check',
    `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    // Chromium refuses to run as root with its sandbox on (containers); a normal user keeps the sandbox.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    url,
  ];
  console.log(`\nOpening ${binary} with the extension on the demo page; close the window (or Ctrl-C) to stop.`);
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (d) => { errors = (errors + d).slice(-4000); });
  child.once('exit', (code) => {
    rmSync(profile, { recursive: true, force: true });
    if (code) console.error(`${binary} exited with code ${code}:\n${errors}`);
  });
  child.once('error', (e) => {
    console.error(`could not start ${binary}: ${e.message}\n${instructions()}`);
    server.close();
    process.exit(1);
  });
  return child;
}

/** Firefox through web-ext run: a temporary profile, the add-on installed temporarily (no reload: the copy is made once per run). */
function runFirefox(binary, extensionDir) {
  const webExt = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'web-ext.cmd' : 'web-ext');
  const args = ['run', '--source-dir', extensionDir, '--start-url', url, '--no-config-discovery', '--no-reload', ...(binary ? ['--firefox', binary] : [])];
  console.log(`\nweb-ext ${args.join(' ')}`);
  return spawn(webExt, args, { stdio: 'inherit', shell: process.platform === 'win32' });
}
