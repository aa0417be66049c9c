import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { createTestDb } from '../test-support/test-db.js';
import { fileTicket, helpDesk } from '../tickets/tickets-test-support.js';
import { workflowHas } from '../tickets/workflow.js';
import {
  DEMO_TICKETS,
  demoTicketId,
  demoTicketNumber,
  finalStatus,
  LAST_DEMO_TICKET_NUMBER,
  seedDemoTickets,
} from './demo-tickets.js';
import { clearNetwork } from './load-network.js';
import { seedIfEmpty } from './seed-demo.js';

const GIULIA = 'person-demo-it-area';
const MARCO = 'person-demo-it-service';
const MATTHIAS = 'person-demo-de-region';
const CAMILLE = 'person-demo-fr-sales';
const PIOTR = 'person-demo-pl-sales';
const ADMIN = 'person-demo-admin';

const ids = (...numbers: number[]) => numbers.map(demoTicketId);

describe('demo tickets', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();

  async function listed(personId: string, scope: string) {
    const body = await t.graphql<{
      tickets: { edges: { node: { id: string; sla: { state: string } } }[] };
    }>(
      `query ($filter: TicketFilter) {
        tickets(filter: $filter, first: 100) { edges { node { id sla { state } } } } }`,
      { token: tokens.get(personId), variables: { filter: { scope } } },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.tickets.edges.map((edge) => edge.node);
  }

  const count = async (sql: string) =>
    (await t.db.query<{ n: number }>(`select count(*)::int as n from ${sql}`, []))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoTickets(t.db);
    for (const id of [GIULIA, MARCO, MATTHIAS, CAMILLE, PIOTR, ADMIN]) {
      tokens.set(id, await t.tokenFor(id));
    }
  });
  afterAll(() => t.close());

  it('files every demo ticket once, seeding again adds nothing', async () => {
    const tables = [
      "tickets where id like 'ticket-demo-%'",
      'ticket_events',
      'ticket_comments',
      'ticket_watchers',
    ];
    const before = await Promise.all(tables.map(count));
    expect(before[0]).toBe(DEMO_TICKETS.length);
    await seedDemoTickets(t.db);
    expect(await Promise.all(tables.map(count))).toEqual(before);
    const numbers = await t.db.query<{ number: string }>(
      "select number from tickets where id like 'ticket-demo-%' order by number",
      [],
    );
    expect(numbers.map((row) => row.number)).toEqual(
      DEMO_TICKETS.map((ticket) => demoTicketNumber(ticket.number)).sort(),
    );
  });

  it('shows each demo person tickets in their scopes', async () => {
    const seen = async (personId: string, scope: string) =>
      (await listed(personId, scope)).map((ticket) => ticket.id);
    expect(await seen(GIULIA, 'MINE')).toEqual(expect.arrayContaining(ids(1, 4)));
    expect(await seen(MARCO, 'MINE')).toEqual(expect.arrayContaining(ids(2)));
    expect(await seen(MARCO, 'MY_DEALER')).toEqual(expect.arrayContaining(ids(1, 2, 3, 4, 5)));
    expect(await seen(MATTHIAS, 'MY_REGION')).toEqual(expect.arrayContaining(ids(6, 7, 8, 9, 10)));
    expect(await seen(MATTHIAS, 'MY_REGION')).not.toContain(demoTicketId(1));
    expect(await seen(CAMILLE, 'MINE')).toEqual(expect.arrayContaining(ids(11, 12)));
    expect(await seen(PIOTR, 'MINE')).toEqual(expect.arrayContaining(ids(14, 16)));
    expect(await seen(ADMIN, 'ASSIGNED_TO_ME')).toEqual(expect.arrayContaining(ids(3, 11, 14)));
  });

  it('has varied service levels: on track, at risk, breached, met', async () => {
    const states = new Map(
      (await listed(ADMIN, 'ALL_I_SEE')).map((ticket) => [ticket.id, ticket.sla.state]),
    );
    const stateOf = (n: number) => states.get(demoTicketId(n));
    expect(ids(1, 8).map((id) => states.get(id))).toEqual(['BREACHED', 'BREACHED']);
    expect(stateOf(7)).toBe('AT_RISK');
    for (const n of [3, 5, 12, 13, 16]) expect(stateOf(n), `T${n}`).toBe('MET');
    for (const n of [2, 4, 6, 9, 10, 11, 14, 15]) expect(stateOf(n), `T${n}`).toBe('ON_TRACK');
  });

  it('gives each ticket a history and clocks consistent with its status', async () => {
    for (const seeded of DEMO_TICKETS) {
      const id = demoTicketId(seeded.number);
      const [ticket] = await t.db.query<{
        status: string;
        reporter_id: string;
        assignee_id: string | null;
        created_at: Date;
        updated_at: Date;
        responded_at: Date | null;
        resolved_at: Date | null;
        resolution_started_at: Date;
      }>('select * from tickets where id = $1', [id]);
      expect(ticket?.status, id).toBe(finalStatus(seeded));
      const events = await t.db.query<{
        action: string;
        actor_id: string;
        from_status: string | null;
        to_status: string | null;
        at: Date;
        assignee_id: string | null;
      }>('select * from ticket_events where ticket_id = $1 order by id', [id]);
      const [created, ...rest] = events;
      expect(created, id).toMatchObject({ action: 'CREATED', to_status: 'NEW' });
      expect(created!.actor_id).toBe(ticket!.reporter_id);
      expect(created!.at).toEqual(ticket!.created_at);
      let status = 'NEW';
      let previous = created!.at;
      let firstMove: Date | null = null;
      let lastResolved: Date | null = null;
      let lastReopened: Date | null = null;
      for (const event of rest) {
        expect(event.at >= previous, id).toBe(true);
        previous = event.at;
        if (event.action !== 'STATUS_CHANGED') continue;
        expect(event.from_status, id).toBe(status);
        expect(workflowHas(status as never, event.to_status as never), id).toBe(true);
        firstMove ??= event.at;
        if (event.to_status === 'RESOLVED') lastResolved = event.at;
        if (['RESOLVED', 'CLOSED'].includes(status) && event.to_status === 'IN_PROGRESS') {
          lastReopened = event.at;
        }
        status = event.to_status!;
      }
      expect(status, id).toBe(ticket!.status);
      if (firstMove) expect(ticket!.responded_at! <= firstMove, id).toBe(true);
      else expect(ticket!.responded_at, id).toBeNull();
      expect(ticket!.resolved_at, id).toEqual(
        ['RESOLVED', 'CLOSED'].includes(status) ? lastResolved : null,
      );
      expect(ticket!.resolution_started_at, id).toEqual(lastReopened ?? ticket!.created_at);
      expect(ticket!.updated_at >= previous, id).toBe(true);
      const assigned = events.filter((event) => event.action === 'ASSIGNED').at(-1);
      expect(ticket!.assignee_id, id).toBe(assigned?.assignee_id ?? null);
      const watchers = (
        await t.db.query<{ person_id: string }>(
          'select person_id from ticket_watchers where ticket_id = $1',
          [id],
        )
      ).map((row) => row.person_id);
      expect(watchers, id).toContain(ticket!.reporter_id);
      if (ticket!.assignee_id) expect(watchers, id).toContain(ticket!.assignee_id);
      // An assignee is a member of the ticket's queue.
      if (ticket!.assignee_id) {
        const member = await t.db.query(
          `select 1 from tickets t join ticket_queue_members m
             on m.queue_id = t.queue_id and m.person_id = t.assignee_id where t.id = $1`,
          [id],
        );
        expect(member, id).toHaveLength(1);
      }
    }
    expect(await count('ticket_comments where internal')).toBeGreaterThan(0);
  });

  it('numbers a ticket filed after the seed after the seeded ones', async () => {
    const body = await fileTicket(t, tokens.get(CAMILLE)!, helpDesk(), 'after-the-seed');
    expect(body.errors).toBeUndefined();
    const number = Number(body.data!.createTicket.number.replace(/^T-/, ''));
    expect(number).toBeGreaterThan(LAST_DEMO_TICKET_NUMBER);
  });
});

describe('the demo seed', () => {
  it('files the demo tickets, again after a reset', async () => {
    const db = await createTestDb();
    try {
      const demo = `select count(*)::int as n from tickets where id like 'ticket-demo-%'`;
      expect(await seedIfEmpty(db, { scale: 0.1 })).toBe(true);
      expect((await db.query<{ n: number }>(demo, []))[0]?.n).toBe(DEMO_TICKETS.length);
      await clearNetwork(db);
      expect(await seedIfEmpty(db, { scale: 0.1 })).toBe(true);
      expect((await db.query<{ n: number }>(demo, []))[0]?.n).toBe(DEMO_TICKETS.length);
      const [next] = await db.query<{ n: string }>(`select nextval('ticket_number_seq') as n`, []);
      expect(Number(next?.n)).toBeGreaterThan(LAST_DEMO_TICKET_NUMBER);
    } finally {
      await db.close();
    }
  });
});
