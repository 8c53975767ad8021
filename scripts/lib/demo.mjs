/**
 * The demo behind `npm start` (scripts/start.mjs): a local server for the demo page (demo/) and a copy of a
 * built extension that also runs on that server. The shipped extension runs only on its list of gossip sites;
 * the copy adds one match, http://127.0.0.1/*, and lives under build/demo/, which no package carries.
 * Used by scripts/start.mjs and test/e2e/start.test.ts.
 */
import { createServer } from 'node:http';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEMO_DIR = join(ROOT, 'demo');
export const DEMO_PAGE = join(DEMO_DIR, 'index.html');
/** Match patterns carry no port: this one matches the demo server on whatever port it got. */
export const DEMO_MATCH = 'http://127.0.0.1/*';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml' };

/**
 * Serves the files directly in `dir` (no subfolders, nothing outside it) on 127.0.0.1; `/` is index.html.
 * Port 0 takes a free one. Resolves to the server and the page's address.
 */
export function serveDemo({ port = 0, dir = DEMO_DIR } = {}) {
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1) || 'index.html';
    // Only names listed in the folder, as written (no decoding): no path separators, no dot-dot, no hidden files.
    const served = req.method === 'GET' || req.method === 'HEAD' ? readdirSync(dir).includes(name) && !name.startsWith('.') : false;
    if (!served) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    const body = readFileSync(join(dir, name));
    res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/` });
    });
  });
}

/**
 * Copies a built extension (dist/ or dist-firefox/) to `outDir` with DEMO_MATCH added to its content script's
 * matches, so it runs on the demo server without the user enabling the site. The source folder is not changed.
 */
export function demoExtension(distDir, outDir) {
  const manifestPath = join(distDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build the extension first`);
  rmSync(outDir, { recursive: true, force: true });
  cpSync(distDir, outDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const script = manifest.content_scripts?.[0];
  if (!script) throw new Error(`${manifestPath} declares no content script`);
  if (!script.matches.includes(DEMO_MATCH)) script.matches.push(DEMO_MATCH);
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return outDir;
}

/** Whether a browser window can open here: macOS and Windows always; elsewhere an X11 or Wayland display. */
export function hasDisplay(env = process.env, platform = process.platform) {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
