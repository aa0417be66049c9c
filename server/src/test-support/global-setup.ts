import { ensureMigratedSnapshot } from './pglite-snapshot.js';

/** Builds the migrated PGlite snapshot once, before the test files start in parallel. */
export default async function setup(): Promise<void> {
  if (!process.env['TEST_DATABASE_URL']) await ensureMigratedSnapshot();
}
