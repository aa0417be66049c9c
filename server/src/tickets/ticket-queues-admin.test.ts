import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { fileTicket, helpDesk, refusal } from './tickets-test-support.js';

const ADMIN = 'person-demo-admin';
const MARCO = 'person-demo-it-service';
const CAMILLE = 'person-demo-fr-sales';
const GROUP_IT = 'queue-group-it';

const SAVE = `mutation ($input: TicketQueueInput!) {
  saveTicketQueue(input: $input) {
    id name brand { id name } country { code name } members { id } } }`;

interface Saved {
  id: string;
  name: string;
  brand: { id: string; name: string } | null;
  country: { code: string; name: string } | null;
  members: { id: string }[];
}

const LIST = `{ adminTicketQueues { id name brand { id } country { code } members { id } } }`;

const MY_QUEUES = `{ tickets(filter: { scope: MY_QUEUES }, first: 100) { edges { node { id } } } }`;

describe('ticket queue admin', () => {
  let t: TestApp;
  let adminToken: string;
  let brandId: string;

  const save = (input: Record<string, unknown>, token = adminToken) =>
    t.graphql<{ saveTicketQueue: Saved }>(SAVE, { token, variables: { input } });

  /** The queues as the admin screen lists them. */
  async function queues(): Promise<Saved[]> {
    const body = await t.graphql<{ adminTicketQueues: Saved[] }>(LIST, { token: adminToken });
    expect(body.errors).toBeUndefined();
    return body.data!.adminTicketQueues;
  }

  async function myQueueTickets(personId: string): Promise<string[]> {
    const body = await t.graphql<{ tickets: { edges: { node: { id: string } }[] } }>(MY_QUEUES, {
      token: await t.tokenFor(personId),
    });
    expect(body.errors).toBeUndefined();
    return body.data!.tickets.edges.map((edge) => edge.node.id);
  }

  beforeAll(async () => {
    t = await createTestApp();
    adminToken = await t.tokenFor(ADMIN);
    brandId = t.network.people.find((p) => p.id === MARCO)!.brandId;
  });
  afterAll(() => t.close());

  it('creates a team serving one brand in one country, audited', async () => {
    const body = await save({
      name: '  Workshop   tools ',
      brandId,
      countryCode: 'IT',
      memberIds: [MARCO, CAMILLE],
    });
    expect(body.errors).toBeUndefined();
    const saved = body.data!.saveTicketQueue;
    expect(saved).toMatchObject({
      name: 'Workshop tools',
      brand: { id: brandId },
      country: { code: 'IT', name: 'Italy' },
    });
    expect(saved.members.map((m) => m.id).sort()).toEqual([CAMILLE, MARCO].sort());
    expect(await queues()).toContainEqual({
      id: saved.id,
      name: 'Workshop tools',
      brand: { id: brandId },
      country: { code: 'IT' },
      members: saved.members,
    });
    const [audit] = await t.db.query<{ actor_id: string; details: unknown }>(
      `select actor_id, details from audit_log
       where action = 'ticket.queue.save' and target_id = $1`,
      [saved.id],
    );
    expect(audit).toEqual({
      actor_id: ADMIN,
      details: { name: 'Workshop tools', brandId, countryCode: 'IT', memberIds: [MARCO, CAMILLE] },
    });
  });

  it('edits a team: group-wide again, its members replaced as a set', async () => {
    const created = await save({ name: 'Paint shop', brandId, memberIds: [MARCO] });
    const id = created.data!.saveTicketQueue.id;
    const body = await save({ id, name: 'Paint and body', memberIds: [CAMILLE] });
    expect(body.errors).toBeUndefined();
    expect(body.data?.saveTicketQueue).toEqual({
      id,
      name: 'Paint and body',
      brand: null,
      country: null,
      members: [{ id: CAMILLE }],
    });
  });

  it('makes its members handlers of its tickets; leaving keeps their assignments', async () => {
    const filed = await fileTicket(t, await t.tokenFor(CAMILLE), helpDesk(), 'queue-admin-1');
    const ticketId = filed.data!.createTicket.id;
    expect(await myQueueTickets(MARCO)).not.toContain(ticketId);
    const groupIt = (await queues()).find((q) => q.id === GROUP_IT)!;
    const itAdmins = groupIt.members.map((m) => m.id);
    const join = await save({ id: GROUP_IT, name: groupIt.name, memberIds: [...itAdmins, MARCO] });
    expect(join.errors).toBeUndefined();
    expect(await myQueueTickets(MARCO)).toContain(ticketId);

    const assigned = await t.graphql(
      `mutation ($id: ID!) { assignTicket(id: $id, queueId: "${GROUP_IT}", assigneeId: "${MARCO}") { id } }`,
      { token: await t.tokenFor(MARCO), variables: { id: ticketId } },
    );
    expect(assigned.errors).toBeUndefined();
    await save({ id: GROUP_IT, name: groupIt.name, memberIds: itAdmins });
    expect(await myQueueTickets(MARCO)).not.toContain(ticketId);
    const [ticket] = await t.db.query('select assignee_id from tickets where id = $1', [ticketId]);
    expect(ticket).toEqual({ assignee_id: MARCO });
  });

  it.each([
    ['an empty name', { name: '  ' }, 'name', 'REQUIRED'],
    ['a long name', { name: 'x'.repeat(81) }, 'name', 'TOO_LONG'],
    ['a name in use, in other capitals', { name: 'GROUP IT help desk' }, 'name', 'TAKEN'],
    ['an unknown brand', { brandId: 'brand-nope' }, 'brandId', 'UNKNOWN_BRAND'],
    ['an unknown country', { countryCode: 'ZZ' }, 'countryCode', 'UNKNOWN_COUNTRY'],
    ['an unknown person', { memberIds: [MARCO, 'person-nope'] }, 'memberIds.1', 'UNKNOWN_PERSON'],
    ['a member twice', { memberIds: [MARCO, CAMILLE, MARCO] }, 'memberIds.2', 'DUPLICATE'],
  ])('refuses %s, naming the field', async (_name, changes, field, reason) => {
    const body = await save({ name: 'Refused team', memberIds: [], ...changes });
    expect(refusal(body)).toEqual({ code: 'BAD_USER_INPUT', field, reason });
  });

  it('refuses an erased person as a member', async () => {
    const [erased] = await t.db.query<{ id: string }>(
      `update people set erased_at = now()
       where id = (select id from people where id not in ($1, $2, $3) order by id limit 1)
       returning id`,
      [ADMIN, MARCO, CAMILLE],
    );
    const body = await save({ name: 'Ghosts', memberIds: [erased!.id] });
    expect(refusal(body)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'memberIds.0',
      reason: 'UNKNOWN_PERSON',
    });
  });

  it('answers NOT_FOUND for an unknown team and FORBIDDEN to anyone but admins', async () => {
    const unknown = await save({ id: 'queue-nope', name: 'Nobody', memberIds: [] });
    expect(refusal(unknown).code).toBe('NOT_FOUND');
    const forbidden = await save({ name: 'Own team', memberIds: [MARCO] }, await t.tokenFor(MARCO));
    expect(refusal(forbidden).code).toBe('FORBIDDEN');
    expect((await queues()).map((q) => q.name)).not.toContain('Own team');
  });
});
