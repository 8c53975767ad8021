import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup-anchors.ts'],
    // Real-browser suites run through test/e2e/*.test.ts and need the built extension.
    testTimeout: 30_000,
    // Two files at a time even on two cores (vitest's default would be one): the browser suites spend much
    // of their time waiting on the browser. No test asserts how fast something runs (figures belong to
    // `npm run bench`; the two time bounds left are generous guards against blow-up, on processor time), and the
    // ReDoS check reads its verdicts from a cache, so files can share the machine.
    maxWorkers: Math.max(2, availableParallelism()),
    // One process per file (vitest's default, stated): the blow-up guards in safety.test.ts and
    // published-date.test.ts read their process's processor time, which threads would share.
    pool: 'forks',
    hookTimeout: 120_000,
  },
});
