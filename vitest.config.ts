import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          globalSetup: ['tests/unit/setup/warm-gazetteer.ts'],
          // Speed is the benchmark's business (npm run bench); a busy CI machine must not fail tests.
          testTimeout: 30_000,
        },
      },
      {
        // Builds the site (twice: the real seeds and a folder of hostile seeds) once in a global
        // setup, serves both, and drives Debian's Chromium against them.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/setup/global-setup.ts'],
          // One browser at a time on a 2-core machine.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
