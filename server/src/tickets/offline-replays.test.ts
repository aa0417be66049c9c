import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import {
  fileTicket,
  helpDesk,
  refusal,
  TICKET_FIELDS,
  type TicketData,
} from './tickets-test-support.js';

// What an offline outbox sends: each write with the key or the status it was decided with.
const COMMENT = `mutation ($id: ID!, $body: String!, $key: String) {
  addTicketComment(id: $id, body: $body, idempotencyKey: $key) { ${TICKET_FIELDS} } }`;
const MOVE = `mutation ($id: ID!, $to: TicketStatus!, $expected: TicketStatus, $comment: String) {
  moveTicket(id: $id, to: $to, expectedStatus: $expected, comment: $comment) {
    ${TICKET_FIELDS} } }`;

const CAMILLE = 'person-demo-fr-sales';
const ADMIN = 'person-demo-admin';

describe('ticket writes replayed by an offline outbox', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  let ticket: TicketData;

  const comment = (person: string, body: string, key?: string) =>
    t.graphql<{ addTicketComment: TicketData }>(COMMENT, {
      token: tokens.get(person),
      variables: { id: ticket.id, body, key },
    });
  const move = (person: string, to: string, expected?: string, note?: string) =>
    t.graphql<{ moveTicket: TicketData }>(MOVE, {
      token: tokens.get(person),
      variables: { id: ticket.id, to, expected, comment: note },
    });

  beforeAll(async () => {
    t = await createTestApp();
    for (const id of [CAMILLE, ADMIN]) tokens.set(id, await t.tokenFor(id));
    ticket = (await fileTicket(t, tokens.get(CAMILLE)!, helpDesk(), 'replays')).data!.createTicket;
  });
  afterAll(() => t.close());

  it('adds a keyed comment once, however often it is sent', async () => {
    const first = await comment(CAMILLE, 'Still offline at the workshop', 'comment-1');
    expect(first.errors).toBeUndefined();
    const again = await comment(CAMILLE, 'Still offline at the workshop', 'comment-1');
    expect(again.data).toEqual(first.data);
    expect(again.data!.addTicketComment.comments.map((c) => c.body)).toEqual([
      'Still offline at the workshop',
    ]);
    // The key is the author's: someone else's comment under the same key is theirs.
    await comment(ADMIN, 'We are looking into it', 'comment-1');
    // Without a key, each call is a new comment.
    await comment(CAMILLE, 'Thanks');
    await comment(CAMILLE, 'Thanks');
    const [stored] = await t.db.query<{ count: number }>(
      'select count(*)::int as count from ticket_comments where ticket_id = $1',
      [ticket.id],
    );
    expect(stored!.count).toBe(4);
  });

  it('moves only from the status the caller saw, else CONFLICT with the current one', async () => {
    const triaged = await move(ADMIN, 'TRIAGED', 'NEW');
    expect(triaged.data?.moveTicket.status).toBe('TRIAGED');
    // The same move replayed: the ticket is no longer NEW, and nothing changes.
    const replayed = await move(ADMIN, 'TRIAGED', 'NEW', 'Triaged from the phone');
    expect(replayed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status: 'TRIAGED' });
    // A move decided offline while someone else moved the ticket meanwhile.
    await move(ADMIN, 'IN_PROGRESS');
    const stale = await move(ADMIN, 'WAITING_FOR_REPORTER', 'TRIAGED');
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      status: 'IN_PROGRESS',
    });
    const read = await t.graphql<{ ticket: TicketData }>(
      `query ($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`,
      { token: tokens.get(ADMIN), variables: { id: ticket.id } },
    );
    expect(read.data!.ticket.status).toBe('IN_PROGRESS');
    expect(read.data!.ticket.comments.map((c) => c.body)).not.toContain('Triaged from the phone');
    // Without an expectation, a move the workflow lacks stays INVALID_MOVE.
    expect(refusal(await move(ADMIN, 'TRIAGED')).reason).toBe('INVALID_MOVE');
  });
});
