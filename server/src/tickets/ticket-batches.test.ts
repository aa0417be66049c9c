import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { fileTicket, helpDesk, TICKET_FIELDS, type TicketData } from './tickets-test-support.js';

const LIST = `query ($first: Int) { tickets(first: $first, filter: { scope: MINE }) {
  edges { node { ${TICKET_FIELDS} photos { id } attachments { id } checklist { label done } sla { state } } } } }`;

const CAMILLE = 'person-demo-fr-sales';

type Listed = TicketData & { checklist: { label: string; done: boolean }[] };
const ADMIN = 'person-demo-admin';

describe('a list of tickets with their history, discussion and photos', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  let first: TicketData;

  const comment = (id: string, body: string, internal = false) =>
    t.graphql(
      `mutation ($id: ID!, $body: String!, $internal: Boolean) {
        addTicketComment(id: $id, body: $body, internal: $internal) { id } }`,
      { token: tokens.get(internal ? ADMIN : CAMILLE), variables: { id, body, internal } },
    );
  /** The database queries a list of `count` tickets costs, and its tickets. */
  async function listing(count: number) {
    const query = vi.spyOn(t.db, 'query');
    try {
      const body = await t.graphql<{ tickets: { edges: { node: Listed }[] } }>(LIST, {
        token: tokens.get(CAMILLE),
        variables: { first: count },
      });
      expect(body.errors).toBeUndefined();
      return { queries: query.mock.calls.length, tickets: body.data!.tickets.edges };
    } finally {
      query.mockRestore();
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    for (const id of [CAMILLE, ADMIN]) tokens.set(id, await t.tokenFor(id));
    for (let n = 0; n < 25; n++) {
      const input = helpDesk({ checklist: ['Restart the printer'] });
      const filed = await fileTicket(t, tokens.get(CAMILLE)!, input, `batch-${n}`);
      first ??= filed.data!.createTicket;
      await comment(filed.data!.createTicket.id, `Comment ${n}`);
    }
  });
  afterAll(() => t.close());

  it('costs the same few queries for 25 tickets as for 2', async () => {
    const two = await listing(2);
    const many = await listing(25);
    expect(many.tickets).toHaveLength(25);
    expect(many.queries).toBe(two.queries);
    // The list, then one each for the histories, discussions, photos, documents and
    // checklists (and the caller).
    expect(many.queries).toBeGreaterThanOrEqual(6);
    expect(many.queries).toBeLessThanOrEqual(8);
    for (const { node } of many.tickets) {
      expect(node.comments).toHaveLength(1);
      expect(node.checklist).toEqual([{ label: 'Restart the printer', done: false }]);
      expect(node.history.map((line) => line.action)).toEqual(['CREATED', 'COMMENTED']);
    }
  });

  it('shows comments in the history, internal notes to handlers only', async () => {
    await comment(first.id, 'Checked the printer driver', true);
    const read = async (person: string) =>
      (
        await t.graphql<{ ticket: TicketData }>(
          `query ($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`,
          { token: tokens.get(person), variables: { id: first.id } },
        )
      ).data!.ticket.history.map((line) => line.action);
    expect(await read(ADMIN)).toEqual(['CREATED', 'COMMENTED', 'COMMENTED']);
    expect(await read(CAMILLE)).toEqual(['CREATED', 'COMMENTED']);
  });
});
