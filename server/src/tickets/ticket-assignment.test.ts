import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearNetwork, seedDatabase } from '../seed/load-network.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { fileTicket, helpDesk, refusal, regionManagerOf } from './tickets-test-support.js';

const GIULIA = 'person-demo-it-area';
const MARCO = 'person-demo-it-service';
const CAMILLE = 'person-demo-fr-sales';
const ADMIN = 'person-demo-admin';
const LUMO_ITALY = 'queue-lumo-it-after-sales';

const FIELDS = `id handledByMe watchedByMe watcherCount
  queue { id name } assignee { id displayName }
  history { action queue { name } assignee { displayName } }`;

interface Assigned {
  id: string;
  handledByMe: boolean;
  watchedByMe: boolean;
  watcherCount: number;
  queue: { id: string; name: string } | null;
  assignee: { id: string; displayName: string | null } | null;
  history: { action: string; queue: { name: string } | null }[];
}

const ASSIGN = `mutation ($id: ID!, $queueId: ID!, $assigneeId: ID, $expected: ID) {
  assignTicket(id: $id, queueId: $queueId, assigneeId: $assigneeId,
    expectedAssigneeId: $expected) { ${FIELDS} } }`;

const QUEUES = `query ($id: ID!) { ticketQueues(ticketId: $id) { id name members { id } } }`;

const LIST = `query ($scope: TicketScope) {
  tickets(filter: { scope: $scope }, first: 100) { edges { node { id } } } }`;

