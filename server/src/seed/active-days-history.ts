import type { Db } from '../db/db.js';

/**
 * The days dealer people opened the portal over the 13 months before today, for the
 * engagement barometer. Drawn in SQL from hashes of the person and the month, so that
 * the network's random sequence (every other person and article) stays as it was and the
 * same person keeps the same habits: one in ten never comes, two in ten come in a few
 * months of the year, the others in most months, on one to four working days. A person counts as
 * active in a period from one day on, so a few days a month tell the barometer as much
 * as every day would, at a fraction of the rows.
 */
export async function seedActiveDays(db: Db): Promise<void> {
  await db.query(
    `with habits as (
       select p.id, case when h.bucket < 10 then 0 when h.bucket < 30 then 15
                         else 60 + h.bucket % 40 end as months_percent
       from people p
       cross join lateral (select abs(hashtext(p.id)) % 100 as bucket) h
       where p.dealer_id is not null and p.erased_at is null),
     months as (
       select month::date as month from generate_series(
         date_trunc('month', current_date - interval '12 months'),
         date_trunc('month', current_date), interval '1 month') as month),
     active_months as (
       select h.id, h.months_percent, m.month, abs(hashtext(h.id || m.month::text)) as draw
       from habits h cross join months m
       where h.months_percent > 0)
     insert into person_active_days (person_id, day)
     select a.id, d.day - case extract(isodow from d.day) when 6 then 1 when 7 then 2 else 0 end
     from active_months a
     cross join generate_series(0, (a.draw / 100) % 4) as n
     -- From the 3rd to the 28th, then back to the Friday from a weekend: working days.
     cross join lateral (select a.month + 2 + (a.draw / (n + 7)) % 26 as day) d
     where a.draw % 100 < a.months_percent and d.day < current_date
     on conflict do nothing`,
    [],
  );
}
