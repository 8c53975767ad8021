export { analyze, warmUpSteps, type AnalyzeContext } from './with-facts';
export { analyzeText, prepareText, type TextContext } from './analyze';
export * from './types';
export type { Rule } from './rule';
export { analyzeInChunks, chunkBoundaries, mergeAnalyses } from './chunks';
