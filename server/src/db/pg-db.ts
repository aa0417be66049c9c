import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Db } from './db.js';

export interface PgDbOptions {
  /** Schema to put first on the search_path of every connection (tests use one each). */
  searchPath?: string;
  maxConnections?: number;
}

type Queryable = Pick<pg.PoolClient, 'query'>;

/**
 * A statement with parameters is prepared once per connection, named by its text: the
 * feed's query, planned on every request, spent a quarter of its time being planned.
 * Statements are built from code, never from values, so their number stays small.
 */
function statementName(sql: string): string {
  return `p${createHash('sha1').update(sql).digest('base64url')}`;
}

async function run<T>(client: Queryable, sql: string, params?: unknown[]): Promise<T[]> {
  const result: pg.QueryResult | pg.QueryResult[] =
    params === undefined
      ? await client.query(sql)
      : await client.query({ name: statementName(sql), text: sql, values: params });
  // A parameterless multi-statement query answers with one result per statement.
  const last = Array.isArray(result) ? result.at(-1) : result;
  return (last?.rows ?? []) as T[];
}

function clientDb(client: pg.PoolClient): Db {
  const db: Db = {
    query: (sql, params) => run(client, sql, params),
    transaction: (fn) => fn(db),
    close: () => Promise.reject(new Error('close() called inside a transaction')),
  };
  return db;
}

/** A PostgreSQL server reached through a node-postgres pool. */
export function createPgDb(connectionString: string, options: PgDbOptions = {}): Db {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
  return {
    query: (sql, params) => run(pool, sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(clientDb(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
