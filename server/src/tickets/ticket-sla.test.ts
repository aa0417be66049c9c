import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { fileTicket, helpDesk } from './tickets-test-support.js';

const SLA = 'id status sla { respondBy resolveBy respondedAt state }';

interface SlaData {
  id: string;
  status: string;
  sla: { respondBy: string; resolveBy: string; respondedAt: string | null; state: string };
}

const CAMILLE = 'person-demo-fr-sales';
const ADMIN = 'person-demo-admin';
const MINUTE = 60_000;

describe('ticket service levels', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();

  const file = async (key: string, priority = 'NORMAL') => {
    const body = await fileTicket(t, tokens.get(CAMILLE)!, helpDesk({ priority }), key);
    return body.data!.createTicket.id;
  };
  const read = async (id: string) =>
    (
      await t.graphql<{ ticket: SlaData }>(`query ($id: ID!) { ticket(id: $id) { ${SLA} } }`, {
        token: tokens.get(ADMIN),
        variables: { id },
      })
    ).data!.ticket;
  const move = (person: string, id: string, to: string) =>
    t.graphql(`mutation ($id: ID!, $to: TicketStatus!) { moveTicket(id: $id, to: $to) { id } }`, {
      token: tokens.get(person),
      variables: { id, to },
    });
  const comment = (id: string, internal: boolean) =>
    t.graphql(
      `mutation ($id: ID!, $internal: Boolean) {
        addTicketComment(id: $id, body: "Looking", internal: $internal) { id } }`,
      { token: tokens.get(ADMIN), variables: { id, internal } },
    );
  /** As if the ticket had been filed (and its clocks started) `minutes` earlier. */
  const age = (id: string, minutes: number) =>
    t.db.query(
      `update tickets set created_at = created_at - $2 * interval '1 minute',
         resolution_started_at = resolution_started_at - $2 * interval '1 minute'
       where id = $1`,
      [id, minutes],
    );
  const listed = async (slaState: string) =>
    (
      await t.graphql<{ tickets: { edges: { node: { id: string } }[] } }>(
        `query ($filter: TicketFilter) {
          tickets(filter: $filter, first: 100) { edges { node { id } } } }`,
        { token: tokens.get(ADMIN), variables: { filter: { slaState } } },
      )
    ).data!.tickets.edges.map((edge) => edge.node.id);

  beforeAll(async () => {
    t = await createTestApp();
    for (const id of [CAMILLE, ADMIN]) tokens.set(id, await t.tokenFor(id));
  });
  afterAll(() => t.close());

  it('has targets for every category and priority, urgent tighter than low', async () => {
    const missing = await t.db.query(
      `select c.id, p.priority from ticket_categories c
       cross join (values ('LOW'), ('NORMAL'), ('HIGH'), ('URGENT')) p (priority)
       where not exists (select 1 from ticket_sla_targets s
                         where s.category_id = c.id and s.priority = p.priority)`,
      [],
    );
    expect(missing).toEqual([]);
    const targets = await t.db.query<{ priority: string; respond: number; resolve: number }>(
      `select priority, respond_minutes as respond, resolve_minutes as resolve
       from ticket_sla_targets where category_id = 'category-it'`,
      [],
    );
    const of = (priority: string) => targets.find((row) => row.priority === priority)!;
    expect(of('URGENT').respond).toBeLessThan(of('LOW').respond);
    expect(of('URGENT').resolve).toBeLessThan(of('LOW').resolve);
  });

  it("uses a category's own targets, else its kind's defaults", async () => {
    await t.db.query(
      `insert into ticket_categories (id, kind, code, names, position)
       values ('category-sla-test', 'HELP_DESK', 'SLA_TEST', '{"en": "SLA test"}', 99)`,
      [],
    );
    const deadlines = async (key: string) => {
      const body = await fileTicket(
        t,
        tokens.get(CAMILLE)!,
        helpDesk({ categoryId: 'category-sla-test', priority: 'URGENT' }),
        key,
      );
      const { sla } = await read(body.data!.createTicket.id);
      return (Date.parse(sla.resolveBy) - Date.parse(sla.respondBy)) / MINUTE;
    };
    // A help desk's URGENT defaults: an hour to respond, 8 hours to resolve.
    expect(await deadlines('sla-defaults')).toBe(480 - 60);
    await t.db.query(
      `insert into ticket_sla_targets (category_id, priority, respond_minutes, resolve_minutes)
       values ('category-sla-test', 'URGENT', 30, 120)`,
      [],
    );
    expect(await deadlines('sla-own')).toBe(120 - 30);
  });

  it("applies an admin's new targets to tickets filed from then on, not to earlier ones", async () => {
    const span = async (id: string) => {
      const { sla } = await read(id);
      return (Date.parse(sla.resolveBy) - Date.parse(sla.respondBy)) / MINUTE;
    };
    const earlier = await file('sla-before-change', 'HIGH');
    const saved = await t.graphql(
      `mutation ($input: TicketCategoryInput!) { saveTicketCategory(input: $input) { id } }`,
      {
        token: tokens.get(ADMIN),
        variables: {
          input: {
            id: 'category-it',
            kind: 'HELP_DESK',
            code: 'IT',
            names: [{ locale: 'en', name: 'IT' }],
            slaTargets: [{ priority: 'HIGH', respondWithinMinutes: 15, resolveWithinMinutes: 75 }],
          },
        },
      },
    );
    expect(saved.errors).toBeUndefined();
    const later = await file('sla-after-change', 'HIGH');
    // The seeded HIGH targets: 4 hours to respond, a day to resolve.
    expect(await span(earlier)).toBe(1440 - 240);
    expect(await span(later)).toBe(75 - 15);
  });

  it('starts on track, turns at risk in the last quarter, breached without a response', async () => {
    const id = await file('sla-response');
    const fresh = await read(id);
    expect(fresh.sla.state).toBe('ON_TRACK');
    expect(fresh.sla.respondedAt).toBeNull();
    const { respondBy, resolveBy } = fresh.sla;
    // NORMAL help desk: 8 hours to respond, 3 days to resolve.
    expect(Date.parse(resolveBy) - Date.parse(respondBy)).toBe((4320 - 480) * MINUTE);

    await age(id, 7 * 60);
    expect((await read(id)).sla.state).toBe('AT_RISK');
    expect(await listed('AT_RISK')).toContain(id);
    expect(await listed('ON_TRACK')).not.toContain(id);

    await age(id, 2 * 60);
    expect((await read(id)).sla.state).toBe('BREACHED');
    expect(await listed('BREACHED')).toContain(id);
    // A late response does not undo the breach.
    await move(ADMIN, id, 'TRIAGED');
    expect((await read(id)).sla.state).toBe('BREACHED');
  });

  it("stops the response clock at a handler's first visible action, not at a note", async () => {
    const id = await file('sla-comment', 'URGENT');
    // URGENT: an hour to respond, 10 minutes left.
    await age(id, 50);
    expect((await read(id)).sla.state).toBe('AT_RISK');
    await comment(id, true);
    expect((await read(id)).sla).toMatchObject({ respondedAt: null, state: 'AT_RISK' });
    await comment(id, false);
    // Responded: only the resolution clock runs (8 hours), with most of its time left.
    const answered = (await read(id)).sla;
    expect(answered.respondedAt).not.toBeNull();
    expect(answered.state).toBe('ON_TRACK');
  });

  it('is met when resolved in time, and restarts resolution on reopening', async () => {
    const id = await file('sla-resolution', 'HIGH');
    for (const to of ['TRIAGED', 'IN_PROGRESS', 'RESOLVED']) await move(ADMIN, id, to);
    expect((await read(id)).sla.state).toBe('MET');
    await move(CAMILLE, id, 'CLOSED');
    const closed = await read(id);
    expect(closed.sla.state).toBe('MET');
    expect(await listed('MET')).toContain(id);

    // Reopened an hour later: a new full day (HIGH) to resolve, from the reopening.
    await age(id, 60);
    const before = Date.now();
    await move(CAMILLE, id, 'IN_PROGRESS');
    const reopened = (await read(id)).sla;
    expect(reopened.state).toBe('ON_TRACK');
    expect(Date.parse(reopened.resolveBy)).toBeGreaterThan(Date.parse(closed.sla.resolveBy));
    expect(Date.parse(reopened.resolveBy)).toBeGreaterThanOrEqual(before + 24 * 60 * MINUTE - 1000);
  });
});
