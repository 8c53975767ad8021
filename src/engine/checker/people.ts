import type { KnownFacts, Person } from '../../facts/schema';
import { escapeRegExp } from '../rule';
import { normalizeForMatching } from '../text';

export interface Mention {
  person: Person;
  start: number;
  end: number;
}

interface NameIndex {
  fullNames: RegExp;
  byName: Map<string, Person>;
  shortNames: Map<string, Person[]>;
}

const indexes = new WeakMap<KnownFacts, NameIndex>();

// Letters either side mean the name is part of a longer word ("Tomorrow" is not "Tom"). The check
// before the name is done in code (startsWord): a leading look-behind would run at every position.
const wordPattern = (names: Iterable<string>) =>
  new RegExp(`(?:${[...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const startsWord = (text: string, at: number) => at === 0 || !LETTER_OR_DIGIT.test(text[at - 1]!);

function nameIndex(facts: KnownFacts): NameIndex {
  let index = indexes.get(facts);
  if (!index) {
    const byName = new Map<string, Person>();
    const shortNames = new Map<string, Person[]>();
    for (const p of facts.people) {
      for (const n of [p.name, ...p.aliases]) byName.set(normalizeForMatching(n), p);
      for (const n of p.shortNames) {
        const key = normalizeForMatching(n);
        shortNames.set(key, [...(shortNames.get(key) ?? []), p]);
      }
    }
    index = { fullNames: wordPattern(byName.keys()), byName, shortNames };
    indexes.set(facts, index);
  }
  return index;
}

/**
 * Where known people are named. Full names and aliases count anywhere; short names ("Cruise", "Ana")
 * only in an article that also names that person in full, and only when no other person there shares it.
 */
export function findMentions(normalized: string, facts: KnownFacts): Mention[] {
  const index = nameIndex(facts);
  const mentions: Mention[] = [];
  const present = new Set<Person>();
  for (const m of normalized.matchAll(index.fullNames)) {
    if (!startsWord(normalized, m.index)) continue;
    const person = index.byName.get(m[0])!;
    present.add(person);
    mentions.push({ person, start: m.index, end: m.index + m[0].length });
  }
  const usable = new Map<string, Person>();
  for (const [name, owners] of index.shortNames) {
    const here = owners.filter((p) => present.has(p));
    if (here.length === 1) usable.set(name, here[0]!);
  }
  if (usable.size) {
    // Full-name mentions are sorted and disjoint: walk them alongside, so "Cruise" inside "Tom Cruise" is skipped.
    const full = mentions.slice();
    let k = 0;
    for (const m of normalized.matchAll(wordPattern(usable.keys()))) {
      if (!startsWord(normalized, m.index)) continue;
      const start = m.index;
      const end = start + m[0].length;
      while (k < full.length && full[k]!.end <= start) k++;
      if (k < full.length && full[k]!.start < end) continue;
      mentions.push({ person: usable.get(m[0])!, start, end });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
