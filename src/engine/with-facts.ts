import { knownFacts as bundledFacts } from '../facts/index';
import type { KnownFacts } from '../facts/schema';
import { analyzeText, warmUpSteps as warmUpTextSteps, type FactCheckInput, type TextContext } from './analyze';
import { checkFacts } from './checker/index';
import { extraPatternsFor } from './extra-patterns';
import type { Rule } from './rule';
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
 * and the tests call this; the content script asks the background, so the page carries neither the engine
 * nor the facts.
 */
export function analyze(text: string, options: AnalyzeOptions = {}, context: AnalyzeContext = {}): Analysis {
  return analyzeText(text, options, textContext(context));
}

/** Compiles the patterns of `analyze` ahead of a first text, a few a step (see warmUpSteps in analyze.ts). */
export function warmUpSteps(context: AnalyzeContext = {}): Generator<void, void> {
  return warmUpTextSteps(textContext(context));
}

/** The core's context for these facts: their claims found in the one pass, and checked against them. */
function textContext({ rules, facts = bundledFacts }: AnalyzeContext): TextContext {
  return { rules, extraPatterns: extraPatternsFor(facts), checkFacts: checkerFor(facts) };
}
