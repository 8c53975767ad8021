import type { Category } from './types';

declare global {
  /**
   * True only inside the extension's bundle (vite.config.ts defines it): each rule file then leaves its
   * examples out, since they are for the tests and the build's validation, which read the source files.
   */
  var __GOSSIP_LENS_SHIPPED__: true | undefined;
}

/**
 * A rule is data: the phrases that mark a problem and examples that prove them.
 * The matching mechanism lives in engine/match.ts; a rule never runs code of its own.
 */
export interface Rule {
  /** Kebab-case, equal to the file name in src/rules/. */
  id: string;
  category: Category;
  /** One plain-words line: shown in the tooltip and the CLI report. */
  description: string;
  /** Where the phrase list comes from, so a reviewer can judge its coverage. */
  origin?: string;
  /**
   * Matched against text whose curly quotes and apostrophes are straightened and whose
   * no-break spaces are plain spaces (same length, so offsets hold). The `g` and `i`
   * flags are added by the matcher. Patterns must be linear: bounded gaps only.
   * Write them naturally: the matcher finds each by its rarest word (engine/anchors/compute.ts),
   * which it can read when the pattern opens on `\b` and words, or has a word after white space.
   * One it cannot read still works, at the cost of a scan of the whole text; a test names it.
   */
  patterns: RegExp[];
  /**
   * 'cue' findings count toward a density decision and are shown only where enough of them
   * cluster (a run of novelistic sentences); 'strong' findings are shown wherever they occur;
   * 'context' findings are shown only in an article whose summary says likely-fabricated, and do not
   * count toward that summary (quotes are ordinary in reporting, suspect in an invented tell-all).
   */
  strength?: 'strong' | 'cue' | 'context';
  /** Where a match may stand: hedges inside someone's quote are that person's words, not the writer's. */
  where?: 'anywhere' | 'outside-quotes' | 'inside-quotes';
  /**
   * A continuation ("they added") means something only right after another finding: the match is
   * kept when a finding of `category` from another rule ends at most `within` characters before it.
   */
  follows?: { category: Category; within: number };
  /**
   * Words before a match that settle it: the match is dropped where the text just before it (at most
   * `within` characters of it) ends with `pattern` ("told Us Weekly in" before "an exclusive interview").
   * Read on that short stretch only, so it costs little and cannot backtrack across the text.
   */
  unlessAfter?: { pattern: RegExp; within: number };
  /**
   * 'text' (default): patterns scan the whole text. 'sentence': each pattern is tried once per
   * sentence, anchored, and a match flags the whole sentence (for shapes such as a leading question).
   */
  scope?: 'text' | 'sentence';
  /** Sentences written for this rule: every `flag` one must match, no `pass` one may. */
  examples: { flag: string[]; pass: string[] };
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/**
 * White space inside one paragraph: spaces and at most one line break, so a pattern's gap never
 * runs from one paragraph (or headline) into the next.
 */
export const SPACE = String.raw`(?:[ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*)`;

/** Escapes a literal phrase for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds one pattern from a list of literal phrases: spaces match any run of white space
 * (line breaks included), apostrophes are straight (the matcher straightens the text), and
 * each phrase must start and end on a word boundary.
 */
export function phrases(list: readonly string[]): RegExp {
  const alternatives = [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p.replace(/[’‘]/g, "'")).replace(/ +/g, '\\s+'));
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`);
}

/**
 * Checks a rule set before it ships: ids unique and kebab-case, a one-line description, a known
 * category and strength, patterns that are RegExps without the sticky flag, examples present.
 * Throws naming the rule and the problem; the build and the tests call it.
 */
export function validateRules(rules: readonly unknown[]): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  rules.forEach((value, i) => {
    const r = value as Partial<Rule> | null;
    const name = typeof r?.id === 'string' ? `rule "${r.id}"` : `rule #${i}`;
    if (!r || typeof r !== 'object') return void problems.push(`${name}: not an object`);
    if (typeof r.id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r.id)) problems.push(`${name}: id must be kebab-case`);
    else if (seen.has(r.id)) problems.push(`${name}: duplicate id`);
    else seen.add(r.id);
    if (!['anonymous-source', 'unverified-claim', 'invented-interview', 'fact-contradiction'].includes(r.category as string)) problems.push(`${name}: unknown category ${JSON.stringify(r.category)}`);
    if (typeof r.description !== 'string' || !/^[^\n]{10,160}$/.test(r.description)) problems.push(`${name}: description must be one line of 10-160 characters`);
    if (!Array.isArray(r.patterns) || !r.patterns.length || !r.patterns.every((p) => p instanceof RegExp && !p.sticky)) problems.push(`${name}: patterns must be a non-empty list of non-sticky RegExps`);
    if (r.strength !== undefined && !['strong', 'cue', 'context'].includes(r.strength)) problems.push(`${name}: unknown strength ${JSON.stringify(r.strength)}`);
    if (r.unlessAfter !== undefined && !(r.unlessAfter.pattern instanceof RegExp && r.unlessAfter.within > 0 && r.unlessAfter.within <= 200)) problems.push(`${name}: unlessAfter needs a RegExp and a reach of 1-200 characters`);
    if (!r.examples || !Array.isArray(r.examples.flag) || !r.examples.flag.length || !Array.isArray(r.examples.pass)) problems.push(`${name}: needs examples.flag (at least one) and examples.pass`);
  });
  if (problems.length) throw new Error(`rules: ${problems.join('; ')}`);
}
