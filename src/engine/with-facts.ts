import { knownFacts as bundledFacts } from '../facts/index';
import type { KnownFacts } from '../facts/schema';
import { analyzeText, prepareText, type FactCheckInput, type TextContext } from './analyze';
import { checkFacts, claimPatternsFor } from './checker/index';
import { extraPatternsFor } from './extra-patterns';
import type { Rule } from './rule';
import { findQuotations, normalizeForMatching, splitSentences } from './text';
import { scanText } from './match';
import type { AnalyzeOptions, Analysis, Finding } from './types';

export interface AnalyzeContext {
  rules?: readonly Rule[];
  facts?: KnownFacts;
}

const checkers = new WeakMap<KnownFacts, (input: FactCheckInput) => Finding[]>();

/** The fact checker over these facts, reading the claims the engine's one pass found. */
function checkerFor(facts: KnownFacts): (input: FactCheckInput) => Finding[] {
  let check = checkers.get(facts);
  if (!check) {
    check = ({ normalized, sentences, options, claims, quotations }) => checkFacts(normalized, sentences, options, facts, claims, quotations);
    checkers.set(facts, check);
  }
  return check;
}

/**
 * Everything Gossip Lens flags in an article's text, fact contradictions included, checked against the
 * bundled known facts (or `context.facts`) in the same pass as the rules. The CLI, the background script
 * and the tests call this; the content script calls `analyzeText` and gets its contradictions from the
 * background (see contradictionsIn), so the page does not carry the facts.
 */
export function analyze(text: string, options: AnalyzeOptions = {}, context: AnalyzeContext = {}): Analysis {
  return analyzeText(text, options, textContext(context));
}

/** Builds the rule and claim index without reading a text (see prepareText). */
export function prepare(context: AnalyzeContext = {}): void {
  prepareText(textContext(context));
}

/** The core's context for these facts: their claims found in the one pass, and checked against them. */
function textContext({ rules, facts = bundledFacts }: AnalyzeContext): TextContext {
  return { rules, extraPatterns: extraPatternsFor(facts), checkFacts: checkerFor(facts) };
}

/** One array, so the pass's index for the claims alone is built once (it is cached by the rules array). */
const NO_RULES: readonly Rule[] = [];

/**
 * Only the fact contradictions of a text, with offsets into it: what the background answers the content
 * script. The same findings `analyze` gives for the same text: the claims are found by a pass of their own,
 * which looks for nothing else (not the rules, not the verdict's patterns).
 */
export function contradictionsIn(text: string, options: AnalyzeOptions = {}, facts: KnownFacts = bundledFacts): Finding[] {
  const normalized = normalizeForMatching(text);
  const sentences = splitSentences(normalized);
  const quotations = findQuotations(normalized);
  const { extra: claims } = scanText(NO_RULES, claimPatternsFor(facts), normalized, sentences, quotations);
  return checkerFor(facts)({ normalized, sentences, quotations, options, claims });
}
