import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { fileTicket, helpDesk, refusal, regionManagerOf } from './tickets-test-support.js';

// Giulia, area manager, files at Marco's dealer: Marco sees the ticket as its dealer's
// service manager without handling it; the region's manager handles it; Camille, at a
// French dealer, does not see it.
const GIULIA = 'person-demo-it-area';
const MARCO = 'person-demo-it-service';
const CAMILLE = 'person-demo-fr-sales';

const FIELDS = `id status updatedAt sla { respondedAt }
  checklist { id label done doneBy { displayName } doneAt }
  history { action checklistItem checked actor { displayName } }`;

interface Checked {
  id: string;
  status: string;
  updatedAt: string;
  sla: { respondedAt: string | null };
  checklist: {
    id: string;
    label: string;
    done: boolean;
    doneBy: { displayName: string | null } | null;
    doneAt: string | null;
  }[];
  history: { action: string; checklistItem: string | null; checked: boolean | null }[];
}

const SET = `mutation ($id: ID!, $itemId: ID!, $done: Boolean!) {
  setTicketChecklistItem(id: $id, itemId: $itemId, done: $done) { ${FIELDS} } }`;

describe('ticket checklists', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  let regionManager: string;
  let marcosDealer: string;
  let ticket: Checked;

  const set = (personId: string, itemId: string, done: boolean, id = ticket.id) =>
    t.graphql<{ setTicketChecklistItem: Checked }>(SET, {
      token: tokens.get(personId),
      variables: { id, itemId, done },
    });
  const read = async () =>
    (
      await t.graphql<{ ticket: Checked }>(`query ($id: ID!) { ticket(id: $id) { ${FIELDS} } }`, {
        token: tokens.get(GIULIA),
        variables: { id: ticket.id },
      })
    ).data!.ticket;
  const checklistLines = (checked: Checked) =>
    checked.history.filter((line) => line.action === 'CHECKLIST');

  beforeAll(async () => {
    t = await createTestApp();
    const region = t.network.people.find((p) => p.id === GIULIA)!.regionId;
    regionManager = regionManagerOf(t, region);
    for (const id of [GIULIA, MARCO, CAMILLE, regionManager]) {
      tokens.set(id, await t.tokenFor(id));
    }
    marcosDealer = t.network.people.find((p) => p.id === MARCO)!.dealerId!;
    const filed = await t.graphql<{ createTicket: Checked }>(
      `mutation ($input: CreateTicketInput!) {
        createTicket(input: $input, idempotencyKey: "checklist") { ${FIELDS} } }`,
      {
        token: tokens.get(GIULIA),
        variables: {
          input: helpDesk({
            dealerId: marcosDealer,
            checklist: ['  Check the   VIN ', 'Call the customer back'],
          }),
        },
      },
    );
    expect(filed.errors).toBeUndefined();
    ticket = filed.data!.createTicket;
  });
  afterAll(() => t.close());

  it('files the checklist in order, one line each, nothing done', () => {
    expect(ticket.checklist).toEqual([
      { id: expect.any(String), label: 'Check the VIN', done: false, doneBy: null, doneAt: null },
      expect.objectContaining({ label: 'Call the customer back', done: false }),
    ]);
  });

  it.each([
    ['21 items', Array.from({ length: 21 }, (_, i) => `Step ${i}`), 'checklist', 'TOO_MANY'],
    ['an empty item', ['Check the VIN', '   '], 'checklist.1', 'REQUIRED'],
    ['a long item', ['x'.repeat(201)], 'checklist.0', 'TOO_LONG'],
  ])('refuses %s, naming the field and the reason', async (_name, checklist, field, reason) => {
    const body = await fileTicket(
      t,
      tokens.get(CAMILLE)!,
      helpDesk({ checklist }),
      `bad-${field}-${reason}`,
    );
    expect(refusal(body)).toEqual({ code: 'BAD_USER_INPUT', field, reason });
  });

  it('lets the reporter tick an item, once: a replay changes nothing', async () => {
    const item = ticket.checklist[0]!.id;
    const ticked = (await set(GIULIA, item, true)).data!.setTicketChecklistItem;
    expect(ticked.checklist[0]).toMatchObject({
      done: true,
      doneBy: { displayName: 'Giulia Ferraro' },
      doneAt: expect.any(String),
    });
    expect(ticked.updatedAt > ticket.updatedAt).toBe(true);
    expect(checklistLines(ticked)).toEqual([
      {
        action: 'CHECKLIST',
        checklistItem: 'Check the VIN',
        checked: true,
        actor: expect.anything(),
      },
    ]);
    const replay = (await set(GIULIA, item, true)).data!.setTicketChecklistItem;
    expect(replay).toEqual(ticked);
  });

  it('lets a handler untick it, without counting as the response to the ticket', async () => {
    const item = ticket.checklist[0]!.id;
    const unticked = (await set(regionManager, item, false)).data!.setTicketChecklistItem;
    expect(unticked.checklist[0]).toMatchObject({ done: false, doneBy: null, doneAt: null });
    expect(checklistLines(unticked).map((line) => line.checked)).toEqual([true, false]);
    expect(unticked.sla.respondedAt).toBeNull();
  });

  it('does not notify the ticket’s watchers of a tick', async () => {
    await set(regionManager, ticket.checklist[1]!.id, true);
    const centre = await t.graphql<{ notifications: { items: { kind: string }[] } }>(
      '{ notifications { items { kind } } }',
      { token: tokens.get(GIULIA) },
    );
    expect(centre.data!.notifications.items.filter((item) => item.kind === 'TICKET')).toEqual([]);
    await set(regionManager, ticket.checklist[1]!.id, false);
  });

  it('refuses viewers who neither filed nor handle it, and those who do not see it', async () => {
    const item = ticket.checklist[0]!.id;
    expect(refusal(await set(MARCO, item, true)).code).toBe('FORBIDDEN');
    expect(refusal(await set(CAMILLE, item, true)).code).toBe('NOT_FOUND');
    expect(refusal(await set(GIULIA, 'ticket-check-nope', true)).code).toBe('NOT_FOUND');
    const input = helpDesk({ dealerId: marcosDealer });
    const other = await fileTicket(t, tokens.get(GIULIA)!, input, 'no-checklist');
    const elsewhere = await set(GIULIA, item, true, other.data!.createTicket.id);
    expect(refusal(elsewhere).code).toBe('NOT_FOUND');
    expect((await read()).checklist[0]!.done).toBe(false);
  });

  it('keeps a closed ticket’s checklist as it is', async () => {
    await t.db.query(`update tickets set status = 'CLOSED' where id = $1`, [ticket.id]);
    const item = ticket.checklist[0]!.id;
    expect(refusal(await set(GIULIA, item, true))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'status',
      reason: 'CLOSED',
    });
    // Asking for what it already is stays harmless, as for a replay.
    expect((await set(GIULIA, item, false)).errors).toBeUndefined();
    expect(checklistLines(await read())).toHaveLength(4);
  });
});
