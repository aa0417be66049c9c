import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { fileTicket, helpDesk, refusal, regionManagerOf } from './tickets-test-support.js';

// Giulia, area manager, files at Marco's dealer; the region's manager handles the ticket.
// Marco sees it as its dealer's service manager without handling it; Camille, at a French
// dealer, does not see it.
const GIULIA = 'person-demo-it-area';
const MARCO = 'person-demo-it-service';
const CAMILLE = 'person-demo-fr-sales';

const FIELDS = `id tags updatedAt sla { respondedAt }
  history { action addedTags removedTags actor { displayName } }`;

interface Tagged {
  id: string;
  tags: string[];
  updatedAt: string;
  sla: { respondedAt: string | null };
  history: { action: string; addedTags: string[] | null; removedTags: string[] | null }[];
}

const SET = `mutation ($id: ID!, $tags: [String!]!) {
  setTicketTags(id: $id, tags: $tags) { ${FIELDS} } }`;

describe('ticket tags', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  let regionManager: string;
  let ticketId: string;

  const set = (personId: string, tags: string[], id = ticketId) =>
    t.graphql<{ setTicketTags: Tagged }>(SET, {
      token: tokens.get(personId),
      variables: { id, tags },
    });
  const taggedLines = (ticket: Tagged) =>
    ticket.history
      .filter((line) => line.action === 'TAGGED')
      .map(({ addedTags, removedTags }) => ({ addedTags, removedTags }));

  beforeAll(async () => {
    t = await createTestApp();
    const region = t.network.people.find((p) => p.id === GIULIA)!.regionId;
    regionManager = regionManagerOf(t, region);
    for (const id of [GIULIA, MARCO, CAMILLE, regionManager]) {
      tokens.set(id, await t.tokenFor(id));
    }
    const dealerId = t.network.people.find((p) => p.id === MARCO)!.dealerId!;
    const filed = await fileTicket(t, tokens.get(GIULIA)!, helpDesk({ dealerId }), 'tags');
    expect(filed.errors).toBeUndefined();
    ticketId = filed.data!.createTicket.id;
  });

  afterAll(() => t.close());

  it('stores what handlers type as tags: lower case, without #, once each, sorted', async () => {
    const body = await set(regionManager, ['#Paint', 'recall', 'paint', ' #Città ']);
    expect(body.errors).toBeUndefined();
    const ticket = body.data!.setTicketTags;
    expect(ticket.tags).toEqual(['città', 'paint', 'recall']);
    expect(taggedLines(ticket)).toEqual([
      { addedTags: ['città', 'paint', 'recall'], removedTags: [] },
    ]);
    // Naming a theme is not answering the reporter: the response clock runs on.
    expect(ticket.sla.respondedAt).toBeNull();
    const [audit] = await t.db.query<{ details: unknown }>(
      `select details from audit_log where action = 'ticket.tags' and target_id = $1`,
      [ticketId],
    );
    expect(audit?.details).toMatchObject({ added: ['città', 'paint', 'recall'], removed: [] });
  });

  it('records what was added and removed; the same tags again change nothing', async () => {
    const before = (await set(regionManager, ['paint', 'recall', 'città'])).data!.setTicketTags;
    expect(taggedLines(before)).toHaveLength(1);
    const body = await set(regionManager, ['paint', 'warranty']);
    expect(body.errors).toBeUndefined();
    const ticket = body.data!.setTicketTags;
    expect(ticket.tags).toEqual(['paint', 'warranty']);
    expect(taggedLines(ticket).at(-1)).toEqual({
      addedTags: ['warranty'],
      removedTags: ['città', 'recall'],
    });
  });

  it('refuses what is not a tag, or too many, naming the field, and keeps the tags', async () => {
    const invalid = await set(regionManager, ['paint', 'no spaces']);
    expect(refusal(invalid)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'tags.1',
      reason: 'INVALID_TAG',
    });
    expect(refusal(await set(regionManager, ['#']))).toMatchObject({
      field: 'tags.0',
      reason: 'REQUIRED',
    });
    expect(refusal(await set(regionManager, ['a'.repeat(31)]))).toMatchObject({
      reason: 'INVALID_TAG',
    });
    const eleven = Array.from({ length: 11 }, (_, i) => `theme-${i}`);
    expect(refusal(await set(regionManager, eleven))).toMatchObject({
      field: 'tags',
      reason: 'TOO_MANY',
    });
    const read = await t.graphql<{ ticket: Tagged }>(
      `query ($id: ID!) { ticket(id: $id) { ${FIELDS} } }`,
      { token: tokens.get(GIULIA), variables: { id: ticketId } },
    );
    expect(read.data!.ticket.tags).toEqual(['paint', 'warranty']);
  });

  it('is for handlers only: the reporter and the dealer read them, others never see them', async () => {
    expect(refusal(await set(GIULIA, ['mine']))).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal(await set(MARCO, ['mine']))).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal(await set(CAMILLE, ['mine']))).toMatchObject({ code: 'NOT_FOUND' });
    const read = await t.graphql<{ ticket: Tagged }>(
      `query ($id: ID!) { ticket(id: $id) { tags } }`,
      { token: tokens.get(MARCO), variables: { id: ticketId } },
    );
    expect(read.data!.ticket.tags).toEqual(['paint', 'warranty']);
  });

  it('suggests the tags of the tickets the caller handles, the most used first', async () => {
    const dealerId = t.network.people.find((p) => p.id === MARCO)!.dealerId!;
    const other = await fileTicket(t, tokens.get(GIULIA)!, helpDesk({ dealerId }), 'tags-2');
    await set(regionManager, ['warranty'], other.data!.createTicket.id);
    const suggested = await t.graphql<{ ticketTags: string[] }>('{ ticketTags }', {
      token: tokens.get(regionManager),
    });
    expect(suggested.data!.ticketTags.slice(0, 2)).toEqual(['warranty', 'paint']);
    for (const person of [GIULIA, CAMILLE]) {
      const none = await t.graphql<{ ticketTags: string[] }>('{ ticketTags }', {
        token: tokens.get(person),
      });
      expect(none.data!.ticketTags).not.toContain('warranty');
    }
  });
});
