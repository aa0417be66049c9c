import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../db/db.js';
import { migrate } from '../db/migrate.js';
import { createPgDb } from '../db/pg-db.js';
import { createMigratedPgliteDb } from './pglite-snapshot.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite loaded from a migrated
 * snapshot, or, when TEST_DATABASE_URL is set, a schema of its own on that server,
 * dropped by close().
 */
export async function createTestDb(): Promise<Db> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return createMigratedPgliteDb();
  const db = await createSchemaDb(url);
  await migrate(db);
  return db;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createSchemaDb(url: string): Promise<Db> {
  const schema = `piazza_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create schema ${schema}`);
  const db = createPgDb(url, { searchPath: schema, maxConnections: 4 });
  return {
    query: (sql, params) => db.query(sql, params),
    transaction: (fn) => db.transaction(fn),
    async close() {
      await db.close();
      await adminQuery(url, `drop schema ${schema} cascade`);
    },
  };
}
