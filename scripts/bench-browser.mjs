// In-browser figures for npm run bench: the content script's size, and the time to extract, analyse and
// highlight a 10,000-word page in real Chromium, for this build and for a baseline build of an earlier
// commit, page by page in turns in the same run, so the ratio between them cancels the machine's noise.
// Prints figures only.
//   node scripts/bench-browser.mjs [--baseline REF] [--rounds N]
// REF defaults to the build before the first-page speed work (issue 13); --baseline none skips it.
// Then, for this build, a 10 MB page of 50,000 paragraphs: how long the slices of our work between yields
// are (the extension's "gossip-lens:slice-p95" and "gossip-lens:longest-slice" measures);
// test/e2e/robustness.test.ts checks that such a page is read in slices.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const BASELINE = option('--baseline', 'fd852d2');
const ROUNDS = Number(option('--rounds', '7'));

const DIST = resolve('dist');
if (!existsSync(join(DIST, 'manifest.json'))) {
  console.log('browser bench skipped: run npm run build first');
  process.exit(0);
}
const contentScript = (dist) => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  return readFileSync(join(dist, manifest.content_scripts[0].js[0]));
};
const script = contentScript(DIST);
console.log(`content script: ${(script.length / 1024).toFixed(1)} KB, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzipped`);

if (!existsSync('/usr/bin/chromium')) {
  console.log('browser timing skipped: /usr/bin/chromium not installed');
  process.exit(0);
}

/**
 * The extension as built at `ref`, in a cache under node_modules/.cache (built once per commit): the
 * commit's files from git, this checkout's node_modules, vite's build. Undefined (with a note) when it
 * cannot be built, e.g. outside a git clone.
 */
function baselineDist(ref) {
  try {
    const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dir = resolve('node_modules/.cache/gossip-lens-bench', commit.slice(0, 12));
    if (existsSync(join(dir, 'dist/manifest.json'))) return { dist: join(dir, 'dist'), commit };
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`]);
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    console.log(`building the baseline ${ref} (${commit.slice(0, 7)}) once, in ${dir}`);
    execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: dir, stdio: 'inherit' });
    return { dist: join(dir, 'dist'), commit };
  } catch (e) {
    console.log(`baseline ${ref} not measured: ${e.message.split('\n')[0]}`);
    return undefined;
  }
}

const { chromium } = await import('playwright-core');
const corpus = ['../shared/corpus/dev', '../shared/corpus/train'].filter(existsSync)
  .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`${d}/${f}`, 'utf8')).text));
const source = corpus.length ? corpus.join('\n\n') : 'A source close to the pair told the magazine they reportedly split. The sun dipped low over the hills.\n\n'.repeat(20);
const words = source.split(/\s+/);
const tenThousand = Array.from({ length: 10_000 }, (_, i) => words[i % words.length]).join(' ');
const paragraphs = tenThousand.match(/(?:\S+\s+){1,80}/g).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
const page = (tail) => `<!doctype html><html><head><script>window.longTasks=[];new PerformanceObserver(l=>{for(const e of l.getEntries())window.longTasks.push({start:e.startTime,duration:e.duration})}).observe({type:'longtask'});</script></head><body><article>${paragraphs}</article>${tail}</body></html>`;
const html = page('');
// The same page as a real one loads: a script at its end (an ad, a tracker) keeps it from being parsed for 0.7 s.
const SLOW_MS = 700;
const slowHtml = page('<script src="/slow.js"></script>');

/**
 * A reader's pause: a worker that has just started compiles its patterns for a second or so (warmUpSteps);
 * a page opened in the middle of that shares the processor with it, which is the cold case, measured apart.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

async function launch(dist) {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gl-bench-')), {
    executablePath: '/usr/bin/chromium',
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== 'pagesix.com') return route.abort();
    if (url.pathname === '/slow.js') {
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
      return route.fulfill({ contentType: 'text/javascript', body: '' });
    }
    return route.fulfill({ contentType: 'text/html', body: url.pathname.startsWith('/slow/') ? slowHtml : html });
  });
  // The background starts with the browser: let it settle so the first page is not also timing its start-up.
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {});
  await settle();
  return context;
}

/**
 * One page, from navigation to the end of its first scan ("gossip-lens:scan": extract, analyse, highlight,
 * fact checks included), and the longest long task during that scan, in one of the STATES below.
 */
async function measurePage(context, i, state) {
  const cold = state !== 'warm';
  const page = await context.newPage();
  if (cold) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await page.goto(`https://pagesix.com/${state === 'slow' ? 'slow' : 'bench'}/${i}`);
  await page.waitForFunction(() => performance.getEntriesByName('gossip-lens:scan').length > 0, undefined, { timeout: 30_000 });
  const r = await page.evaluate(() => {
    const scan = performance.getEntriesByName('gossip-lens:scan')[0];
    const end = scan.startTime + scan.duration;
    // Long tasks that overlap the scan: the page's own parsing, before it, is not the extension's doing.
    return { scan: scan.duration, longest: Math.max(0, ...window.longTasks.filter((t) => t.start <= end && t.start + t.duration >= scan.startTime).map((t) => t.duration)) };
  });
  await page.close();
  return r;
}

const builds = [{ label: 'this build', dist: DIST }];
const base = BASELINE === 'none' ? undefined : baselineDist(BASELINE);
if (base) builds.push({ label: `baseline ${BASELINE}`, dist: base.dist });
for (const b of builds) {
  b.context = await launch(b.dist);
  b.runs = { warm: [], cold: [], slow: [] };
}
/**
 * warm: the worker awake and settled; cold: the worker stopped first (as the browser does after 30 s idle), the
 * page served at once; slow: the worker stopped, the page taking SLOW_MS to load, as real pages do (the worker
 * is woken as the page starts loading, and compiles meanwhile).
 */
const STATES = ['warm', 'cold', 'slow'];
// Page by page in turns: whatever else the machine does falls on both builds alike.
for (let i = 0; i < ROUNDS; i++) {
  for (const state of STATES) {
    for (const b of i % 2 ? [...builds].reverse() : builds) b.runs[state].push(await measurePage(b.context, i, state));
    if (state !== 'warm') await settle();
  }
}
for (const b of builds) await b.context.close();

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const b of builds) {
  b.median = {};
  for (const state of STATES) {
    const runs = b.runs[state];
    b.median[state] = { scan: median(runs.map((r) => r.scan)), longest: median(runs.map((r) => r.longest)), worst: Math.max(...runs.map((r) => r.longest)) };
  }
  const said = (state) => `${b.median[state].scan.toFixed(1)} ms, longest long task ${b.median[state].longest.toFixed(0)} ms (worst ${b.median[state].worst.toFixed(0)} ms)`;
  console.log(
    `10,000-word page in Chromium, ${b.label} (medians of ${ROUNDS}), extract + analyse + highlight: worker awake ${said('warm')}; ` +
      `worker asleep first ${said('cold')}; worker asleep, page loading for ${SLOW_MS} ms ${said('slow')}`,
  );
}
if (builds.length === 2) {
  const [now, then] = builds;
  const ratio = (state, k) => (then.median[state][k] ? (now.median[state][k] / then.median[state][k]).toFixed(2) : 'n/a');
  console.log(`ratio to the baseline, same run: time ${STATES.map((st) => `${st} ${ratio(st, 'scan')}`).join(', ')}; longest long task ${STATES.map((st) => `${st} ${ratio(st, 'longest')}`).join(', ')}`);
}

