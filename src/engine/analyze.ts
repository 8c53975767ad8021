import { rules as bundledRules } from '../rules/index';
import { extendToAttribution } from './attribution';
import { denseSentences } from './density';
import { compiledPatterns, scanText, type RuleMatch } from './match';
import type { Rule } from './rule';
import { summarize, verdictOf } from './summary';
import { VERDICT_PATTERNS } from './verdict/patterns';
import { DRAMA, TIME_ANCHOR } from './verdict/tone';
import { count, sentencesTouched, sourcingSignals, wordSignals, type ArticleSignals } from './verdict/signals';
import { findQuotations, normalizeForMatching, spansOverlapping, splitSentences, type Span } from './text';
import type { AnalyzeOptions, Analysis, Finding } from './types';

/** What the fact checker reads: the text as the rules saw it, and what the one pass found of its claims. */
export interface FactCheckInput {
  normalized: string;
  sentences: readonly Span[];
  quotations: readonly Span[];
  options: AnalyzeOptions;
  claims: ReadonlyMap<RegExp, readonly Span[]>;
}

export interface TextContext {
  rules?: readonly Rule[];
  /**
   * Patterns the one pass finds beside the rules: at least the verdict's (VERDICT_PATTERNS), and the fact
   * checker's claims, names and titles where it runs in the same pass (see with-facts.ts).
   */
  extraPatterns?: readonly RegExp[];
  /**
   * The fact contradictions of this text. Absent: none. The CLI and the tests check the bundled facts here
   * (with-facts.ts); the content script asks the background, which holds the facts, and hands the answer in.
   */
  checkFacts?: (input: FactCheckInput) => Finding[];
}

/**
 * Finds what Gossip Lens flags in an article's text. Pure: no DOM, no I/O, same result for the same input,
 * so the content script, the CLI and the tests share it. The known facts come in through `checkFacts`, so
 * a caller that does not carry them (the content script) does not bundle them: see with-facts.ts for the
 * `analyze` everything else calls.
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}, context: TextContext = {}): Analysis {
  const ruleSet = context.rules ?? bundledRules;
  const normalized = normalizeForMatching(text);
  const sentences = splitSentences(normalized);
  const quotations = findQuotations(normalized);

  // One pass finds the rules' phrases, the verdict's marks and (where it runs here) the claims the fact checker reads.
  const { matches, extra: claims } = scanText(ruleSet, context.extraPatterns ?? VERDICT_PATTERNS, normalized, sentences, quotations);
  matches.sort((a, b) => a.start - b.start || b.end - a.end);

  const anonymous = anonymousFindings(matches, normalized);
  const unverified = matches.filter((m) => m.rule.category === 'unverified-claim').map(toFinding);
  const inventedCandidates = matches.filter((m) => m.rule.category === 'invented-interview');
  const cues = inventedCues(inventedCandidates, sentences);
  const contradictions = context.checkFacts?.({ normalized, sentences, quotations, options, claims }) ?? [];
  const anonymousTouched = sentencesTouched(anonymous, sentences);
  const signals: ArticleSignals = {
    sentences: sentences.length,
    anonymousSentences: count(anonymousTouched),
    hedgedSentences: count(sentencesTouched(unverified.filter((f) => !QUESTION_RULES.has(f.rule)), sentences)),
    questionSentences: count(sentencesTouched(unverified.filter((f) => QUESTION_RULES.has(f.rule)), sentences)),
    inventedSentences: cues.cuedSentences,
    isolatedInventedSentences: cues.isolatedSentences,
    framing: cues.framing,
    contradictedSentences: count(sentencesTouched(contradictions, sentences)),
    dramaSentences: count(sentencesTouched(claims.get(DRAMA) ?? [], sentences)),
    datedSentences: count(sentencesTouched(claims.get(TIME_ANCHOR) ?? [], sentences)),
    ...wordSignals(normalized, sentences),
    ...sourcingSignals(normalized, sentences, quotations, claims, anonymousTouched),
  };
  // The article-level verdict decides how much of the invented-interview evidence is shown.
  const verdict = verdictOf(signals);
  const fabricated = verdict.verdict === 'likely-fabricated';
  const invented = inventedCandidates.filter((m) => shownInvented(m, fabricated, cues.dense, sentences)).map(toFinding);

  const all = mergeOverlapping([...anonymous, ...unverified, ...invented, ...contradictions]);
  const wanted = options.categories ? new Set(options.categories) : undefined;
  const findings = wanted ? all.filter((f) => wanted.has(f.category)) : all;
  return { findings, summary: summarize(findings, verdict) };
}

/**
 * Builds what the first analysis would (the rule index: anchor words, compiled patterns) without reading a
 * text, so a caller that works in slices can spend that once-only time in a slice of its own.
 */
