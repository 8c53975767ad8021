// Fits the article verdict (engine/verdict/model.json) on the labelled articles in ../shared and prints its
// cross-validated figures. Same data, same file: folds and the optimiser are deterministic, nothing is random.
//   npm run fit-verdict            fit, cross-validate, write src/engine/verdict/model.json
//   npm run fit-verdict -- --check cross-validate only, write nothing
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auc, fitLogistic, sigmoid } from './lib/logistic.mjs';

const SHARED = '../shared';
const MODEL = 'src/engine/verdict/model.json';
const FOLDS = 5;
/** Penalty on the standardised weights: enough to keep a dozen weights steady on a few hundred articles. */
const L2 = 2;
/**
 * Prior log-odds per unit of a feature, where the labelled sets hold too few cases to learn it. A sentence the
 * known facts contradict is a checked falsehood about a real person (a death, a wedding, an age), yet only a
 * dozen of the articles have one: left to the data, the penalty would shrink it toward nothing. The fit starts
 * it at this weight instead and moves it only as far as the data insist (a Gaussian prior, not a fixed number).
 */
const PRIOR_LOG_ODDS = { contradicted: 2 };
/** "now" for undated articles, pinned so the fit does not change with the day it is run. */
const NOW = new Date('2026-11-01T00:00:00Z');
const checkOnly = process.argv.includes('--check');

const load = async (entry, define = {}) => {
  const out = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent', define });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
};

// The sets: article-level labels in ../shared/articles/*, and the sentence-labelled corpus's article verdicts.
const sets = [];
if (existsSync(join(SHARED, 'articles'))) {
  for (const name of readdirSync(join(SHARED, 'articles')).sort()) {
    const dir = join(SHARED, 'articles', name);
    if (statSync(dir).isDirectory()) sets.push({ name, dirs: [dir] });
  }
}
const corpusDirs = ['dev', 'train'].map((d) => join(SHARED, 'corpus', d)).filter(existsSync);
if (corpusDirs.length) sets.push({ name: 'corpus', dirs: corpusDirs });
if (!sets.length) {
  console.error(`fit-verdict: no labelled articles in ${SHARED}/articles or ${SHARED}/corpus: nothing to fit`);
  process.exit(2);
}

/** Both versions of one story (celebrity-032fake / -032legit, entmt01-fake / -legit) share a group, so a fold never splits them. */
const groupOf = (id) => id.replace(/-?(?:fake|legit)$/, '');

// With the anchor table the build bundles (src/engine/anchor-table.ts): without it every pattern is scanned in full.
const { bundledAnchorTable } = await load('src/engine/anchor-table.ts');
const anchors = bundledAnchorTable(JSON.parse(readFileSync('src/facts/known-facts.json', 'utf8')));
const { analyze } = await load('src/engine/index.ts', { __GOSSIP_LENS_ANCHORS__: JSON.stringify(anchors) });
const { FEATURES, featureValues } = await load('src/engine/verdict/features.ts');
const rows = [];
for (const set of sets) {
  for (const dir of set.dirs) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const doc = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      if (doc.verdict !== 'fabricated' && doc.verdict !== 'reported') continue;
      const { signals } = analyze(doc.text, { published: doc.published ?? undefined, now: NOW }).summary;
      rows.push({ set: set.name, id: doc.id, group: `${set.name}/${groupOf(doc.id)}`, y: doc.verdict === 'fabricated' ? 1 : 0, x: featureValues(signals) });
    }
  }
}

// Every set weighs the same in the fit, whatever its size: a model for gossip in general, not for the largest set.
const perSet = Object.fromEntries(sets.map((s) => [s.name, rows.filter((r) => r.set === s.name).length]));
const SET_WEIGHT = { corpus: 0.5 };
const weightOf = (r) => SET_WEIGHT[r.set] ?? 1;

/** FNV-1a: a stable, well-spread number per group name, so folds do not depend on file order or luck. */
const hash = (s) => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);
const groups = [...new Set(rows.map((r) => r.group))].sort((a, b) => hash(a) - hash(b) || (a < b ? -1 : 1));
const foldOf = new Map(groups.map((g, i) => [g, i % FOLDS]));

function fit(train) {
  const d = FEATURES.length;
  const center = [], scale = [];
  for (let j = 0; j < d; j++) {
    const xs = train.map((r) => r.x[j]);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    center.push(mean);
    scale.push(sd > 1e-9 ? sd : 1);
  }
  const X = train.map((r) => r.x.map((v, j) => (v - center[j]) / scale[j]));
  const priorMeans = FEATURES.map((f, j) => (PRIOR_LOG_ODDS[f.name] ?? 0) * scale[j]);
  const { weights, intercept } = fitLogistic(X, train.map((r) => r.y), { l2: L2, sampleWeights: train.map(weightOf), priorMeans });
  return { center, scale, weights, intercept };
}
const predict = (m, x) => sigmoid(m.intercept + x.reduce((z, v, j) => z + (m.weights[j] * (v - m.center[j])) / m.scale[j], 0));

