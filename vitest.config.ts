import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * Node-side tests: the server (against PGlite, or PostgreSQL when TEST_DATABASE_URL is
 * set), shared logic, mocks and build scripts. Components run in Chromium through
 * @web/test-runner instead (web-test-runner.config.js).
 */
export default defineConfig({
  resolve: {
    alias: {
      '@piazza/shared/screens': fileURLToPath(new URL('shared/src/screens.ts', import.meta.url)),
      '@piazza/shared': fileURLToPath(new URL('shared/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: [
      'server/**/*.test.ts',
      'shared/**/*.test.ts',
      'mocks/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    exclude: ['**/*.browser.test.ts', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // Migrates a PGlite once and snapshots it, so test files load it instead of migrating.
    globalSetup: ['server/src/test-support/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
