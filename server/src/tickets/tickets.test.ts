import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import {
  fileTicket,
  helpDesk,
  refusal,
  regionManagerOf,
  type TicketData,
} from './tickets-test-support.js';

const LIST = `query ($filter: TicketFilter, $after: String) {
  tickets(filter: $filter, first: 2, after: $after) {
    edges { node { id number } } pageInfo { endCursor hasNextPage } } }`;

interface ListData {
  tickets: {
    edges: { node: { id: string } }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

// Journey 2: Giulia, area manager of a Lumo region in Italy, files a non-conformity at
// the dealer where Marco is the service manager.
const GIULIA = 'person-demo-it-area';
const MARCO = 'person-demo-it-service';
const CAMILLE = 'person-demo-fr-sales';

const nonConformity = (changes: Record<string, unknown> = {}) => ({
  categoryId: 'category-nc-workshop',
  title: 'Job card missing',
  description: 'The car left the workshop without its job card.',
  priority: 'HIGH',
  nonConformity: { vin: 'wvwzzz1jzxw000001', severity: 'MAJOR' },
  ...changes,
});

describe('tickets', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  const token = (personId: string) => tokens.get(personId)!;
  let marcosDealer: string;
  let regionManager: string;
  let mechanic: string;
  let giuliasTicket: TicketData;

  /** Every ticket id the person sees in a scope, all pages followed. */
  async function listed(personId: string, scope: string): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const body: Awaited<ReturnType<typeof t.graphql<ListData>>> = await t.graphql<ListData>(
        LIST,
        { token: token(personId), variables: { filter: { scope }, after } },
      );
      expect(body.errors).toBeUndefined();
      ids.push(...body.data!.tickets.edges.map((edge) => edge.node.id));
      after = body.data!.tickets.pageInfo.hasNextPage
        ? body.data!.tickets.pageInfo.endCursor
        : null;
    } while (after);
    return ids;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const people = t.network.people;
    marcosDealer = people.find((p) => p.id === MARCO)!.dealerId!;
    const region = people.find((p) => p.id === GIULIA)!.regionId;
    regionManager = regionManagerOf(t, region);
    mechanic = people.find((p) => p.dealerId === marcosDealer && p.job === 'MECHANIC')!.id;
    const everyone = [GIULIA, MARCO, CAMILLE, regionManager, mechanic];
    for (const id of [...everyone, 'person-demo-de-region', 'person-demo-admin']) {
      tokens.set(id, await t.tokenFor(id));
    }
    tokens.set('translator', await t.tokenFor('person-demo-pl-translator'));
  });
  afterAll(() => t.close());

  it('lists the active categories in the asked language', async () => {
    const body = await t.graphql<{ ticketCategories: { code: string; name: string }[] }>(
      '{ ticketCategories(locale: "it") { code kind name } }',
      { token: token(GIULIA) },
    );
    expect(body.data?.ticketCategories).toHaveLength(9);
    expect(body.data?.ticketCategories).toContainEqual({
      code: 'WORKSHOP_PROCESS',
      kind: 'NON_CONFORMITY',
      name: 'Processo di officina',
    });
  });

  it('files a non-conformity at a dealer of the region, once per idempotency key', async () => {
    const input = nonConformity({ dealerId: marcosDealer });
    const first = await fileTicket(t, token(GIULIA), input, 'outbox-1');
    expect(first.errors).toBeUndefined();
    giuliasTicket = first.data!.createTicket;
    expect(giuliasTicket).toMatchObject({
      number: expect.stringMatching(/^T-\d{6}$/),
      kind: 'NON_CONFORMITY',
      status: 'NEW',
      mine: true,
      handledByMe: false,
      dealer: { id: marcosDealer },
      nonConformity: { vin: 'WVWZZZ1JZXW000001', severity: 'MAJOR' },
      history: [{ action: 'CREATED', from: null, to: 'NEW' }],
    });
    const replay = await fileTicket(t, token(GIULIA), input, 'outbox-1');
    expect(replay.data?.createTicket).toEqual(giuliasTicket);
    const [count] = await t.db.query<{ n: number }>(
      `select count(*)::int as n from tickets where reporter_id = $1`,
      [GIULIA],
    );
    expect(count?.n).toBe(1);
    // A key is the reporter's own: someone else's same key files their own ticket.
    const other = await fileTicket(t, token(CAMILLE), helpDesk(), 'outbox-1');
    expect(other.data?.createTicket.id).not.toBe(giuliasTicket.id);
  });

  it.each([
    ['no title', helpDesk({ title: '  ' }), 'title', 'REQUIRED'],
    ['a long title', helpDesk({ title: 'x'.repeat(121) }), 'title', 'TOO_LONG'],
    ['no description', helpDesk({ description: '' }), 'description', 'REQUIRED'],
    ['an unknown category', helpDesk({ categoryId: 'nope' }), 'categoryId', 'UNKNOWN_CATEGORY'],
    [
      'a non-conformity without its fields',
      nonConformity({ nonConformity: undefined }),
      'nonConformity',
      'REQUIRED',
    ],
    [
      'a non-conformity without vehicle or customer',
      nonConformity({ nonConformity: { severity: 'MINOR' } }),
      'nonConformity.vin',
      'REQUIRED',
    ],
    [
      'a VIN with an O',
      nonConformity({ nonConformity: { vin: 'WVWZZZ1JZXW00000O', severity: 'MINOR' } }),
      'nonConformity.vin',
      'INVALID_VIN',
    ],
    [
      'non-conformity fields on a help-desk ticket',
      helpDesk({ nonConformity: { customerReference: 'C-1', severity: 'MINOR' } }),
      'nonConformity',
      'NOT_APPLICABLE',
    ],
  ])('refuses %s, naming the field and the reason', async (_name, input, field, reason) => {
    const body = await fileTicket(t, token(CAMILLE), input, `bad-${field}-${reason}`);
    expect(refusal(body)).toEqual({ code: 'BAD_USER_INPUT', field, reason });
  });

  it('files nothing for a dealer the caller does not reach, or without a dealer', async () => {
    const outside = await fileTicket(t, token(CAMILLE), helpDesk({ dealerId: marcosDealer }), 'x');
    expect(refusal(outside).code).toBe('NOT_FOUND');
    const noDealer = await fileTicket(t, tokens.get('translator')!, helpDesk(), 'y');
    expect(refusal(noDealer)).toMatchObject({ field: 'dealerId', reason: 'REQUIRED' });
    const [count] = await t.db.query<{ n: number }>(
      `select count(*)::int as n from tickets where idempotency_key in ('x', 'y')`,
    );
    expect(count?.n).toBe(0);
  });

  it('shows a ticket to its reporter, its dealer’s manager, its region and admins only', async () => {
    const seeing = [GIULIA, MARCO, regionManager, 'person-demo-admin'];
    for (const person of seeing) {
      expect(await listed(person, 'ALL_I_SEE'), person).toContain(giuliasTicket.id);
    }
    for (const person of [CAMILLE, mechanic, 'person-demo-de-region']) {
      expect(await listed(person, 'ALL_I_SEE'), person).not.toContain(giuliasTicket.id);
      const body = await t.graphql('query ($id: ID!) { ticket(id: $id) { id } }', {
        token: token(person),
        variables: { id: giuliasTicket.id },
      });
      expect(refusal(body).code, person).toBe('NOT_FOUND');
    }
  });

  it('narrows the list to mine, my dealer, my region', async () => {
    expect(await listed(GIULIA, 'MINE')).toEqual([giuliasTicket.id]);
    expect(await listed(MARCO, 'MINE')).toEqual([]);
    expect(await listed(MARCO, 'MY_DEALER')).toEqual([giuliasTicket.id]);
    expect(await listed(regionManager, 'MY_REGION')).toContain(giuliasTicket.id);
    expect(await listed(regionManager, 'MY_DEALER')).toEqual([]);
  });

  it('pages newest first and filters by status, kind and search', async () => {
    for (const n of [1, 2, 3]) {
      await fileTicket(t, token(CAMILLE), helpDesk({ title: `Laptop ${n}` }), `laptop-${n}`);
    }
    const mine = await listed(CAMILLE, 'MINE');
    expect(mine).toHaveLength(4);
    const [newest] = await t.db.query<{ id: string }>(
      `select id from tickets where reporter_id = $1 order by created_at desc, id desc limit 1`,
      [CAMILLE],
    );
    expect(mine[0]).toBe(newest?.id);
    const filtered = await t.graphql<ListData>(LIST, {
      token: token('person-demo-admin'),
      variables: { filter: { kind: 'NON_CONFORMITY', status: 'NEW', search: 'job card' } },
    });
    expect(filtered.data?.tickets.edges.map((edge) => edge.node.id)).toEqual([giuliasTicket.id]);
  });

  it('gives the reporter’s tickets in their personal data export', async () => {
    const body = await t.graphql<{ exportPersonData: { json: string } }>(
      'mutation ($id: ID!) { exportPersonData(personId: $id) { json } }',
      { token: token('person-demo-admin'), variables: { id: GIULIA } },
    );
    const exported = JSON.parse(body.data!.exportPersonData.json) as {
      tickets: { filed: { id: string }[]; moves: { action: string }[] };
    };
    expect(exported.tickets.filed.map((ticket) => ticket.id)).toEqual([giuliasTicket.id]);
    expect(exported.tickets.moves).toEqual([expect.objectContaining({ action: 'CREATED' })]);
  });
});