// Grouped k-fold: each article scored by a model that never saw it, nor the other version of its story.
const oof = new Map();
for (let k = 0; k < FOLDS; k++) {
  const m = fit(rows.filter((r) => foldOf.get(r.group) !== k));
  for (const r of rows.filter((r) => foldOf.get(r.group) === k)) oof.set(r, predict(m, r.x));
}
const round = (v, p = 3) => Math.round(v * 10 ** p) / 10 ** p;
const scoreOf = (r) => oof.get(r);

// Thresholds from the held-out scores. likely-fabricated: the lowest score at which at least 85% of the
// articles above it are false. mixed: the score that best splits false from true (balanced accuracy).
const candidates = [...new Set(rows.map(scoreOf).map((s) => round(s, 2)))].sort((a, b) => a - b);
const balanced = (t, rs) => {
  const pos = rs.filter((r) => r.y), neg = rs.filter((r) => !r.y);
  return (pos.filter((r) => scoreOf(r) >= t).length / pos.length + neg.filter((r) => scoreOf(r) < t).length / neg.length) / 2;
};
const precisionAbove = (t) => {
  const above = rows.filter((r) => scoreOf(r) >= t);
  return above.length >= 10 ? above.filter((r) => r.y).reduce((a, r) => a + weightOf(r), 0) / above.reduce((a, r) => a + weightOf(r), 0) : 0;
};
let mixed = candidates.reduce((best, t) => (balanced(t, rows) > balanced(best, rows) ? t : best), 0.5);
let likelyFabricated = candidates.find((t) => t > mixed && precisionAbove(t) >= 0.85) ?? Math.max(0.7, mixed + 0.2);

const figures = {};
for (const s of [...sets.map((s) => s.name), 'all']) {
  const rs = s === 'all' ? rows : rows.filter((r) => r.set === s);
  const acc = rs.filter((r) => (scoreOf(r) >= mixed) === !!r.y).length / rs.length;
  figures[s] = { articles: rs.length, fabricated: rs.filter((r) => r.y).length, auc: round(auc(rs.map(scoreOf), rs.map((r) => r.y))), accuracyNotReportedMeansFalse: round(acc) };
}

const final = fit(rows);
const model = {
  about: 'Article verdict: logistic regression over engine/verdict/features.ts, written by scripts/fit-verdict.mjs (npm run fit-verdict). Do not edit by hand.',
  features: FEATURES.map((f) => f.name),
  center: final.center.map((v) => round(v, 6)),
  scale: final.scale.map((v) => round(v, 6)),
  weights: final.weights.map((v) => round(v, 6)),
  intercept: round(final.intercept, 6),
  thresholds: { mixed, likelyFabricated },
  l2: L2,
  priorLogOdds: PRIOR_LOG_ODDS,
  fittedOn: sets.map((s) => ({ set: s.name, articles: perSet[s.name], fabricated: rows.filter((r) => r.set === s.name && r.y).length })),
  crossValidation: { folds: FOLDS, grouping: 'both versions of one story in the same fold; each set weighted equally', ...figures },
};

console.log(`${rows.length} articles in ${groups.length} groups; ${FOLDS}-fold grouped cross-validation (held-out scores):`);
for (const [s, f] of Object.entries(figures)) console.log(`  ${s.padEnd(28)} ${String(f.articles).padStart(4)} articles  AUC ${f.auc.toFixed(3)}  accuracy (score >= mixed means false) ${f.accuracyNotReportedMeansFalse.toFixed(3)}`);
console.log(`thresholds: mixed ${mixed}, likely-fabricated ${likelyFabricated}`);
console.log('weights (standardised):');
FEATURES.forEach((f, j) => console.log(`  ${f.name.padEnd(16)} ${final.weights[j] >= 0 ? ' ' : ''}${final.weights[j].toFixed(3)}`));
// The corpus's hoax tell-alls must read likely-fabricated under the bundled model (a test checks it too).
const hoaxes = rows.filter((r) => r.set === 'corpus' && r.y);
const missed = hoaxes.filter((r) => predict(final, r.x) < likelyFabricated);
console.log(`corpus hoaxes reading likely-fabricated under the fitted model: ${hoaxes.length - missed.length} of ${hoaxes.length}${missed.length ? ` (not: ${missed.map((r) => `${r.id} ${predict(final, r.x).toFixed(2)}`).join(', ')})` : ''}`);
if (!checkOnly) {
  writeFileSync(MODEL, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`wrote ${MODEL}`);
}
