// In-browser figures for npm run bench: the content script's size, and the time to extract, analyse and
// highlight a 10,000-word page in real Chromium (from the extension's own "gossip-lens:scan" measure),
// with the long tasks seen meanwhile. Prints figures only.
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
await context.close();
times.sort((a, b) => a - b);
console.log(`10,000-word page in Chromium: extract + analyse + highlight ${times[2].toFixed(1)} ms (median of 5; min ${times[0].toFixed(1)}, max ${times[4].toFixed(1)}); longest long task: ${longest ? `${longest.toFixed(0)} ms` : 'none'}`);
