import { knownFactsSchema, type KnownFacts } from './schema';

/** Thrown for a facts file that must not ship; the message names the entry and what is wrong. */
export class FactsError extends Error {
  override name = 'FactsError';
}

/**
 * Checks a parsed facts file against the schema and its cross-references (ids exist, no duplicates,
 * dates in order). Used by the build, the CLI build and the tests; the engine trusts the bundled copy.
 */
export function validateKnownFacts(data: unknown, file = 'known-facts.json'): KnownFacts {
  const parsed = knownFactsSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${describePath(data, issue.path)}: ${issue.message}`);
    throw new FactsError(`${file}: ${problems.join('; ')}`);
  }
  const facts = parsed.data;
  const problems: string[] = [];
  const personIds = new Set<string>();
  for (const p of facts.people) {
    if (personIds.has(p.id)) problems.push(`people "${p.id}": duplicate id`);
    personIds.add(p.id);
    if (p.died && p.died < p.born) problems.push(`people "${p.id}": died before born`);
  }
  // A lower-case kebab string is meant as an id, so it must exist; anything else is a plain name.
  const checkPartner = (where: string, who: string) => {
    if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(who) && !personIds.has(who)) problems.push(`${where}: unknown person id "${who}"`);
  };
  for (const m of facts.marriages) {
    m.spouses.forEach((s) => checkPartner(`marriages "${m.id}"`, s));
    if (m.divorced && m.divorced < m.married) problems.push(`marriages "${m.id}": divorced before married`);
  }
  for (const e of facts.engagements) e.people.forEach((s) => checkPartner(`engagements "${e.id}"`, s));
  for (const c of facts.children) c.parents.forEach((s) => checkPartner(`children "${c.name}"`, s));
  const workIds = new Set<string>();
  for (const w of facts.works) {
    if (workIds.has(w.id)) problems.push(`works "${w.id}": duplicate id`);
    workIds.add(w.id);
    w.cast.forEach((s) => checkPartner(`works "${w.id}" cast`, s));
  }
  if (problems.length) throw new FactsError(`${file}: ${problems.join('; ')}`);
  return facts;
}

/** "people[3].born" becomes `people "tom-cruise" born`, so the message names the entry, not an index. */
function describePath(data: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    const next = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const entry = next as { id?: unknown; name?: unknown } | undefined;
      const label = typeof entry?.id === 'string' ? entry.id : typeof entry?.name === 'string' ? entry.name : `#${key}`;
      parts.push(`"${label}"`);
    } else parts.push(String(key));
    node = next;
  }
  return parts.join(' ') || '(top level)';
}
