// Types for logistic.mjs, for the tests that check it.
export function fitLogistic(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options?: { l2?: number; sampleWeights?: readonly number[]; priorMeans?: readonly number[]; iterations?: number; tolerance?: number },
): { weights: number[]; intercept: number };
export function sigmoid(z: number): number;
export function solve(A: readonly (readonly number[])[], b: readonly number[]): number[];
export function auc(scores: readonly number[], labels: readonly (number | boolean)[]): number;
