import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Tests run the TypeScript sources: the packages' `blocksmith-source` export condition (dist/ is what `npm start` runs).
export default defineConfig({
  resolve: { conditions: ['blocksmith-source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['blocksmith-source', ...defaultServerConditions], externalConditions: ['blocksmith-source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 20_000,
    // Hooks start real servers and browsers: the bound is for one that never comes up, not a race with a loaded machine.
    hookTimeout: 60_000,
    // expect.poll waits for a state; its bound is for a state that never comes, not a race with a loaded machine.
    expect: { poll: { timeout: 30_000 } },
    // The JSON report lets .ci/run print a one-line pass/fail summary (.ci/other-node names its own).
    reporters: ['default', ['json', { outputFile: process.env.BLOCKSMITH_TEST_RESULTS ?? '.vitest-results.json' }]],
  },
});
