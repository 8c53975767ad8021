#!/usr/bin/env node
// Does a learned sentence classifier add anything to the hedge rules? Fits a logistic regression over word
// unigrams and bigrams on ../shared/sentences/conll2010-wikipedia-train.jsonl and reports, by 5-fold
// cross-validation (held-out folds only), precision, recall and F1 of: the rules alone (the built CLI),
// the model alone, and rules OR model. Prints figures only; bundles nothing.
//   npm run build:cli && node scripts/fit-hedges.mjs [--folds 5] [--threshold 0.5]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i < 0 ? d : Number(args[i + 1]); };
const FOLDS = opt('--folds', 5);
const THRESHOLD = opt('--threshold', 0.5);
const FILE = new URL('../../shared/sentences/conll2010-wikipedia-train.jsonl', import.meta.url).pathname;
if (!existsSync(FILE)) {
  console.log(`skipped: ${FILE} is absent (the shared sentences are not checked out here)`);
  process.exit(0);
}
const items = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

// The rules' verdict per sentence, from the built CLI, as eval-sentences.mjs reads it.
function ruleHits() {
  let text = '';
  const spans = [];
  for (const it of items) { const s = it.text.replace(/\s+/g, ' ').trim(); spans.push([text.length, text.length + s.length]); text += s + '\n\n'; }
  const dir = mkdtempSync(join(tmpdir(), 'fit-hedges-'));
  try {
    const file = join(dir, 'sentences.txt');
    writeFileSync(file, text);
    const out = JSON.parse(execFileSync('node', ['build/cli/gossip-lens.js', 'scan', '--json', file], { encoding: 'utf8', maxBuffer: 256 << 20 }));
    const hit = new Uint8Array(items.length);
    for (const f of out.flags) {
      if (f.category !== 'unverified-claim' && f.category !== 'anonymous-source') continue;
      spans.forEach(([a, b], i) => { if (a < f.end && f.start < b) hit[i] = 1; });
    }
    return hit;
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

const tokens = (t) => (t.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z]+(?:'[a-z]+)?/g) ?? []);
function features(t) {
  const w = tokens(t);
  const f = new Set(w);
  for (let i = 0; i + 1 < w.length; i++) f.add(`${w[i]} ${w[i + 1]}`);
  return [...f];
}

function fit(train, epochs = 25, rate = 0.2, l2 = 1e-4) {
  const df = new Map();
  for (const x of train) for (const f of x.f) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = new Map([...df].filter(([, n]) => n >= 3).map(([f], i) => [f, i]));
  const w = new Float64Array(vocab.size), g2 = new Float64Array(vocab.size).fill(1e-8);
  let bias = 0, bg2 = 1e-8;
  const order = train.map((_, i) => i);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const k of order) {
      const x = train[k];
      const idx = x.f.map((f) => vocab.get(f)).filter((v) => v !== undefined);
      const z = bias + idx.reduce((s, v) => s + w[v], 0);
      const err = 1 / (1 + Math.exp(-z)) - x.y;
      for (const v of idx) { const g = err + l2 * w[v]; g2[v] += g * g; w[v] -= (rate * g) / Math.sqrt(g2[v]); }
      bg2 += err * err; bias -= (rate * err) / Math.sqrt(bg2);
    }
  }
  return (x) => { let z = bias; for (const f of x.f) { const v = vocab.get(f); if (v !== undefined) z += w[v]; } return 1 / (1 + Math.exp(-z)); };
}

const score = (pairs) => {
  let tp = 0, fp = 0, fn = 0;
  for (const [gold, got] of pairs) { if (gold && got) tp++; else if (gold) fn++; else if (got) fp++; }
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const show = (name, s) => console.log(`${name.padEnd(16)} precision ${s.p.toFixed(3)} recall ${s.r.toFixed(3)} f1 ${s.f1.toFixed(3)}`);

const rules = ruleHits();
const data = items.map((it, i) => ({ f: features(it.text), y: it.hedge ? 1 : 0, rule: rules[i] }));
// Folds by a fixed shuffle, so a run is reproducible.
const fold = data.map((_, i) => (i * 7919) % FOLDS);
const rows = { rules: [], model: [], union: [] };
for (let k = 0; k < FOLDS; k++) {
  const predict = fit(data.filter((_, i) => fold[i] !== k));
  const held = data.filter((_, i) => fold[i] === k);
  const fr = [], fm = [], fu = [];
  for (const x of held) {
    const m = predict(x) >= THRESHOLD;
    fr.push([x.y, x.rule]); fm.push([x.y, m]); fu.push([x.y, x.rule || m]);
  }
  rows.rules.push(...fr); rows.model.push(...fm); rows.union.push(...fu);
  const s = score(fm);
  console.log(`fold ${k + 1}/${FOLDS}: model held-out f1 ${s.f1.toFixed(3)} (rules ${score(fr).f1.toFixed(3)}, rules or model ${score(fu).f1.toFixed(3)})`);
}
console.log(`${items.length} sentences, ${FOLDS}-fold cross-validation, held-out folds pooled:`);
show('rules', score(rows.rules));
show('model', score(rows.model));
show('rules or model', score(rows.union));
