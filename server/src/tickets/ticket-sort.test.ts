import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { fileTicket, helpDesk, refusal } from './tickets-test-support.js';

const CAMILLE = 'person-demo-fr-sales';
const GIULIA = 'person-demo-it-area';

const LIST = `query ($sort: TicketSort, $first: Int, $after: String) {
  tickets(filter: { scope: MINE }, sort: $sort, first: $first, after: $after) {
    edges { node { id title } } pageInfo { endCursor hasNextPage } } }`;

interface ListData {
  tickets: {
    edges: { node: { id: string; title: string } }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

/**
 * Camille's tickets as the test shapes them, hours before now: filed (`created`), last
 * changed (`updated`), resolution clock started (`started`, which with the priority's
 * target makes the deadline). B and C share their times, C and E their deadline.
 */
const SHAPES = [
  { title: 'A', priority: 'URGENT', status: 'NEW', created: 50, updated: 1, started: 50 },
  { title: 'B', priority: 'LOW', status: 'NEW', created: 40, updated: 10, started: 40 },
  { title: 'C', priority: 'HIGH', status: 'IN_PROGRESS', created: 40, updated: 10, started: 3 },
  { title: 'D', priority: 'NORMAL', status: 'RESOLVED', created: 30, updated: 5, started: 30 },
  { title: 'E', priority: 'HIGH', status: 'TRIAGED', created: 20, updated: 30, started: 3 },
  { title: 'F', priority: 'LOW', status: 'CLOSED', created: 10, updated: 2, started: 10 },
] as const;

describe('tickets(sort:)', () => {
  let t: TestApp;
  let token: string;
  /** Each shape's ticket id, by title. */
  const ids = new Map<string, string>();

  /** The titles of Camille's list in this order, `first` at a time, all pages followed. */
  async function titles(sort: string, first = 2): Promise<string[]> {
    const listed: string[] = [];
    let after: string | null = null;
    do {
      const body: Awaited<ReturnType<typeof t.graphql<ListData>>> = await t.graphql<ListData>(
        LIST,
        { token, variables: { sort, first, after } },
      );
      expect(body.errors).toBeUndefined();
      listed.push(...body.data!.tickets.edges.map((edge) => edge.node.title));
      const { hasNextPage, endCursor } = body.data!.tickets.pageInfo;
      after = hasNextPage ? endCursor : null;
    } while (after);
    return listed;
  }

  /** Two titles whose tickets tie on every key, in the order of their ids. */
  const byId = (a: string, b: string, descending: boolean) =>
    ids.get(a)! < ids.get(b)! !== descending ? [a, b] : [b, a];

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenFor(CAMILLE);
    for (const shape of SHAPES) {
      const body = await fileTicket(
        t,
        token,
        helpDesk({ title: shape.title, priority: shape.priority }),
        `sort-${shape.title}`,
      );
      ids.set(shape.title, body.data!.createTicket.id);
    }
    const hoursAgo = (column: string, param: string) =>
      `${column} = date_trunc('second', now()) - ${param}::int * interval '1 hour'`;
    for (const shape of SHAPES) {
      await t.db.query(
        `update tickets set status = $2, ${hoursAgo('created_at', '$3')},
           ${hoursAgo('updated_at', '$4')}, ${hoursAgo('resolution_started_at', '$5')},
           resolved_at = case when $2 in ('RESOLVED', 'CLOSED') then updated_at end
         where id = $1`,
        [ids.get(shape.title), shape.status, shape.created, shape.updated, shape.started],
      );
    }
  });
  afterAll(() => t.close());

  it('pages newest first by default, ties by id', async () => {
    const expected = ['F', 'E', 'D', ...byId('B', 'C', true), 'A'];
    expect(await titles('NEWEST')).toEqual(expected);
    expect(await titles('NEWEST', 100)).toEqual(expected);
  });

  it('pages the most recently changed first', async () => {
    expect(await titles('RECENTLY_UPDATED')).toEqual(['A', 'F', 'D', ...byId('B', 'C', true), 'E']);
  });

  it('pages the most urgent first, the newest first within a priority', async () => {
    expect(await titles('PRIORITY')).toEqual(['A', 'E', 'C', 'D', 'F', 'B']);
  });

  it('pages open tickets by their deadline, then the done ones latest change first', async () => {
    // Help-desk targets from the start of the clock: URGENT 8 h, HIGH 24 h, LOW a week.
    const [targets] = await t.db.query<{ urgent: number; high: number }>(
      `select max(resolve_minutes) filter (where priority = 'URGENT') as urgent,
              max(resolve_minutes) filter (where priority = 'HIGH') as high
       from ticket_sla_defaults where kind = 'HELP_DESK'`,
    );
    // A's deadline (50 h ago + URGENT) passed before C's and E's (3 h ago + HIGH).
    expect(targets!.urgent / 60 - 50).toBeLessThan(targets!.high / 60 - 3);
    expect(await titles('DUE_SOONEST')).toEqual(['A', ...byId('C', 'E', false), 'B', 'F', 'D']);
  });

  it('refuses a cursor of another order, or one that is not a cursor', async () => {
    const first = await t.graphql<ListData>(LIST, {
      token,
      variables: { sort: 'NEWEST', first: 2 },
    });
    const cursor = first.data!.tickets.pageInfo.endCursor;
    for (const sort of ['RECENTLY_UPDATED', 'PRIORITY']) {
      const body = await t.graphql(LIST, { token, variables: { sort, first: 2, after: cursor } });
      expect(refusal(body).code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/^after /);
    }
    const forged = Buffer.from(JSON.stringify(['PRIORITY', '4; drop', 'x', 'y'])).toString(
      'base64url',
    );
    const body = await t.graphql(LIST, { token, variables: { sort: 'PRIORITY', after: forged } });
    expect(refusal(body).code).toBe('BAD_USER_INPUT');
  });
});

describe('Viewer.ticketQueues', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const queues = async (personId: string) => {
    const body = await t.graphql<{ me: { ticketQueues: { name: string }[] } }>(
      '{ me { ticketQueues { id name } } }',
      { token: await t.tokenFor(personId) },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.me.ticketQueues.map((queue) => queue.name);
  };

  it('names the queues the person is a member of, and none for others', async () => {
    const [membership] = await t.db.query<{ names: string[] }>(
      `select array_agg(q.name order by q.name) as names from ticket_queues q
       join ticket_queue_members m on m.queue_id = q.id where m.person_id = $1`,
      [GIULIA],
    );
    expect(membership!.names.length).toBeGreaterThan(0);
    expect(await queues(GIULIA)).toEqual(membership!.names);
    expect(await queues(CAMILLE)).toEqual([]);
  });
});
