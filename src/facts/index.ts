import data from './known-facts.json';
import type { KnownFacts } from './schema';

/**
 * The bundled facts. Validated at build time (vite.config.ts and scripts/build-cli.mjs) and in the
 * tests, so the content script does not carry the validator.
 */
export const knownFacts = data as KnownFacts;
