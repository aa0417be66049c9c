import type { Db } from './db.js';
import { createPgDb } from './pg-db.js';
import { createPgliteDb } from './pglite-db.js';

export interface OpenDbOptions {
  /** postgres://… switches to a PostgreSQL server; otherwise embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite's data folder; omitted means in memory. */
  dataDir?: string | undefined;
}

export async function openDb(options: OpenDbOptions): Promise<Db> {
  if (options.databaseUrl) return createPgDb(options.databaseUrl);
  return createPgliteDb(options.dataDir);
}
