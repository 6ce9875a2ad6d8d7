import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 20_000,
    // expect.poll waits for a state; its bound is for a state that never comes, not a race with a loaded machine.
    expect: { poll: { timeout: 30_000 } },
    // The JSON report lets .ci/run print a one-line pass/fail summary.
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
  },
});
