import type { Db } from '../db/db.js';
import { HISTORY_TICKETS } from './data/ticket-history.js';

/**
 * A year of closed tickets for every dealer, for the barometers: the voice of the network
 * (categories and handlers' tags, rising and falling with the seasons) and the engagement
 * barometer's service levels. Drawn in SQL from hashes, as the active days are
 * (./active-days-history.ts): none to three tickets a dealer and month, up to last month,
 * each one of what dealers of its language file again and again (./data/ticket-history.ts),
 * three times as likely in its peak months; filed by one of the dealer's people, handled
 * by the region's manager: most answered and resolved within the service levels of their
 * kind and priority, some late. Numbered after the demo tickets, in the order they were
 * filed; their history is the workflow's every step to CLOSED. Seeding again adds nothing.
 */
export async function seedTicketHistory(db: Db): Promise<void> {
  const templates = Object.entries(HISTORY_TICKETS).flatMap(([locale, tickets]) =>
    tickets.map((ticket, i) => ({ locale, i, peak: ticket.peakMonths ?? [], ...ticket })),
  );
  await db.query(
    `with templates as (
       select * from jsonb_to_recordset($1::jsonb) as x (locale text, i int,
         "categoryId" text, title text, description text, tags text[], peak int[])),
     -- Each dealer's people, and each region's first manager: looked up once, not per ticket.
     staff as (
       select dealer_id, array_agg(id order by id) as ids from people
       where dealer_id is not null and erased_at is null group by dealer_id),
     handlers as (
       select distinct on (scope_id) scope_id as region_id, person_id as handler_id
       from person_roles where role = 'REGION_MANAGER' and scope_type = 'region'
       order by scope_id, person_id),
     slots as (
       select d.id as dealer_id, c.locale, m.month, n, st.ids, h.handler_id,
              abs(hashtext(d.id || m.month::text || n)) as draw
       from dealers d join regions r on r.id = d.region_id
       join countries c on c.code = r.country_code
       join staff st on st.dealer_id = d.id
       join handlers h on h.region_id = d.region_id
       cross join generate_series(date_trunc('month', current_date - interval '12 months'),
         date_trunc('month', current_date - interval '1 month'), interval '1 month') as m (month)
       cross join generate_series(1, 3) as n
       where n <= (array[0, 0, 0, 1, 1, 1, 1, 2, 2, 3])[abs(hashtext(d.id || m.month::text)) % 10 + 1]),
     filed as (
       select s.*, t."categoryId" as category_id, tc.kind, t.title, t.description, t.tags,
              (array['NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'LOW', 'LOW',
                     'HIGH', 'NORMAL'])[s.draw % 10 + 1] as priority,
              s.ids[s.draw % cardinality(s.ids) + 1] as reporter_id,
              s.month + ((s.draw / 10) % 26 + 1) * interval '1 day'
                + ((s.draw / 300) % 9 + 8) * interval '1 hour' as created_at
       from slots s
       -- Exponential keys: the smallest of -ln(u) / weight draws by weight.
       cross join lateral (
         select t.* from templates t where t.locale = s.locale
         order by -ln((abs(hashtext(s.draw::text || t.i)) % 1000 + 1) / 1001.0)
           / case when extract(month from s.month)::int = any (t.peak) then 3 else 1 end
         limit 1) t
       join ticket_categories tc on tc.id = t."categoryId"),
     timed as (
       -- Answered within 20 % to 120 % of the time allowed, resolved within 10 % to 100 %
       -- of the rest: about one in six late to answer, a few late to resolve.
       select f.*, f.created_at + sd.respond_minutes * ((f.draw / 7) % 100 + 20) / 100.0
                * interval '1 minute' as responded_at,
              sd.resolve_minutes
       from filed f join ticket_sla_defaults sd on sd.kind = f.kind and sd.priority = f.priority)
     insert into tickets (kind, category_id, title, description, priority, status, dealer_id,
       reporter_id, customer_reference, severity, idempotency_key, created_at, updated_at,
       responded_at, resolution_started_at, resolved_at, assignee_id, tags)
     select kind, category_id, title, description, priority, 'CLOSED', dealer_id, reporter_id,
            case when kind = 'NON_CONFORMITY' then 'RO-' || lpad((draw % 100000)::text, 5, '0') end,
            case when kind = 'NON_CONFORMITY' then
              (array['MINOR', 'MINOR', 'MINOR', 'MAJOR'])[draw % 4 + 1] end,
            'seed-history-' || dealer_id || '-' || to_char(month, 'YYYY-MM') || '-' || n,
            created_at, resolved_at + interval '2 days', responded_at, created_at, resolved_at,
            handler_id,
            -- Most are tagged by their handler; the rest only have their category.
            case when draw % 10 < 7 then tags else '{}' end
     from timed
     cross join lateral (
       select responded_at + resolve_minutes * ((draw / 13) % 90 + 10) / 100.0
         * interval '1 minute' as resolved_at) r
     -- Closed before today, even early in a month.
     where r.resolved_at + interval '2 days' < now()
     order by created_at
     on conflict do nothing`,
    [JSON.stringify(templates)],
  );
  await db.query(
    `insert into ticket_events (ticket_id, actor_id, at, action, from_status, to_status)
     select t.id, step.actor, step.at, step.action, step.from_status, step.to_status
     from tickets t
     cross join lateral (values
       (t.reporter_id, t.created_at, 'CREATED', null, 'NEW'),
       (t.assignee_id, t.responded_at, 'STATUS_CHANGED', 'NEW', 'TRIAGED'),
       (t.assignee_id, t.responded_at + interval '5 minutes', 'STATUS_CHANGED', 'TRIAGED',
         'IN_PROGRESS'),
       (t.assignee_id, t.resolved_at, 'STATUS_CHANGED', 'IN_PROGRESS', 'RESOLVED'),
       (t.assignee_id, t.updated_at, 'STATUS_CHANGED', 'RESOLVED', 'CLOSED'))
       as step (actor, at, action, from_status, to_status)
     where t.idempotency_key like 'seed-history-%'
       and not exists (select 1 from ticket_events e where e.ticket_id = t.id)
     order by t.created_at, step.at`,
    [],
  );
}
