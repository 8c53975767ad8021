import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup-anchors.ts'],
    // Real-browser suites run through test/e2e/*.test.ts and need the built extension.
    testTimeout: 30_000,
    // One file at a time: the browser suites measure time, and the ReDoS analysis would starve them of CPU.
    fileParallelism: false,
    hookTimeout: 120_000,
  },
});
