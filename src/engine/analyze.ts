import { rules as bundledRules } from '../rules/index';
import { knownFacts as bundledFacts } from '../facts/index';
import type { KnownFacts } from '../facts/schema';
import { widenToAttributedQuote } from './attribution';
import { checkFacts } from './checker/index';
import { denseSentences } from './density';
import { matchRule, type RuleMatch } from './match';
import type { Rule } from './rule';
import { summarize } from './summary';
import { findQuotations, normalizeForMatching, spanIndexAt, spansOverlapping, splitSentences, type Span } from './text';
import type { AnalyzeOptions, Analysis, Finding } from './types';

export interface AnalyzeContext {
  rules?: readonly Rule[];
  facts?: KnownFacts;
}

/**
 * Finds what Gossip Lens flags in an article's text. Pure: no DOM, no I/O, same result for the
 * same input, so the content script, the CLI and the tests share it.
 */
export function analyze(text: string, options: AnalyzeOptions = {}, context: AnalyzeContext = {}): Analysis {
  const ruleSet = context.rules ?? bundledRules;
  const normalized = normalizeForMatching(text);
  const sentences = splitSentences(normalized);
  const quotations = findQuotations(normalized);

  const matches = ruleSet.flatMap((rule) =>
    rule.scope === 'sentence' ? matchSentences(rule, normalized, sentences, quotations) : matchRule(rule, normalized, quotations),
  );
  matches.sort((a, b) => a.start - b.start || b.end - a.end);

  const anonymous = anonymousFindings(matches, normalized, quotations);
  const unverified = matches.filter((m) => m.rule.category === 'unverified-claim').map(toFinding);
  const invented = inventedFindings(matches, sentences);
  const facts = checkFacts(normalized, sentences, options, context.facts ?? bundledFacts);

  const all = mergeSameRule([...anonymous, ...unverified, ...invented.findings, ...facts]);
  const wanted = options.categories ? new Set(options.categories) : undefined;
  const findings = wanted ? all.filter((f) => wanted.has(f.category)) : all;
  const summary = summarize(findings, {
    sentences: sentences.length,
    inventedSentences: invented.cuedSentences,
    framing: invented.framing,
    anonymousSentences: countSentencesTouched(anonymous, sentences),
  });
  return { findings, summary };
}

function toFinding(m: RuleMatch): Finding {
  return { category: m.rule.category, rule: m.rule.id, start: m.start, end: m.end, message: m.rule.description };
}

/** Sentence-scope rules: an anchored pattern tried once per sentence, flagging the whole sentence. */
function matchSentences(rule: Rule, normalized: string, sentences: readonly Span[], quotations: readonly Span[]): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const s of sentences) {
    if (rule.where === 'outside-quotes' && spanIndexAt(quotations, s.start) >= 0) continue;
    const sentence = normalized.slice(s.start, s.end);
    if (rule.patterns.some((p) => new RegExp(p.source, p.flags.includes('i') ? p.flags : p.flags + 'i').test(sentence))) {
      out.push({ rule, start: s.start, end: s.end });
    }
  }
  return out;
}

/** Attributions to unnamed people, widened over the quotes they vouch for; continuations only after one. */
function anonymousFindings(matches: readonly RuleMatch[], normalized: string, quotations: readonly Span[]): Finding[] {
  const out: Finding[] = [];
  let lastEnd = -Infinity;
  for (const m of matches) {
    if (m.rule.category !== 'anonymous-source') continue;
    if (m.rule.follows && m.start - lastEnd > m.rule.follows.within) continue;
    const span = widenToAttributedQuote(normalized, quotations, m);
    out.push({ ...toFinding(m), ...span });
    lastEnd = Math.max(lastEnd, m.end);
  }
  return out;
}

/** Strong marks always; cues only where enough sentences around them carry cues too. */
function inventedFindings(matches: readonly RuleMatch[], sentences: readonly Span[]) {
  const candidates = matches.filter((m) => m.rule.category === 'invented-interview');
  const cued = new Array<boolean>(sentences.length).fill(false);
  for (const m of candidates) for (const i of spansOverlapping(sentences, m.start, m.end)) cued[i] = true;
  const dense = denseSentences(cued);
  const findings = candidates
    .filter((m) => m.rule.strength === 'strong' || spansOverlapping(sentences, m.start, m.end).some((i) => dense[i]))
    .map(toFinding);
  return {
    findings,
    cuedSentences: cued.filter(Boolean).length,
    framing: candidates.filter((m) => m.rule.strength === 'strong').length,
  };
}

function countSentencesTouched(findings: readonly Finding[], sentences: readonly Span[]): number {
  const touched = new Set<number>();
  for (const f of findings) for (const i of spansOverlapping(sentences, f.start, f.end)) touched.add(i);
  return touched.size;
}

/** One finding per rule per stretch: overlapping matches of the same rule become one. Sorted by position. */
function mergeSameRule(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const open = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.category}:${f.rule}`;
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
