import type { Db } from '../db/db.js';
import { generateNetwork } from './generate-network.js';
import { hasNetwork, seedDatabase } from './load-network.js';

export interface SeedIfEmptyOptions {
  scale?: number;
  /** Dates the news relative to now, so the demo reads as fresh. */
  referenceDate?: Date;
}

/**
 * Seeds the demo network unless the database already holds one; returns whether it did.
 * Instances starting together on one PostgreSQL server seed it once.
 */
export async function seedIfEmpty(db: Db, options: SeedIfEmptyOptions = {}): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('piazza-seed'))`, []);
    if (await hasNetwork(tx)) return false;
    const { scale = 1, referenceDate = new Date() } = options;
    await seedDatabase(tx, generateNetwork({ scale, referenceDate }), {
      demoTickets: true,
      barometers: true,
    });
    return true;
  });
}
