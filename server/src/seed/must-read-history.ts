import type { Db } from '../db/db.js';
import { PEOPLE } from '../news/reach.js';
import { meantFor } from '../news/visibility.js';

/**
 * Who read and acknowledged the must-reads whose deadline has passed, for the engagement
 * barometer and the editors' reach: drawn in SQL from hashes of the person and the
 * article, as the active days are (./active-days-history.ts). Each person has a diligence
 * of their own, so the same people tend to keep up: between about half and all of what
 * they are asked, opened at some time before the deadline, most of it acknowledged on
 * opening. The day of an opening is an active day too. The demo people are left out:
 * their own journeys start from what they have not read. Open must-reads stay unread.
 */
export async function seedMustReadHistory(db: Db): Promise<void> {
  await db.query(
    `with asked as (
       select a.id as article_id, p.id as person_id, a.published_at,
              extract(epoch from a.must_read_by - a.published_at)::bigint as seconds,
              abs(hashtext(p.id || a.id)) as draw, abs(hashtext(p.id)) % 50 as diligence
       from articles a
       cross join people p
       left join dealers pd on pd.id = p.dealer_id
       where a.must_read and a.status = 'published' and a.must_read_by < now()
         and p.erased_at is null and p.id not like 'person-demo-%'
         and ${meantFor(PEOPLE)}),
     read as (
       select article_id, person_id, draw % 100 < 35 + diligence as acknowledged,
              published_at + ((draw / 100) % greatest(seconds, 1)) * interval '1 second'
                as opened_at
       from asked where draw % 100 < 50 + diligence),
     days as (
       insert into person_active_days (person_id, day)
       select distinct person_id, opened_at::date from read
       on conflict do nothing)
     insert into article_reads (article_id, person_id, opened_at, acknowledged_at)
     select article_id, person_id, opened_at,
            case when acknowledged then least(opened_at + interval '3 minutes', now()) end
     from read
     on conflict do nothing`,
    [],
  );
}
