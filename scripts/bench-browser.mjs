// In-browser figures for npm run bench: the content script's size, and the time to extract, analyse and
// highlight a 10,000-word page in real Chromium (from the extension's own "gossip-lens:scan" measure),
// with the long tasks seen meanwhile; and on a 10 MB page of 50,000 paragraphs, how long the slices of our
// work between yields are (the extension's "gossip-lens:slice-p95" and "gossip-lens:longest-slice"
// measures). Prints figures only: test/e2e/robustness.test.ts checks that such a page is read in slices.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DIST = resolve('dist');
if (!existsSync(join(DIST, 'manifest.json'))) {
  console.log('browser bench skipped: run npm run build first');
  process.exit(0);
}
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
const script = readFileSync(join(DIST, manifest.content_scripts[0].js[0]));
console.log(`content script: ${(script.length / 1024).toFixed(1)} KB, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzipped`);

if (!existsSync('/usr/bin/chromium')) {
  console.log('browser timing skipped: /usr/bin/chromium not installed');
  process.exit(0);
}
const { chromium } = await import('playwright-core');
const corpus = ['../shared/corpus/dev', '../shared/corpus/train'].filter(existsSync)
  .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`${d}/${f}`, 'utf8')).text));
const source = corpus.length ? corpus.join('\n\n') : 'A source close to the pair told the magazine they reportedly split. The sun dipped low over the hills.\n\n'.repeat(20);
const words = source.split(/\s+/);
const tenThousand = Array.from({ length: 10_000 }, (_, i) => words[i % words.length]).join(' ');
const paragraphs = tenThousand.match(/(?:\S+\s+){1,80}/g).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
const html = `<!doctype html><html><head><script>window.longTasks=[];new PerformanceObserver(l=>{for(const e of l.getEntries())window.longTasks.push(e.duration)}).observe({type:'longtask'});</script></head><body><article>${paragraphs}</article></body></html>`;

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gl-bench-')), {
  executablePath: '/usr/bin/chromium',
  headless: false,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`],
});
await context.route('**/*', (route) => (new URL(route.request().url()).hostname === 'pagesix.com' ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort()));
const times = [];
let longest = 0;
for (let i = 0; i < 5; i++) {
  const page = await context.newPage();
  await page.goto(`https://pagesix.com/bench/${i}`);
  await page.waitForFunction(() => performance.getEntriesByName('gossip-lens:scan').length > 0, undefined, { timeout: 30_000 });
  const r = await page.evaluate(() => ({ scan: performance.getEntriesByName('gossip-lens:scan')[0].duration, longTasks: window.longTasks }));
  times.push(r.scan);
  longest = Math.max(longest, ...r.longTasks, 0);
  await page.close();
}
// The huge page: about 10 MB of article text, with the long-task observer installed first.
const sentence = 'A source close to the pair told the magazine that the singer left. ';
const huge = `<!doctype html><html><head><script>window.longTasks=[];new PerformanceObserver(l=>{for(const e of l.getEntries())window.longTasks.push({start:e.startTime,duration:e.duration})}).observe({type:'longtask'});</script></head><body><article>${`<p>${sentence.repeat(3)}</p>`.repeat(50_000)}</article></body></html>`;
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
await hugePage.close();
await context.close();
times.sort((a, b) => a - b);
console.log(`10,000-word page in Chromium: extract + analyse + highlight ${times[2].toFixed(1)} ms (median of 5; min ${times[0].toFixed(1)}, max ${times[4].toFixed(1)}); longest long task: ${longest ? `${longest.toFixed(0)} ms` : 'none'}`);
console.log(`10 MB page of 50,000 paragraphs: scan ${Math.round(h.scan.duration)} ms; slices of our work: 95% under ${h.p95.toFixed(1)} ms, longest ${h.slice.toFixed(1)} ms; long tasks during the scan (at +ms: duration): ${during.map((t) => `+${Math.round(t.start - h.scan.startTime)}: ${Math.round(t.duration)}`).join(', ') || 'none'}`);
