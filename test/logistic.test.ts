import { describe, expect, it } from 'vitest';
// The optimiser behind `npm run fit-verdict` (scripts/lib/logistic.mjs), checked against solutions known in closed form.
import { auc, fitLogistic, sigmoid, solve } from '../scripts/lib/logistic.mjs';

const logit = (p: number) => Math.log(p / (1 - p));

describe('fitLogistic', () => {
  it('finds the closed-form maximum-likelihood fit for one binary feature', () => {
    // x = 0: 3 of 10 positive; x = 1: 8 of 10 positive. Unpenalised MLE: intercept logit(0.3), weight logit(0.8) - logit(0.3).
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 10; i++) (X.push([0]), y.push(i < 3 ? 1 : 0));
    for (let i = 0; i < 10; i++) (X.push([1]), y.push(i < 8 ? 1 : 0));
    const { weights, intercept } = fitLogistic(X, y, { l2: 0 });
    expect(intercept).toBeCloseTo(logit(0.3), 8);
    expect(weights[0]).toBeCloseTo(logit(0.8) - logit(0.3), 8);
  });

  it('counts a sample weight of 2 as the row given twice', () => {
    const X = [[0.5], [-1], [2], [0], [1.5], [-0.5]];
    const y = [1, 0, 1, 0, 0, 1];
    const weighted = fitLogistic(X, y, { l2: 0.5, sampleWeights: [2, 1, 1, 1, 1, 1] });
    const doubled = fitLogistic([X[0]!, ...X], [y[0]!, ...y], { l2: 0.5 });
    expect(weighted.weights[0]).toBeCloseTo(doubled.weights[0]!, 10);
    expect(weighted.intercept).toBeCloseTo(doubled.intercept, 10);
  });

  it('stops where the penalised gradient is zero, and shrinks weights as the penalty grows', () => {
    const X = [[1, 0.2], [-1, 0.4], [0.3, -1], [2, 1], [-0.7, 0.1], [0.1, -0.3], [1.2, 0.8], [-1.5, -0.2]];
    const y = [1, 0, 0, 1, 0, 1, 1, 0];
    const l2 = 1.5;
    const { weights, intercept } = fitLogistic(X, y, { l2 });
    const grad = [0, 0, 0];
    X.forEach((x, i) => {
      const r = sigmoid(intercept + x[0]! * weights[0]! + x[1]! * weights[1]!) - y[i]!;
      grad[0]! += r * x[0]!;
      grad[1]! += r * x[1]!;
      grad[2]! += r;
    });
    expect(grad[0]! + l2 * weights[0]!).toBeCloseTo(0, 9);
    expect(grad[1]! + l2 * weights[1]!).toBeCloseTo(0, 9);
    expect(grad[2]!).toBeCloseTo(0, 9);
    const heavier = fitLogistic(X, y, { l2: 15 });
    expect(Math.hypot(...heavier.weights)).toBeLessThan(Math.hypot(...weights));
  });

  it('pulls weights toward their prior means, all the way under a heavy penalty', () => {
    const X = [[1, 0], [0, 1], [1, 1], [0, 0], [1, 0.5], [0.2, 0.1]];
    const y = [1, 0, 1, 0, 0, 1];
    const { weights } = fitLogistic(X, y, { l2: 1e9, priorMeans: [1.5, -0.5] });
    expect(weights[0]).toBeCloseTo(1.5, 5);
    expect(weights[1]).toBeCloseTo(-0.5, 5);
    const free = fitLogistic(X, y, { l2: 1 });
    const pulled = fitLogistic(X, y, { l2: 1, priorMeans: [3, 0] });
    expect(pulled.weights[0]).toBeGreaterThan(free.weights[0]!);
  });

  it('gives the same weights for the same data, run after run', () => {
    const X = [[0.1, 2], [1, -1], [0.4, 0.3], [-2, 0.5]];
    const y = [1, 0, 1, 0];
    expect(fitLogistic(X, y, { l2: 1 })).toEqual(fitLogistic(X, y, { l2: 1 }));
  });
});

describe('solve and auc', () => {
  it('solves a small linear system that needs a row swap', () => {
    expect(solve([[0, 2], [3, 1]], [4, 5]).map((v: number) => Math.round(v * 1e9) / 1e9)).toEqual([1, 2]);
  });

  it('scores a perfect ranking 1, a reversed one 0, ties one half', () => {
    expect(auc([0.9, 0.8, 0.1], [1, 1, 0])).toBe(1);
    expect(auc([0.1, 0.2, 0.9], [1, 1, 0])).toBe(0);
    expect(auc([0.5, 0.5], [1, 0])).toBe(0.5);
  });
});
