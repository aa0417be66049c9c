import type { Db } from '../db/db.js';

/**
 * The engagement barometer's active people: the days a person opened the portal, in
 * their country's calendar. Recorded by the shell's boot query (`me`), once a day at
 * most (the primary key absorbs the rest).
 */
export async function recordActiveDay(db: Db, personId: string): Promise<void> {
  try {
    await db.query(
      `insert into person_active_days (person_id, day)
       select p.id, (now() at time zone c.time_zone)::date
       from people p join countries c on c.code = p.country_code
       where p.id = $1 and p.erased_at is null
       on conflict do nothing`,
      [personId],
    );
  } catch (error) {
    // A statistic: the portal opens even when it cannot be counted.
    console.warn('Cannot record the active day:', error);
  }
}
