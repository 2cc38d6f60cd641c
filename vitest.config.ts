import { defineConfig } from 'vitest/config';

// Three projects, one command (`npm test`):
// - core: the pure domain, fast, run in parallel;
// - server: use cases and routes against a real database (PGlite always, and
//   PostgreSQL when TEST_DATABASE_URL is set);
// - e2e: Playwright driving Debian's Chromium against a real server.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          include: ['src/core/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          include: ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts', 'test/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