describe('ticket queues, assignment and watchers', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  const as = (personId: string) => tokens.get(personId)!;
  let regionManager: string;
  let ncId: string;

  const assign = (personId: string, variables: Record<string, unknown>) =>
    t.graphql<{ assignTicket: Assigned }>(ASSIGN, {
      token: as(personId),
      variables: { id: ncId, ...variables },
    });

  async function listed(personId: string, scope: string): Promise<string[]> {
    const body = await t.graphql<{ tickets: { edges: { node: { id: string } }[] } }>(LIST, {
      token: as(personId),
      variables: { scope },
    });
    expect(body.errors).toBeUndefined();
    return body.data!.tickets.edges.map((edge) => edge.node.id);
  }

  beforeAll(async () => {
    t = await createTestApp();
    const region = t.network.people.find((p) => p.id === GIULIA)!.regionId;
    regionManager = regionManagerOf(t, region);
    for (const id of [GIULIA, MARCO, CAMILLE, regionManager]) {
      tokens.set(id, await t.tokenFor(id));
    }
    const marcosDealer = t.network.people.find((p) => p.id === MARCO)!.dealerId;
    const filed = await fileTicket(
      t,
      as(GIULIA),
      {
        categoryId: 'category-nc-workshop',
        dealerId: marcosDealer,
        title: 'Job card missing',
        description: 'The car left the workshop without its job card.',
        nonConformity: { customerReference: 'C-1', severity: 'MINOR' },
      },
      'assignment-1',
    );
    ncId = filed.data!.createTicket.id;
  });
  afterAll(() => t.close());

  it('files a help-desk ticket in its category’s queue, followed by its reporter', async () => {
    const filed = await fileTicket(t, as(CAMILLE), helpDesk(), 'help-1');
    const body = await t.graphql<{ ticket: Assigned }>(
      `query ($id: ID!) { ticket(id: $id) { ${FIELDS} } }`,
      { token: as(CAMILLE), variables: { id: filed.data!.createTicket.id } },
    );
    expect(body.data?.ticket).toMatchObject({
      queue: { id: 'queue-group-it', name: 'Group IT help desk' },
      assignee: null,
      watchedByMe: true,
      watcherCount: 1,
      handledByMe: false,
    });
    // The help desk's member who takes it follows it too.
    const taken = await t.graphql<{ assignTicket: Assigned }>(ASSIGN, {
      token: await t.tokenFor(ADMIN),
      variables: { id: filed.data!.createTicket.id, queueId: 'queue-group-it', assigneeId: ADMIN },
    });
    expect(taken.data?.assignTicket).toMatchObject({
      assignee: { id: ADMIN },
      watchedByMe: true,
      watcherCount: 2,
    });
  });

  it('offers the queues serving the ticket’s dealer to its handlers only', async () => {
    const queues = await t.graphql<{ ticketQueues: { id: string; members: { id: string }[] }[] }>(
      QUEUES,
      { token: as(regionManager), variables: { id: ncId } },
    );
    expect(queues.data?.ticketQueues.map((q) => q.id).sort()).toEqual([
      'queue-group-it',
      LUMO_ITALY,
    ]);
    const lumo = queues.data!.ticketQueues.find((q) => q.id === LUMO_ITALY)!;
    expect(lumo.members.map((m) => m.id)).toContain(GIULIA);
    // Giulia is in the after-sales team, but the ticket is in no queue yet: she only filed it.
    const reporter = await t.graphql(QUEUES, { token: as(GIULIA), variables: { id: ncId } });
    expect(reporter.data).toEqual({ ticketQueues: [] });
    const stranger = await t.graphql(QUEUES, { token: as(CAMILLE), variables: { id: ncId } });
    expect(refusal(stranger).code).toBe('NOT_FOUND');
  });

  it('refuses an assignment by a non-handler, to a foreign queue or to a non-member', async () => {
    expect(refusal(await assign(GIULIA, { queueId: LUMO_ITALY })).code).toBe('FORBIDDEN');
    expect(refusal(await assign(MARCO, { queueId: LUMO_ITALY })).code).toBe('FORBIDDEN');
    expect(refusal(await assign(CAMILLE, { queueId: LUMO_ITALY })).code).toBe('NOT_FOUND');
    expect(refusal(await assign(regionManager, { queueId: 'queue-veyra-fr-after-sales' }))).toEqual(
      { code: 'BAD_USER_INPUT', field: 'queueId', reason: 'UNKNOWN_QUEUE' },
    );
    expect(
      refusal(await assign(regionManager, { queueId: LUMO_ITALY, assigneeId: MARCO })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'assigneeId', reason: 'NOT_A_MEMBER' });
  });

  it('assigns to a member, who then handles and follows the ticket', async () => {
    const body = await assign(regionManager, {
      queueId: LUMO_ITALY,
      assigneeId: GIULIA,
      expected: null,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.assignTicket).toMatchObject({
      queue: { id: LUMO_ITALY, name: 'Lumo Italy after-sales' },
      assignee: { id: GIULIA, displayName: 'Giulia Ferraro' },
      watcherCount: 1,
    });
    expect(body.data?.assignTicket.history.at(-1)).toEqual({
      action: 'ASSIGNED',
      queue: { name: 'Lumo Italy after-sales' },
      assignee: { displayName: 'Giulia Ferraro' },
    });
    const giulias = await t.graphql<{ ticket: Assigned }>(
      `query ($id: ID!) { ticket(id: $id) { ${FIELDS} } }`,
      { token: as(GIULIA), variables: { id: ncId } },
    );
    expect(giulias.data?.ticket).toMatchObject({ handledByMe: true, watchedByMe: true });
    expect(await listed(GIULIA, 'ASSIGNED_TO_ME')).toEqual([ncId]);
    expect(await listed(GIULIA, 'MY_QUEUES')).toContain(ncId);
    expect(await listed(regionManager, 'ASSIGNED_TO_ME')).toEqual([]);
    const [audit] = await t.db.query<{ details: { assigneeId: string } }>(
      `select details from audit_log where action = 'ticket.assign' and target_id = $1`,
      [ncId],
    );
    expect(audit?.details.assigneeId).toBe(GIULIA);
  });

  it('answers CONFLICT when the ticket was assigned since the caller looked', async () => {
    const stale = await assign(regionManager, { queueId: LUMO_ITALY, expected: null });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', assigneeId: GIULIA });
    // A member hands the ticket back to the queue as a whole.
    const back = await assign(GIULIA, { queueId: LUMO_ITALY, expected: GIULIA });
    expect(back.data?.assignTicket.assignee).toBeNull();
  });

  it('lets whoever sees a ticket follow it or stop', async () => {
    const watch = (personId: string, watching: boolean) =>
      t.graphql<{ watchTicket: Assigned }>(
        `mutation ($id: ID!, $watching: Boolean!) {
          watchTicket(id: $id, watching: $watching) { watchedByMe watcherCount } }`,
        { token: as(personId), variables: { id: ncId, watching } },
      );
    expect((await watch(MARCO, true)).data?.watchTicket).toEqual({
      watchedByMe: true,
      watcherCount: 2,
    });
    expect((await watch(MARCO, true)).data?.watchTicket.watcherCount).toBe(2);
    expect((await watch(GIULIA, false)).data?.watchTicket).toEqual({
      watchedByMe: false,
      watcherCount: 1,
    });
    expect(refusal(await watch(CAMILLE, true)).code).toBe('NOT_FOUND');
  });

  /** Subscribes to the ticket over server-sent events; `next` is the first event's payload. */
  async function subscribe(personId: string) {
    const controller = new AbortController();
    const response = await t.app.fetch(
      new Request('http://piazza.test/graphql', {
        method: 'POST',
        signal: controller.signal,
        headers: {
          accept: 'text/event-stream',
          'content-type': 'application/json',
          authorization: `Bearer ${as(personId)}`,
        },
        body: JSON.stringify({
          query: 'subscription ($id: ID!) { ticketChanged(id: $id) { status comments { body } } }',
          variables: { id: ncId },
        }),
      }),
    );
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const next = (async () => {
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended');
        text += value;
        const data = /event: next\ndata: (.*)\n/.exec(text)?.[1];
        if (data) return JSON.parse(data) as Record<string, unknown>;
      }
    })();
    return { next, close: () => controller.abort() };
  }

  it('sends the ticket to its viewers live after a change, and NOT_FOUND to others', async () => {
    const marco = await subscribe(MARCO);
    await t.graphql('mutation ($id: ID!) { addTicketComment(id: $id, body: "On it") { id } }', {
      token: as(regionManager),
      variables: { id: ncId },
    });
    const changed = await marco.next;
    marco.close();
    expect(changed).toEqual({
      data: { ticketChanged: { status: 'NEW', comments: [{ body: 'On it' }] } },
    });
    const camille = await subscribe(CAMILLE);
    const refused = (await camille.next) as { errors: { extensions: { code: string } }[] };
    camille.close();
    expect(refused.errors[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('keeps the categories when the demo is reset, and seeds the same queues again', async () => {
    const queues = () =>
      t.db.query<{ id: string; members: number; defaults: number }>(
        `select q.id, (select count(*)::int from ticket_queue_members m where m.queue_id = q.id)
                  as members,
                (select count(*)::int from ticket_category_queues c where c.queue_id = q.id)
                  as defaults
         from ticket_queues q order by q.id`,
      );
    const seeded = await queues();
    expect(seeded.find((q) => q.id === 'queue-group-it')).toMatchObject({ defaults: 4 });
    expect(seeded.find((q) => q.id === LUMO_ITALY)?.members).toBeGreaterThan(0);
    await clearNetwork(t.db);
    expect(await queues()).toEqual([]);
    const [categories] = await t.db.query<{ n: number }>(
      'select count(*)::int as n from ticket_categories',
    );
    expect(categories?.n).toBe(9);
    await seedDatabase(t.db, t.network);
    expect(await queues()).toEqual(seeded);
  });
});