export function prepareText(context: TextContext = {}): void {
  analyzeText('', {}, context);
}

/**
 * A short text in two-byte form (the curly apostrophe), as page text with typographic quotes is: V8 compiles
 * a regular expression for each string representation separately, and to machine code on its second run.
 */
const WARM_SAMPLE = 'a\u2019';
const WARMED_PER_STEP = 16;

/**
 * Runs every pattern of the index (built first, as prepareText does) twice on a short sample, a few patterns
 * a step: V8 then compiles them now rather than during the first text (about two thirds of a first
 * analysis's time). For a caller with idle time before its first text, such as the extension's background
 * between a page's wake-up and its article; between steps it can answer whatever arrives.
 */
export function* warmUpSteps(context: TextContext = {}): Generator<void, void> {
  prepareText(context);
  const patterns = compiledPatterns(context.rules ?? bundledRules, context.extraPatterns ?? VERDICT_PATTERNS);
  for (let i = 0; i < patterns.length; i++) {
    const re = patterns[i]!;
    for (let run = 0; run < 2; run++) {
      re.lastIndex = 0;
      re.test(WARM_SAMPLE);
    }
    re.lastIndex = 0;
    if (i % WARMED_PER_STEP === WARMED_PER_STEP - 1) yield;
  }
}

/** Rules that insinuate by asking: counted apart from hedges, for the verdict. */
const QUESTION_RULES = new Set(['leading-question', 'insinuating-tag']);

function toFinding(m: RuleMatch): Finding {
  return { category: m.rule.category, rule: m.rule.id, start: m.start, end: m.end, message: m.rule.description };
}

/** Attributions to unnamed people, extended over the outlet they spoke to; continuations only after one. */
function anonymousFindings(matches: readonly RuleMatch[], normalized: string): Finding[] {
  const out: Finding[] = [];
  let lastEnd = -Infinity;
  for (const m of matches) {
    if (m.rule.category !== 'anonymous-source') continue;
    if (m.rule.follows && m.start - lastEnd > m.rule.follows.within) continue;
    const span = extendToAttribution(normalized, m);
    out.push({ ...toFinding(m), ...span });
    lastEnd = Math.max(lastEnd, m.end);
  }
  return out;
}

/** Which sentences carry invented-interview cues (context-only rules do not count) and where they cluster. */
function inventedCues(candidates: readonly RuleMatch[], sentences: readonly Span[]) {
  const cued = new Array<boolean>(sentences.length).fill(false);
  for (const m of candidates) {
    if (m.rule.strength === 'context') continue;
    for (const i of spansOverlapping(sentences, m.start, m.end)) cued[i] = true;
  }
  const dense = denseSentences(cued);
  return {
    dense,
    cuedSentences: cued.filter(Boolean).length,
    isolatedSentences: cued.filter((c, i) => c && !dense[i]).length,
    framing: candidates.filter((m) => m.rule.strength === 'strong').length,
  };
}

/**
 * Strong marks always; in a likely-fabricated article every cue and context mark; and, whatever the verdict,
 * every mark inside a dense run of cues (the staged quotes of an invented scene included). Alone, a cue or a
 * quote is not shown: one atmospheric line or one first-person quote is ordinary in a report.
 */
function shownInvented(m: RuleMatch, fabricated: boolean, dense: readonly boolean[], sentences: readonly Span[]): boolean {
  if (m.rule.strength === 'strong' || fabricated) return true;
  return spansOverlapping(sentences, m.start, m.end).some((i) => dense[i]);
}

/**
 * One finding per category per stretch of text: overlapping matches (of one rule or of several) become
 * one highlight, named after the rule that matched first. Fact contradictions stay separate: each
 * carries its own evidence. Sorted by position.
 */
function mergeOverlapping(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const open = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = f.category;
    const prev = open.get(key);
    if (prev && f.start < prev.end && !f.evidence && !prev.evidence) {
      prev.end = Math.max(prev.end, f.end);
      continue;
    }
    open.set(key, f);
    out.push(f);
  }
  return out;
}
