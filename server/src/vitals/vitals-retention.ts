import type { Db } from '../db/db.js';
import { VITALS_RETENTION_DAYS } from './vitals-samples.js';

/**
 * Deletes the samples of days portal health can no longer show (it looks back at most
 * VITALS_RETENTION_DAYS days, today included); returns how many went.
 */
export async function purgeExpiredVitals(db: Db): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `with gone as (
       delete from web_vitals
       where day <= (now() at time zone 'utc')::date - $1::int
       returning 1)
     select count(*)::int as count from gone`,
    [VITALS_RETENTION_DAYS],
  );
  return row?.count ?? 0;
}
