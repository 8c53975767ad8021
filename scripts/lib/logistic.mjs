/**
 * L2-regularised logistic regression, fitted by Newton's method (iteratively reweighted least squares).
 * Deterministic: the same data give the same weights to the last bit. Small on purpose: a dozen features
 * and a few hundred rows, so a dense solve per step is instant. Tested against known solutions in
 * test/logistic.test.ts.
 *
 * fitLogistic(X, y, {l2, sampleWeights, priorMeans}) -> {weights, intercept}
 *   X: rows of numbers (already centred and scaled), y: 0/1, l2: penalty on the weights (not the intercept),
 *   pulling each weight toward its prior mean (0 unless given): a Gaussian prior, the MAP estimate.
 */
export function fitLogistic(X, y, { l2 = 1, sampleWeights, priorMeans, iterations = 100, tolerance = 1e-10 } = {}) {
  const n = X.length;
  const d = (X[0]?.length ?? 0) + 1; // last column: the intercept
  const row = (i) => [...X[i], 1];
  const sw = sampleWeights ?? new Array(n).fill(1);
  let beta = new Array(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array(d).fill(0));
    for (let i = 0; i < n; i++) {
      const x = row(i);
      const p = sigmoid(dot(beta, x));
      const w = sw[i] * p * (1 - p);
      for (let a = 0; a < d; a++) {
        grad[a] += sw[i] * (p - y[i]) * x[a];
        for (let b = 0; b < d; b++) hess[a][b] += w * x[a] * x[b];
      }
    }
    for (let a = 0; a < d - 1; a++) {
      grad[a] += l2 * (beta[a] - (priorMeans?.[a] ?? 0));
      hess[a][a] += l2;
    }
    const step = solve(hess, grad);
    beta = beta.map((b, a) => b - step[a]);
    if (Math.max(...step.map(Math.abs)) < tolerance) break;
  }
  return { weights: beta.slice(0, d - 1), intercept: beta[d - 1] };
}

export const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const dot = (a, b) => a.reduce((s, v, i) => s + v * b[i], 0);

/** Gaussian elimination with partial pivoting: solves A x = b for a small dense A. */
export function solve(A, b) {
  const n = b.length;
  const M = A.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[pivot][c])) pivot = r;
    [M[c], M[pivot]] = [M[pivot], M[c]];
    if (Math.abs(M[c][c]) < 1e-300) throw new Error('singular system: a feature is constant or two are the same');
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties count half). */
export function auc(scores, labels) {
  const pos = [], neg = [];
  scores.forEach((s, i) => (labels[i] ? pos : neg).push(s));
  let wins = 0;
  for (const p of pos) for (const q of neg) wins += p > q ? 1 : p === q ? 0.5 : 0;
  return wins / (pos.length * neg.length || 1);
}
