/**
 * The one database seam: PGlite and node-postgres both implement it with the same SQL.
 *
 * `query` with parameters runs one statement. Without parameters it may hold several
 * statements (migrations), and the rows of the last one are returned.
 */
export interface Db {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in a transaction; a transaction opened inside one joins it. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
