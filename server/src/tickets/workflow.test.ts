import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import {
  fileTicket,
  helpDesk,
  refusal,
  regionManagerOf,
  TICKET_FIELDS,
  type TicketData,
} from './tickets-test-support.js';

const MOVE = `mutation ($id: ID!, $to: TicketStatus!, $comment: String) {
  moveTicket(id: $id, to: $to, comment: $comment) { ${TICKET_FIELDS} } }`;
const COMMENT = `mutation ($id: ID!, $body: String!, $internal: Boolean) {
  addTicketComment(id: $id, body: $body, internal: $internal) { ${TICKET_FIELDS} } }`;
const READ = `query ($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`;

const CAMILLE = 'person-demo-fr-sales';
const ADMIN = 'person-demo-admin';

describe('the ticket workflow', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  let ticket: TicketData;
  let regionManager: string;
  let serviceManager: string;

  const move = (person: string, to: string, comment?: string) =>
    t.graphql<{ moveTicket: TicketData }>(MOVE, {
      token: tokens.get(person),
      variables: { id: ticket.id, to, comment },
    });
  const read = async (person: string) =>
    (
      await t.graphql<{ ticket: TicketData }>(READ, {
        token: tokens.get(person),
        variables: { id: ticket.id },
      })
    ).data!.ticket;

  beforeAll(async () => {
    t = await createTestApp();
    const lyon = t.network.people.find((p) => p.id === CAMILLE)!.dealerId!;
    const region = t.network.dealers.find((d) => d.id === lyon)!.regionId;
    regionManager = regionManagerOf(t, region);
    serviceManager = t.network.people.find(
      (p) => p.dealerId === lyon && p.job === 'SERVICE_MANAGER',
    )!.id;
    for (const id of [CAMILLE, ADMIN, regionManager, serviceManager]) {
      tokens.set(id, await t.tokenFor(id));
    }
    ticket = (await fileTicket(t, tokens.get(CAMILLE)!, helpDesk(), 'workflow')).data!.createTicket;
  });
  afterAll(() => t.close());

  it('lets only handlers triage, and refuses moves the workflow does not have', async () => {
    expect(refusal(await move(CAMILLE, 'TRIAGED')).code).toBe('FORBIDDEN');
    expect(refusal(await move(serviceManager, 'TRIAGED')).code).toBe('FORBIDDEN');
    expect(refusal(await move(ADMIN, 'RESOLVED'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'to',
      reason: 'INVALID_MOVE',
    });
    expect((await move(regionManager, 'TRIAGED')).data?.moveTicket.status).toBe('TRIAGED');
    expect((await move(ADMIN, 'IN_PROGRESS')).data?.moveTicket.status).toBe('IN_PROGRESS');
  });

  it('lets the reporter answer, close and reopen their own ticket, and records it all', async () => {
    const asked = await move(ADMIN, 'WAITING_FOR_REPORTER', 'Which printer model?');
    expect(asked.data?.moveTicket.comments).toContainEqual(
      expect.objectContaining({ body: 'Which printer model?', internal: false }),
    );
    expect(refusal(await move(CAMILLE, 'RESOLVED')).code).toBe('FORBIDDEN');
    expect((await move(CAMILLE, 'IN_PROGRESS', 'An HP 400')).errors).toBeUndefined();
    expect((await move(ADMIN, 'RESOLVED')).errors).toBeUndefined();
    expect((await move(CAMILLE, 'CLOSED')).errors).toBeUndefined();
    const reopened = await move(CAMILLE, 'IN_PROGRESS');
    expect(reopened.data?.moveTicket.history.map((e) => [e.action, e.from, e.to])).toEqual([
      ['CREATED', null, 'NEW'],
      ['STATUS_CHANGED', 'NEW', 'TRIAGED'],
      ['STATUS_CHANGED', 'TRIAGED', 'IN_PROGRESS'],
      ['STATUS_CHANGED', 'IN_PROGRESS', 'WAITING_FOR_REPORTER'],
      ['COMMENTED', null, null],
      ['STATUS_CHANGED', 'WAITING_FOR_REPORTER', 'IN_PROGRESS'],
      ['COMMENTED', null, null],
      ['STATUS_CHANGED', 'IN_PROGRESS', 'RESOLVED'],
      ['STATUS_CHANGED', 'RESOLVED', 'CLOSED'],
      ['STATUS_CHANGED', 'CLOSED', 'IN_PROGRESS'],
    ]);
    const audited = await t.db.query<{ actor_id: string }>(
      `select actor_id from audit_log where action = 'ticket.move' and target_id = $1 order by id`,
      [ticket.id],
    );
    expect(audited.map((row) => row.actor_id)).toEqual([
      regionManager,
      ADMIN,
      ADMIN,
      CAMILLE,
      ADMIN,
      CAMILLE,
      CAMILLE,
    ]);
  });

  it('hides internal notes from the reporter’s side', async () => {
    const noted = await t.graphql<{ addTicketComment: TicketData }>(COMMENT, {
      token: tokens.get(ADMIN),
      variables: { id: ticket.id, body: 'Driver issue, known.', internal: true },
    });
    expect(noted.data?.addTicketComment.comments).toContainEqual(
      expect.objectContaining({ body: 'Driver issue, known.', internal: true }),
    );
    expect((await read(regionManager)).comments.some((c) => c.internal)).toBe(true);
    for (const person of [CAMILLE, serviceManager]) {
      const seen = await read(person);
      expect(seen.comments.length, person).toBeGreaterThan(0);
      expect(
        seen.comments.some((c) => c.internal),
        person,
      ).toBe(false);
    }
    const refused = await t.graphql(COMMENT, {
      token: tokens.get(CAMILLE),
      variables: { id: ticket.id, body: 'Note to self', internal: true },
    });
    expect(refusal(refused).code).toBe('FORBIDDEN');
    const empty = await t.graphql(COMMENT, {
      token: tokens.get(CAMILLE),
      variables: { id: ticket.id, body: '   ' },
    });
    expect(refusal(empty)).toEqual({ code: 'BAD_USER_INPUT', field: 'body', reason: 'REQUIRED' });
  });
});
