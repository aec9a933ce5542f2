import { defineConfig } from 'vitest/config';

// Three tiers, run in this order by `npm test`: fast unit tests, then tests on a real build, then real Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Files share one module graph per worker: d3, the schemas and the parsed data load once, not once
          // per file (a third of the CPU time otherwise). Unit tests keep no state in modules and mock nothing.
          isolate: false,
          // The layout tests draw every published state at every width: about a second alone, but several
          // on a machine shared with builds and browsers. Slowness is the bench's business, not a failure.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/site.ts', 'tests/support/fixture-site-setup.ts'],
          // Builds of the project share its .astro/ folder; two at once can read each other's half-written files.
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // One build and one Chromium for the whole tier; each file connects to the browser.
          globalSetup: ['tests/support/site.ts', 'tests/support/fixture-site-setup.ts', 'tests/support/browser-server.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
