import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { check, type Diagnostics } from 'recheck';
import type { CheckedPattern } from './patterns';

/**
 * The ReDoS check of every pattern the engine runs (see patterns.ts for the forms), with recheck's
 * asynchronous `check`: the native backend (recheck-linux-x64, installed by `npm ci`) where present, a
 * few checks at a time. Verified results are cached in verified.json, so a run re-checks only new or
 * changed patterns (redos.test.ts; `npm run redos` re-checks what is missing and prunes stale entries,
 * `npm run redos -- --all` re-verifies everything).
 *
 * Strict: `vulnerable` fails, and so does `unknown` (recheck gave up) unless accepted-unknown.json gives
 * a reason for that exact pattern and form (keyed as the cache is, so a changed pattern needs a new reason):
 * `{ "<key printed by the failure>": { "pattern": "<its label>", "reason": "why it is linear all the same" } }`.
 */

export const RECHECK_VERSION: string = JSON.parse(readFileSync(new URL('../../node_modules/recheck/package.json', import.meta.url), 'utf8')).version;

/**
 * The fuzzer's own time limits are turned off: under load (two cores shared by several processes) they ran
 * out and recheck then reported patterns as polynomial that V8 matched in linear time on the very attack
 * strings it printed. Without them the fuzzer counts steps only (attackLimit and the like) and, with its
 * fixed random seed, answers the same on a busy machine as on a quiet one. `timeout` bounds one check.
 */
export const RECHECK_PARAMS = { timeout: 60_000, attackTimeout: null, incubationTimeout: null, seedingTimeout: null } as const;
/** Where the automaton checker (exact, but slow on large patterns) times out, the fuzzer is asked instead. */
const FALLBACK_PARAMS = { ...RECHECK_PARAMS, checker: 'fuzz' } as const;

export const CACHE_FILE = new URL('./verified.json', import.meta.url);
export const ACCEPTED_FILE = new URL('./accepted-unknown.json', import.meta.url);

export interface Verdict {
  label: string;
  status: 'safe' | 'unknown';
  checker?: string;
  /** recheck's complexity summary, or the error kind where unknown. */
  detail: string;
}

export interface Cache {
  recheck: string;
  entries: Record<string, Verdict>;
}

/**
 * The cache key: a hash of everything the verdict depends on, the exact checked source and flags included,
 * so a changed pattern (or form, or recheck version, or parameters) is checked again rather than found.
 */
export function cacheKey(p: Pick<CheckedPattern, 'form' | 'pattern' | 'source' | 'flags'>, version = RECHECK_VERSION): string {
  const material = JSON.stringify([version, RECHECK_PARAMS, p.form, p.pattern.source, p.pattern.flags, p.source, p.flags]);
  return createHash('sha256').update(material).digest('hex').slice(0, 32);
}

export function loadCache(file: URL = CACHE_FILE): Cache {
  if (!existsSync(file)) return { recheck: RECHECK_VERSION, entries: {} };
  const cache = JSON.parse(readFileSync(file, 'utf8')) as Cache;
  return { recheck: RECHECK_VERSION, entries: cache.entries ?? {} };
}

/** Written with sorted keys, one entry a line, so a change to one pattern is a one-line diff. */
export function saveCache(cache: Cache, file: URL = CACHE_FILE): void {
  const keys = Object.keys(cache.entries).sort();
  const lines = keys.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(cache.entries[k])}`);
  writeFileSync(file, `{\n  "recheck": ${JSON.stringify(cache.recheck)},\n  "entries": {\n${lines.join(',\n')}\n  }\n}\n`);
}

export type Accepted = Record<string, { pattern: string; reason: string }>;

export function loadAccepted(file: URL = ACCEPTED_FILE): Accepted {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Accepted) : {};
}

export interface Outcome {
  pattern: CheckedPattern;
  key: string;
  /** Whether the verdict came from the cache. */
  cached: boolean;
  status: Diagnostics['status'];
  checker?: string;
  detail: string;
  /** For a vulnerable pattern: recheck's attack string, as an expression. */
  attack?: string;
}

async function checkOne(p: CheckedPattern): Promise<Diagnostics> {
  const first = await check(p.source, p.flags, RECHECK_PARAMS);
  if (first.status !== 'unknown' || first.checker === 'fuzz') return first;
  return check(p.source, p.flags, FALLBACK_PARAMS);
}

function outcomeOf(pattern: CheckedPattern, key: string, d: Diagnostics): Outcome {
  const detail = d.status === 'unknown' ? `${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''}` : d.complexity.summary;
  return { pattern, key, cached: false, status: d.status, checker: d.checker, detail, ...(d.status === 'vulnerable' && { attack: d.attack.pattern }) };
}

/**
 * Checks each pattern not already verified in `cache` (all of them without one), `concurrency` at a time,
 * and returns every pattern's outcome in input order. Does not write the cache: see `remember`.
 */
export async function checkPatterns(patterns: readonly CheckedPattern[], options: { cache?: Cache; concurrency?: number; onChecked?: (o: Outcome) => void } = {}): Promise<Outcome[]> {
  const keys = patterns.map((p) => cacheKey(p));
  const out: Outcome[] = new Array(patterns.length);
  const todo: number[] = [];
  patterns.forEach((p, i) => {
    const known = options.cache?.entries[keys[i]!];
    if (known) out[i] = { pattern: p, key: keys[i]!, cached: true, status: known.status, checker: known.checker, detail: known.detail };
    else todo.push(i);
  });
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const i = todo[next++]!;
      out[i] = outcomeOf(patterns[i]!, keys[i]!, await checkOne(patterns[i]!));
      options.onChecked?.(out[i]!);
    }
  };
  // The first check alone: recheck starts its native agent on the first call, and calls made before it is
  // up would each start one.
  if (todo.length) {
    next = 1;
    out[todo[0]!] = outcomeOf(patterns[todo[0]!]!, keys[todo[0]!]!, await checkOne(patterns[todo[0]!]!));
    options.onChecked?.(out[todo[0]!]!);
  }
  const concurrency = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), todo.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}

/** One message per pattern that fails, naming its rule (or engine part), pattern, form and what recheck found. */
export function failuresOf(outcomes: readonly Outcome[], accepted: Accepted = loadAccepted()): string[] {
  return outcomes.flatMap((o) => {
    const where = `${o.pattern.owner}: ${o.pattern.label}, checked as /${o.pattern.source}/${o.pattern.flags}`;
    if (o.status === 'vulnerable') return [`${where} is vulnerable (${o.detail}); attack: ${o.attack}`];
    if (o.status === 'unknown' && !accepted[o.key]) return [`${where}: recheck could not decide (${o.detail}); fix the pattern or record a reason under key ${o.key} in test/redos/accepted-unknown.json`];
    return [];
  });
}

/** Adds the verified outcomes (safe, or unknown with an accepted reason) to the cache; returns how many were new. */
export function remember(cache: Cache, outcomes: readonly Outcome[], accepted: Accepted = loadAccepted()): number {
  let added = 0;
  for (const o of outcomes) {
    if (o.cached) continue;
    if (o.status === 'safe' || (o.status === 'unknown' && accepted[o.key])) {
      cache.entries[o.key] = { label: o.pattern.label, status: o.status, checker: o.checker, detail: o.detail };
      added++;
    }
  }
  return added;
}

/** Cache entries for no current pattern (changed or removed since). */
export function staleKeys(cache: Cache, patterns: readonly CheckedPattern[]): string[] {
  const current = new Set(patterns.map((p) => cacheKey(p)));
  return Object.keys(cache.entries).filter((k) => !current.has(k));
}
