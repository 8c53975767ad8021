import { ON_RECORD_PATTERNS } from './sourcing';
import { DRAMA, TIME_ANCHOR } from './tone';

/** What the verdict reads in the engine's one pass, beside the rules: on-record sourcing, drama words, time anchors. */
export const VERDICT_PATTERNS: readonly RegExp[] = [...ON_RECORD_PATTERNS, DRAMA, TIME_ANCHOR];
