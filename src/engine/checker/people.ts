import type { KnownFacts, Person } from '../../facts/schema';
import { escapeRegExp } from '../rule';
import { normalizeForMatching, type Span } from '../text';

export interface Mention {
  person: Person;
  start: number;
  end: number;
}

interface NameIndex {
  /** Every full name and alias, one alternative each, longest first. */
  fullNames: RegExp;
  /** Every short name ("Cruise"), the same way; which may be used is decided per article. */
  shortNames: RegExp;
  byName: Map<string, Person>;
  ownersOfShortName: Map<string, Person[]>;
}

const indexes = new WeakMap<KnownFacts, NameIndex>();

/**
 * One alternative per name, bounded by "\b" where the name has a word character at that end, so the
 * engine's one pass can find each by its rarest word ("Rod" in "A-Rod"). Letters either side that "\b"
 * does not see ("é" in "Émile") are checked in code (startsWord, endsWord): property escapes here would
 * make the pattern slow to compile, and a page compiles it at every load.
 */
export function namesPattern(names: Iterable<string>): RegExp {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  const alternatives = sorted.map((n) => `${/^\w/.test(n) ? '\\b' : ''}${escapeRegExp(n)}${/\w$/.test(n) ? '\\b' : ''}`);
  // An empty list must match nothing, not everything.
  return new RegExp(alternatives.length ? alternatives.join('|') : '(?!)');
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Whether the character at `at` is a letter or digit in any script (ASCII told without a regular expression: names are many). */
function letterOrDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text[at]!);
}
const startsWord = (text: string, at: number) => at === 0 || !letterOrDigitAt(text, at - 1);
const endsWord = (text: string, at: number) => at >= text.length || !letterOrDigitAt(text, at);
/** A name or title found where it stands as words of its own, not inside a longer word. */
export const standsAlone = (text: string, span: Span) => startsWord(text, span.start) && endsWord(text, span.end);

export function nameIndex(facts: KnownFacts): NameIndex {
  let index = indexes.get(facts);
  if (!index) {
    const byName = new Map<string, Person>();
    const ownersOfShortName = new Map<string, Person[]>();
    for (const p of facts.people) {
      for (const n of [p.name, ...p.aliases]) byName.set(normalizeForMatching(n), p);
      for (const n of p.shortNames) {
        const key = normalizeForMatching(n);
        ownersOfShortName.set(key, [...(ownersOfShortName.get(key) ?? []), p]);
      }
    }
    index = { fullNames: namesPattern(byName.keys()), shortNames: namesPattern(ownersOfShortName.keys()), byName, ownersOfShortName };
    indexes.set(facts, index);
  }
  return index;
}

/**
 * Where known people are named. Full names and aliases count anywhere; short names ("Cruise", "Ana")
 * only in an article that also names that person in full, and only when no other person there shares it.
 */
export function findMentions(normalized: string, facts: KnownFacts, findAll: (pattern: RegExp) => readonly Span[]): Mention[] {
  const index = nameIndex(facts);
  const mentions: Mention[] = [];
  const present = new Set<Person>();
  for (const { start, end } of findAll(index.fullNames)) {
    if (!standsAlone(normalized, { start, end })) continue;
    const person = index.byName.get(normalized.slice(start, end))!;
    present.add(person);
    mentions.push({ person, start, end });
  }
  const usable = new Map<string, Person>();
  for (const [name, owners] of index.ownersOfShortName) {
    const here = owners.filter((p) => present.has(p));
    if (here.length === 1) usable.set(name, here[0]!);
  }
  if (usable.size) {
    // Full-name mentions are sorted and disjoint: walk them alongside, so "Cruise" inside "Tom Cruise" is skipped.
    const full = mentions.slice();
    let k = 0;
    for (const { start, end } of findAll(index.shortNames)) {
      const person = usable.get(normalized.slice(start, end));
      if (!person || !standsAlone(normalized, { start, end })) continue;
      while (k < full.length && full[k]!.end <= start) k++;
      if (k < full.length && full[k]!.start < end) continue;
      mentions.push({ person, start, end });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
