import type { KnownFacts, Person } from '../../facts/schema';
import { escapeRegExp } from '../rule';
import { normalizeForMatching, type Span } from '../text';

export interface Mention {
  person: Person;
  start: number;
  end: number;
}

/** A child on record, read as a person of its own for ages: the pseudo-person carries the child's birth date and source. */
export interface ChildMention extends Mention {
  parents: readonly Person[];
}

interface NameIndex {
  /** Every full name and alias, one alternative each, longest first. */
  fullNames: RegExp;
  /** Every short name ("Cruise"), the same way; which may be used is decided per article. */
  shortNames: RegExp;
  byName: Map<string, Person>;
  ownersOfShortName: Map<string, Person[]>;
  /** "the cuban-born actress": every description, after "the", any case. */
  descriptions: RegExp;
  ownersOfDescription: Map<string, Person[]>;
  /** Children's full and first names, as written in the facts. */
  childNames: RegExp;
  childrenByName: Map<string, { child: Person; parents: string[] }[]>;
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
    const ownersOfDescription = new Map<string, Person[]>();
    for (const p of facts.people) {
      for (const d of p.descriptions ?? []) {
        const key = d.toLowerCase();
        ownersOfDescription.set(key, [...(ownersOfDescription.get(key) ?? []), p]);
      }
    }
    const descriptionList = [...ownersOfDescription.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const descriptions = new RegExp(descriptionList.length ? String.raw`\bthe\s+(?:${descriptionList.join('|')})\b` : '(?!)', 'i');
    const childrenByName = new Map<string, { child: Person; parents: string[] }[]>();
    for (const c of facts.children) {
      if (byName.has(normalizeForMatching(c.name))) continue; // a child listed as a person is read as that person
      const child: Person = { id: `child-${c.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name: c.name, aliases: [], shortNames: [], born: c.born, source: c.source, asOf: c.asOf };
      const names = new Set([c.name, c.name.split(/\s+/)[0]!].filter((n) => n.length >= 3).map(normalizeForMatching));
      for (const n of names) childrenByName.set(n, [...(childrenByName.get(n) ?? []), { child, parents: c.parents }]);
    }
    index = {
      fullNames: namesPattern(byName.keys()),
      shortNames: namesPattern(ownersOfShortName.keys()),
      byName,
      ownersOfShortName,
      descriptions,
      ownersOfDescription,
      childNames: namesPattern(childrenByName.keys()),
      childrenByName,
    };
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
      if (otherFirstName(normalized, start)) continue;
      mentions.push({ person, start, end });
    }
  }
  // "the Cuban-born actress": a description names a person only where the article also names them in full.
  const taken = mentions.slice().sort((a, b) => a.start - b.start);
  for (const { start, end } of findAll(index.descriptions)) {
    const phrase = normalized.slice(start, end).replace(/^the\s+/i, '');
    const here = (index.ownersOfDescription.get(phrase.toLowerCase()) ?? []).filter((p) => present.has(p));
    if (here.length !== 1 || !standsAlone(normalized, { start, end })) continue;
    const from = end - phrase.length;
    if (taken.some((m) => m.start < end && from < m.end)) continue;
    mentions.push({ person: here[0]!, start: from, end });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const TITLES = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Prince|Princess|King|Queen|Mx|Star|Actress|Actor|Singer|Rapper|Model|Director|Producer|Former|Superstar|Pop|Country|Hollywood|Oscar|Grammy|Emmy|Mom|Dad|Mama|Papa|Aunt|Uncle)\.?$/;

/**
 * Whether a short name at `start` is the surname of someone else: "Bruce Paltrow" is not Gwyneth, "Scott Eastwood"
 * not Clint. A capitalized word just before it, not a title and not opening the sentence, is taken for another first name.
 */
function otherFirstName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const word = /([A-Z][\w'-]*)[ \t]+$/.exec(before);
  if (!word) return false;
  const lead = before.slice(0, word.index);
  if (/(?:^|[.!?:"\n(\u2014\u2013-]\s*)$/.test(lead)) return false; // opens a sentence or a clause
  return !TITLES.test(word[1]!);
}

/**
 * Children on record named in an article that names one of their parents: "Suri", "Scott Eastwood". A name that
 * is also a listed person's, or that two children present share, is left alone.
 */
export function findChildMentions(normalized: string, facts: KnownFacts, mentions: readonly Mention[], findAll: (pattern: RegExp) => readonly Span[]): ChildMention[] {
  const index = nameIndex(facts);
  if (!index.childrenByName.size) return [];
  const present = new Map(mentions.map((m) => [m.person.id, m.person]));
  const out: ChildMention[] = [];
  // Child names and mentions both come in text order: one walk finds whether a name lies inside a mention.
  let k = 0;
  for (const { start, end } of findAll(index.childNames)) {
    if (!standsAlone(normalized, { start, end })) continue;
    while (k < mentions.length && mentions[k]!.end <= start) k++;
    if (k < mentions.length && mentions[k]!.start < end) continue;
    const here = (index.childrenByName.get(normalized.slice(start, end)) ?? []).filter((c) => c.parents.some((p) => present.has(p)));
    if (here.length !== 1) continue;
    const parents = here[0]!.parents.map((p) => present.get(p)).filter((p): p is Person => p !== undefined);
    out.push({ person: here[0]!.child, start, end, parents });
  }
  return out;
}
