export { analyze, prepare, type AnalyzeContext } from './analyze';
export * from './types';
export type { Rule } from './rule';
export { analyzeInChunks, chunkBoundaries, mergeAnalyses } from './chunks';
