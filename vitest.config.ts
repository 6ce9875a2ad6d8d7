import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 20_000,
    // The JSON report lets .ci/run print a one-line pass/fail summary.
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
  },
});
