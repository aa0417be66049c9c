import type { Db } from '../db/db.js';

/**
 * The demo's ticket teams, drawn from the seeded network so that a reseed gives the same
 * queues and members: the group's IT help desk (its IT admins), which IT and CRM tickets
 * land in, and an after-sales team per brand and country with dealers (its area
 * managers), which region managers assign non-conformities to. Seeding more rows onto a
 * seeded database (tests add their own) keeps the queues already there.
 */
export async function seedTicketQueues(db: Db): Promise<void> {
  await db.query(
    `insert into ticket_queues (id, name) values ('queue-group-it', 'Group IT help desk')
     on conflict (id) do nothing`,
    [],
  );
  await db.query(
    `insert into ticket_queues (id, name, brand_id, country_code)
     select distinct 'queue-' || b.code || '-' || lower(c.code) || '-after-sales',
            b.name || ' ' || c.name || ' after-sales', b.id, c.code
     from dealers d join brands b on b.id = d.brand_id join regions r on r.id = d.region_id
       join countries c on c.code = r.country_code
     on conflict (id) do nothing`,
    [],
  );
  await db.query(
    `insert into ticket_queue_members (queue_id, person_id)
     select 'queue-group-it', id from people where job = 'IT_ADMIN'
     union all
     select q.id, p.id from people p
       join ticket_queues q on q.brand_id = p.brand_id and q.country_code = p.country_code
     where p.job = 'AREA_MANAGER'
     on conflict do nothing`,
    [],
  );
  await db.query(
    `insert into ticket_category_queues (category_id, queue_id)
     select id, 'queue-group-it' from ticket_categories where kind = 'HELP_DESK'
     on conflict do nothing`,
    [],
  );
}