// The huge page, this build only: about 10 MB of article text, with the long-task observer installed first.
const sentence = 'A source close to the pair told the magazine that the singer left. ';
const huge = `<!doctype html><html><head><script>window.longTasks=[];new PerformanceObserver(l=>{for(const e of l.getEntries())window.longTasks.push({start:e.startTime,duration:e.duration})}).observe({type:'longtask'});</script></head><body><article>${`<p>${sentence.repeat(3)}</p>`.repeat(50_000)}</article></body></html>`;
const context = await launch(DIST);
await context.unroute('**/*');
await context.route('**/*', (route) => (new URL(route.request().url()).hostname === 'pagesix.com' ? route.fulfill({ contentType: 'text/html', body: huge }) : route.abort()));
const hugePage = await context.newPage();
await hugePage.goto('https://pagesix.com/bench/huge');
await hugePage.waitForFunction(() => performance.getEntriesByName('gossip-lens:scan').length > 0, undefined, { timeout: 180_000 });
const h = await hugePage.evaluate(() => ({
  scan: performance.getEntriesByName('gossip-lens:scan')[0].toJSON(),
  slice: performance.getEntriesByName('gossip-lens:longest-slice')[0]?.duration ?? 0,
  p95: performance.getEntriesByName('gossip-lens:slice-p95')[0]?.duration ?? 0,
  longTasks: window.longTasks,
}));
const during = h.longTasks.filter((t) => t.start >= h.scan.startTime && t.start <= h.scan.startTime + h.scan.duration);
await context.close();
console.log(`10 MB page of 50,000 paragraphs: scan ${Math.round(h.scan.duration)} ms; slices of our work: 95% under ${h.p95.toFixed(1)} ms, longest ${h.slice.toFixed(1)} ms; long tasks during the scan (at +ms: duration): ${during.map((t) => `+${Math.round(t.start - h.scan.startTime)}: ${Math.round(t.duration)}`).join(', ') || 'none'}`);
