import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db } from './db.js';

type Runner = Pick<Transaction, 'query' | 'exec'>;

async function run<T>(runner: Runner, sql: string, params?: unknown[]): Promise<T[]> {
  if (params && params.length > 0) return (await runner.query<T>(sql, params)).rows;
  // The extended protocol accepts a single statement only; exec takes a whole script.
  const results = await runner.exec(sql);
  return (results.at(-1)?.rows ?? []) as T[];
}

function transactionDb(tx: Transaction): Db {
  const db: Db = {
    query: (sql, params) => run(tx, sql, params),
    transaction: (fn) => fn(db),
    close: () => Promise.reject(new Error('close() called inside a transaction')),
  };
  return db;
}

/**
 * Embedded PostgreSQL. With `dataDir` the data lives on disk and survives restarts;
 * without it the database is in memory (tests).
 */
export async function createPgliteDb(dataDir?: string): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  return pgliteDb(await PGlite.create(dataDir ? { dataDir } : {}));
}

/** The Db interface over an open PGlite (tests open theirs from a snapshot). */
export function pgliteDb(pg: PGlite): Db {
  return {
    query: (sql, params) => run(pg, sql, params),
    transaction: (fn) => pg.transaction((tx) => fn(transactionDb(tx))),
    close: () => pg.close(),
  };
}
