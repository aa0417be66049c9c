import type { Db } from '../db/db.js';
import { generateNetwork } from './generate-network.js';
import { hasNetwork, seedDatabase } from './load-network.js';

export interface SeedIfEmptyOptions {
  scale?: number;
  /** Dates the news relative to now, so the demo reads as fresh. */
  referenceDate?: Date;
}

/** Seeds the demo network unless the database already holds one. Returns whether it did. */
export async function seedIfEmpty(db: Db, options: SeedIfEmptyOptions = {}): Promise<boolean> {
  if (await hasNetwork(db)) return false;
  const network = generateNetwork({
    scale: options.scale ?? 1,
    referenceDate: options.referenceDate ?? new Date(),
  });
  await seedDatabase(db, network);
  return true;
}
