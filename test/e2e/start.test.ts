import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MATCH, demoExtension, hasDisplay, serveDemo } from '../../scripts/lib/demo.mjs';
import { CHROMIUM, launchWithExtension } from './chromium-launch';

// `npm start` (scripts/start.mjs): the demo page, its server, the extension copy that runs on it, what the script
// does without a display and with one; then the demo page in real Chromium and Firefox, every category highlighted.
const DIST = resolve('dist');
const DIST_FIREFOX = resolve('dist-firefox');
const FIREFOX = '/usr/bin/firefox-esr';
const built = existsSync(join(DIST, 'manifest.json'));
if (!built) console.warn('npm start tests skipped: dist/ missing (npm run build)');
const CATEGORIES = ['anonymous-source', 'unverified-claim', 'invented-interview', 'fact-contradiction'];
const scratch: string[] = [];
/** A temporary folder, removed when the file's tests end. */
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A GET with the path sent as written (fetch would resolve "..": the server must refuse it itself). */
function rawGet(url: string, path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    get({ hostname, port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => done({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    }).on('error', fail);
  });
}

/** Runs scripts/start.mjs; resolves once its output contains `until` (the child still running), or on exit. */
function startScript(args: string[], env: NodeJS.ProcessEnv, until?: RegExp) {
  const child = spawn(process.execPath, ['scripts/start.mjs', ...args], { env }) as ChildProcessWithoutNullStreams;
  let out = '';
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  const ready = new Promise<string>((done) => {
    const look = (d: Buffer) => {
      out += d;
      if (until?.test(out)) done(out);
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    void exited.then(() => done(out));
  });
  return { child, ready, exited };
}

const withoutDisplay = () => {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  return env;
};

describe('the demo server', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => ({ server, url } = await serveDemo()));
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('serves the demo article on 127.0.0.1 at a free port', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await rawGet(url, '/');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toBe(readFileSync('demo/index.html', 'utf8'));
    // The page carries its date, which the fact checker judges ages by.
    expect(page.body).toMatch(/"datePublished":"2025-10-06/);
  });

  it('serves nothing outside demo/ and nothing that is not there', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/missing.html', '/index.html/x']) {
      expect((await rawGet(url, path)).status, path).toBe(404);
    }
  });
});

describe('display detection', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux, nothing on macOS or Windows', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'freebsd')).toBe(true);
    expect(hasDisplay({}, 'darwin')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });
});

describe.skipIf(!built)('npm start', () => {
  it('runs the copy it loads on the demo server only in addition to the shipped sites, leaving dist/ as built', () => {
    const before = readFileSync(join(DIST, 'manifest.json'), 'utf8');
    const copy = demoExtension(DIST, join(tempDir('gl-demo-'), 'chrome'));
    expect(readFileSync(join(DIST, 'manifest.json'), 'utf8')).toBe(before);
    const shipped = JSON.parse(before);
    const demo = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
    expect(shipped.content_scripts[0].matches).not.toContain(DEMO_MATCH);
    expect(demo.content_scripts[0].matches).toEqual([...shipped.content_scripts[0].matches, DEMO_MATCH]);
    expect({ ...demo, content_scripts: undefined }).toEqual({ ...shipped, content_scripts: undefined });
    expect(existsSync(join(copy, shipped.content_scripts[0].js[0]))).toBe(true);
  });

  it('without a display, says so, prints what to do instead and keeps serving the page until stopped', async () => {
    const run = startScript(['--no-build'], withoutDisplay(), /Or read the same article.*\n/);
    const out = await run.ready;
    expect(out).toMatch(/No display found \(\$DISPLAY and \$WAYLAND_DISPLAY are unset\), so no browser is opened/);
    expect(out).toMatch(/chrome:\/\/extensions.*Load unpacked.*build\/demo\/chrome/);
    // Firefox's copy is offered when dist-firefox/ is built, else how to build it.
    if (existsSync(join(DIST_FIREFOX, 'manifest.json'))) expect(out).toMatch(/about:debugging.*Load Temporary Add-on.*build\/demo\/firefox\/manifest\.json/);
    else expect(out).toMatch(/Firefox: npm run build:firefox first/);
    const url = /Gossip Lens demo page: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
    expect(url).toBeDefined();
    expect(out).toContain(`then open ${url}`);
    expect((await rawGet(url!, '/')).body).toContain('Is the honeymoon over for Marla Quinn and Dex Holloway?');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('with a display, opens the browser on the demo page with only the demo copy of the extension, in a fresh profile', async () => {
    // A stand-in browser that records how it was started and quits, as a user closing the window would.
    const dir = tempDir('gl-fake-browser-');
    const fake = join(dir, 'chromium');
    writeFileSync(fake, `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(join(dir, 'args.json'))}, JSON.stringify(process.argv.slice(2)));\n`);
    chmodSync(fake, 0o755);
    const run = startScript(['--no-build', '--browser', fake], { ...withoutDisplay(), DISPLAY: ':99' });
    expect(await run.exited).toBe(0);
    const out = await run.ready;
    const args: string[] = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8'));
    const copy = resolve('build/demo/chrome');
    expect(args).toContain(`--load-extension=${copy}`);
    expect(args).toContain(`--disable-extensions-except=${copy}`);
    expect(args.at(-1)).toBe(/Gossip Lens demo page: (\S+)/.exec(out)?.[1]);
    const profile = args.find((a) => a.startsWith('--user-data-dir='))!.slice('--user-data-dir='.length);
    expect(existsSync(profile)).toBe(false); // removed once the browser closed
  });
});

describe.skipIf(!built || !existsSync(CHROMIUM))('the demo page in Chromium', () => {
  let context: BrowserContext;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await serveDemo());
    context = await launchWithExtension(demoExtension(DIST, join(tempDir('gl-demo-'), 'chrome')));
  });
  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  it('highlights all four categories, inside the article only', async () => {
    const page: Page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((cats) => cats.every((c) => ((CSS.highlights.get(`gossip-lens-${c}`) as Highlight | undefined)?.size ?? 0) > 0), CATEGORIES, { timeout: 20_000 });
    const ranges = await page.evaluate((cats) => cats.map((c) => [...(CSS.highlights.get(`gossip-lens-${c}`) as Highlight)].map((r) => {
      const range = r as Range;
      return { category: c, text: range.toString(), inArticle: !!(range.commonAncestorContainer.parentElement ?? range.commonAncestorContainer as Element).closest?.('article') };
    })).flat(), CATEGORIES);
    expect(ranges.every((r) => r.inArticle), JSON.stringify(ranges.filter((r) => !r.inArticle))).toBe(true);
    expect(ranges.filter((r) => r.category === 'fact-contradiction').map((r) => r.text).join(' ')).toContain('Nicole Kidman, 61');
  });
});

describe.skipIf(!existsSync(FIREFOX) || !existsSync(join(DIST_FIREFOX, 'manifest.json')))('the demo page in Firefox', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await serveDemo());
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, args: ['-remote-allow-system-access'] });
    await browser.installExtension(demoExtension(DIST_FIREFOX, join(tempDir('gl-demo-'), 'firefox')));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('highlights all four categories', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction((cats: string[]) => cats.every((c) => ((CSS.highlights.get(`gossip-lens-${c}`) as Highlight | undefined)?.size ?? 0) > 0), { timeout: 20_000 }, CATEGORIES);
  });
});
