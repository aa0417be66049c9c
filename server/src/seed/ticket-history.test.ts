import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTag } from '../../../shared/src/text/tags.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { SLA_JOIN } from '../tickets/ticket-sla.js';
import { workflowHas } from '../tickets/workflow.js';
import { HISTORY_TICKETS } from './data/ticket-history.js';
import { seedTicketHistory } from './ticket-history.js';

const HISTORY = `t.idempotency_key like 'seed-history-%'`;

describe('the ticket history', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await seedTicketHistory(t.db);
  });
  afterAll(() => t.close());

  it('files a year of closed tickets for most dealers, in their language, handled by their region', async () => {
    const [seeded] = await t.db.query<{
      tickets: number;
      dealers: number;
      allDealers: number;
      open: number;
      later: number;
      foreign: number;
      notHandler: number;
    }>(
      `select count(*)::int as tickets, count(distinct t.dealer_id)::int as dealers,
              (select count(*)::int from dealers) as "allDealers",
              count(*) filter (where t.status <> 'CLOSED')::int as open,
              count(*) filter (where t.updated_at >= now()
                or t.created_at >= date_trunc('month', now()))::int as later,
              count(*) filter (where rp.dealer_id <> t.dealer_id)::int as foreign,
              count(*) filter (where not exists (select 1 from person_roles g
                where g.person_id = t.assignee_id and g.role = 'REGION_MANAGER'
                  and g.scope_id = d.region_id))::int as "notHandler"
       from tickets t join dealers d on d.id = t.dealer_id join people rp on rp.id = t.reporter_id
       where ${HISTORY}`,
    );
    const { tickets, dealers, allDealers, ...wrong } = seeded!;
    expect(dealers / allDealers).toBeGreaterThan(0.9);
    expect(tickets / dealers).toBeGreaterThan(6);
    expect(wrong).toEqual({ open: 0, later: 0, foreign: 0, notHandler: 0 });
    // Titles as the dealers of their country write them.
    const [german] = await t.db.query<{ title: string }>(
      `select t.title from tickets t join dealers d on d.id = t.dealer_id
       join regions r on r.id = d.region_id where ${HISTORY} and r.country_code = 'DE' limit 1`,
    );
    expect(HISTORY_TICKETS.de.map((ticket) => ticket.title)).toContain(german!.title);
  });

  it('gives each ticket every step of the workflow, in order, and its service levels', async () => {
    const steps = await t.db.query<{ ticket_id: string; from_status: string; to_status: string }>(
      `select e.ticket_id, e.from_status, e.to_status from ticket_events e
       join tickets t on t.id = e.ticket_id where ${HISTORY} order by e.ticket_id, e.at, e.id`,
    );
    const byTicket = new Map<string, typeof steps>();
    for (const step of steps) {
      byTicket.set(step.ticket_id, [...(byTicket.get(step.ticket_id) ?? []), step]);
    }
    for (const [, events] of byTicket) {
      expect(events.map((e) => e.to_status)).toEqual([
        'NEW',
        'TRIAGED',
        'IN_PROGRESS',
        'RESOLVED',
        'CLOSED',
      ]);
      for (const e of events.slice(1)) {
        expect(workflowHas(e.from_status as never, e.to_status as never)).toBe(true);
      }
    }
    const states = await t.db.query<{ state: string; n: number }>(
      `select sla.state, count(*)::int as n from tickets t ${SLA_JOIN} where ${HISTORY}
       group by sla.state`,
    );
    const count = (state: string) => states.find((row) => row.state === state)?.n ?? 0;
    const all = count('MET') + count('BREACHED');
    expect(all).toBe(byTicket.size);
    expect(count('MET') / all).toBeGreaterThan(0.6);
    expect(count('BREACHED')).toBeGreaterThan(0);
  });

  it('tags most of them, with tags people could have typed, more often in their season', async () => {
    const tags = await t.db.query<{ tag: string; month: number }>(
      `select tag, extract(month from t.created_at)::int as month
       from tickets t cross join unnest(t.tags) as tag where ${HISTORY}`,
    );
    expect(tags.every(({ tag }) => isTag(tag))).toBe(true);
    // Tyre changes peak in spring and autumn: four months with far more than the others.
    const tyres = tags.filter(({ tag }) => tag === 'reifenwechsel' || tag === 'tyre-change');
    const inSeason = tyres.filter(({ month }) => [3, 4, 10, 11].includes(month)).length;
    const perSeasonMonth = inSeason / 4;
    const perOtherMonth = (tyres.length - inSeason) / 8;
    expect(perSeasonMonth).toBeGreaterThan(1.5 * perOtherMonth);
  });

  it('adds nothing when seeded again', async () => {
    const count = async () =>
      (
        await t.db.query<{ n: number }>(
          `select (select count(*) from tickets t where ${HISTORY})::int
             + (select count(*) from ticket_events)::int as n`,
        )
      )[0]!.n;
    const before = await count();
    await seedTicketHistory(t.db);
    expect(await count()).toBe(before);
  });
});
