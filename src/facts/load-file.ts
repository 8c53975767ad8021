import { readFileSync } from 'node:fs';
import type { KnownFacts } from './schema';
import { FactsError, validateKnownFacts } from './validate';

/**
 * Reads, parses and validates a known-facts file, for the builds (vite.config.ts, scripts/check-facts.mjs):
 * one error message naming the file and what is wrong with it, or the entry, never a stack trace from
 * whatever reads the facts next. Build-time only (Node's file system): the extension bundles the facts
 * already validated.
 */
export function loadKnownFactsFile(file: string): KnownFacts {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new FactsError(`${file}: cannot be read: ${(e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new FactsError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  return validateKnownFacts(data, file);
}
