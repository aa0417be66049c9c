import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { fileTicket, regionManagerOf } from '../tickets/tickets-test-support.js';
import { firstNotification } from './notifications-test-support.js';

const GIULIA = 'person-demo-it-area';
const MARCO = 'person-demo-it-service';
const CAMILLE = 'person-demo-fr-sales';

const CENTRE = `unread items { id kind unread article { id } ticket { id number title status }
  movedTo assignedToMe actor { displayName } excerpt }`;

interface Item {
  id: string;
  kind: string;
  unread: boolean;
  article: { id: string } | null;
  ticket: { id: string; number: string; title: string; status: string } | null;
  movedTo: string | null;
  assignedToMe: boolean;
  actor: { displayName: string | null } | null;
  excerpt: string | null;
}

interface Centre {
  unread: number;
  items: Item[];
}

describe('notifications of watched tickets', () => {
  let t: TestApp;
  let handler: { id: string; name: string };
  let ticketId: string;
  let number: string;

  const as = async <Data>(personId: string, query: string, variables = {}) => {
    const body = await t.graphql<Data>(query, { token: await t.tokenFor(personId), variables });
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  /** The person's items about the test's ticket, newest first, and their unread count. */
  async function noticesOf(personId: string) {
    const { notifications } = await as<{ notifications: Centre }>(
      personId,
      `{ notifications { ${CENTRE} } }`,
    );
    return {
      unread: notifications.unread,
      items: notifications.items.filter((item) => item.ticket?.id === ticketId),
    };
  }

  const move = (personId: string, to: string, comment?: string) =>
    as(
      personId,
      `mutation ($id: ID!, $to: TicketStatus!, $comment: String) {
        moveTicket(id: $id, to: $to, comment: $comment) { status } }`,
      { id: ticketId, to, comment },
    );

  const comment = (personId: string, body: string, internal = false) =>
    as(
      personId,
      `mutation ($id: ID!, $body: String!, $internal: Boolean) {
        addTicketComment(id: $id, body: $body, internal: $internal) { id } }`,
      { id: ticketId, body, internal },
    );

  const markSeen = (personId: string) =>
    as(personId, 'mutation { markNotificationsSeen { unread } }');

  beforeAll(async () => {
    t = await createTestApp();
    // The region manager of Giulia's region handles the tickets of its dealers.
    const region = t.network.people.find((p) => p.id === GIULIA)!.regionId;
    const manager = regionManagerOf(t, region);
    const person = t.network.people.find((p) => p.id === manager)!;
    handler = { id: manager, name: `${person.givenName} ${person.familyName}` };
    const filed = await fileTicket(
      t,
      await t.tokenFor(GIULIA),
      {
        categoryId: 'category-nc-workshop',
        dealerId: t.network.people.find((p) => p.id === MARCO)!.dealerId,
        title: 'Scheda lavoro mancante',
        description: "L'auto è uscita dall'officina senza scheda lavoro.",
        nonConformity: { customerReference: 'C-7', severity: 'MINOR' },
      },
      'notices-1',
    );
    ({ id: ticketId, number } = filed.data!.createTicket);
  });
  afterAll(() => t.close());

  it('tells the reporter, live, that a handler moved their ticket, with the move’s comment', async () => {
    await markSeen(GIULIA);
    const stream = await firstNotification<Centre>(t, GIULIA, CENTRE);
    await move(handler.id, 'TRIAGED', 'Ce ne occupiamo noi');
    const pushed = await stream.next;
    stream.close();
    expect(pushed.unread).toBe(1);
    const expected = {
      kind: 'TICKET',
      unread: true,
      article: null,
      ticket: { id: ticketId, number, title: 'Scheda lavoro mancante', status: 'TRIAGED' },
      movedTo: 'TRIAGED',
      assignedToMe: false,
      actor: { displayName: handler.name },
      excerpt: 'Ce ne occupiamo noi',
    };
    expect(pushed.items[0]).toMatchObject(expected);
    // The move's comment comes with the move, not as an item of its own.
    expect(await noticesOf(GIULIA)).toMatchObject({ unread: 1, items: [expected] });
  });

  it('never tells people of their own moves and comments', async () => {
    await comment(handler.id, 'Visto');
    await move(handler.id, 'WAITING_FOR_REPORTER');
    expect((await noticesOf(handler.id)).items).toEqual([]);
    await comment(GIULIA, 'Ecco il riferimento');
    await move(GIULIA, 'IN_PROGRESS');
    expect((await noticesOf(GIULIA)).items.map((item) => item.movedTo ?? 'comment')).toEqual([
      'WAITING_FOR_REPORTER',
      'comment',
      'TRIAGED',
    ]);
  });

  it('tells watchers of public comments only: an internal note notifies nobody', async () => {
    await markSeen(GIULIA);
    await comment(handler.id, 'Nota per il team', true);
    expect(await noticesOf(GIULIA)).toMatchObject({ unread: 0 });
    await comment(handler.id, 'Abbiamo trovato la scheda');
    const { unread, items } = await noticesOf(GIULIA);
    expect(unread).toBe(1);
    expect(items[0]).toMatchObject({
      id: expect.stringMatching(/^TICKET:ticket-comment-/),
      movedTo: null,
      actor: { displayName: handler.name },
      excerpt: 'Abbiamo trovato la scheda',
    });
    expect(items.map((item) => item.excerpt)).not.toContain('Nota per il team');
  });

  it('tells only those who watch: the dealer’s manager, of what follows his watching', async () => {
    expect((await noticesOf(MARCO)).items).toEqual([]);
    await as(MARCO, 'mutation ($id: ID!) { watchTicket(id: $id, watching: true) { id } }', {
      id: ticketId,
    });
    await comment(GIULIA, 'Grazie!');
    const { items } = await noticesOf(MARCO);
    expect(items.map((item) => item.excerpt)).toEqual(['Grazie!']);
  });

  it('tells a watcher nothing about a ticket they no longer see, not even live', async () => {
    // Someone who once handled it, say, and has left the team since.
    await t.db.query('insert into ticket_watchers (ticket_id, person_id) values ($1, $2)', [
      ticketId,
      CAMILLE,
    ]);
    const stream = await firstNotification<Centre>(t, CAMILLE, CENTRE);
    const pushed = stream.next.then(() => 'pushed');
    await comment(handler.id, 'Chiudiamo presto');
    const silence = new Promise((resolve) => setTimeout(() => resolve('silent'), 500));
    expect(await Promise.race([pushed, silence])).toBe('silent');
    stream.close();
    expect((await noticesOf(CAMILLE)).items).toEqual([]);
  });

  it('counts ticket items as read once the centre is opened', async () => {
    await comment(handler.id, 'Un’ultima cosa');
    expect((await noticesOf(GIULIA)).unread).toBeGreaterThan(0);
    await markSeen(GIULIA);
    const { unread, items } = await noticesOf(GIULIA);
    expect(unread).toBe(0);
    expect(items.every((item) => !item.unread)).toBe(true);
  });

  describe('assignments', () => {
    const LUMO_ITALY = 'queue-lumo-it-after-sales';
    let colleague: string;

    const assign = (personId: string, assigneeId: string | null) =>
      as(
        personId,
        `mutation ($id: ID!, $queueId: ID!, $assigneeId: ID) {
          assignTicket(id: $id, queueId: $queueId, assigneeId: $assigneeId) { id } }`,
        { id: ticketId, queueId: LUMO_ITALY, assigneeId },
      );

    /** The person's assignment items about the test's ticket, newest first. */
    const assignmentsOf = async (personId: string) =>
      (await noticesOf(personId)).items.filter((item) => item.assignedToMe);

    /** Whether the person's stream stays silent while `act` runs. */
    async function silentWhile(personId: string, act: () => Promise<unknown>) {
      const stream = await firstNotification<Centre>(t, personId, CENTRE);
      const pushed = stream.next.then(() => 'pushed');
      await act();
      const silence = new Promise((resolve) => setTimeout(() => resolve('silent'), 500));
      const outcome = await Promise.race([pushed, silence]);
      stream.close();
      return outcome === 'silent';
    }

    beforeAll(async () => {
      // Giulia's fellow area manager in the Lumo Italy after-sales team.
      const { ticketQueues } = await as<{
        ticketQueues: { id: string; members: { id: string }[] }[];
      }>(handler.id, 'query ($id: ID!) { ticketQueues(ticketId: $id) { id members { id } } }', {
        id: ticketId,
      });
      const members = ticketQueues.find((queue) => queue.id === LUMO_ITALY)!.members;
      colleague = members.find((member) => member.id !== GIULIA)!.id;
    });

    it('tells the assignee, live, who assigned the ticket to them', async () => {
      await markSeen(GIULIA);
      const stream = await firstNotification<Centre>(t, GIULIA, CENTRE);
      await assign(handler.id, GIULIA);
      const pushed = await stream.next;
      stream.close();
      const expected = {
        id: expect.stringMatching(/^TICKET:ticket-event-/),
        kind: 'TICKET',
        unread: true,
        ticket: { id: ticketId, number },
        movedTo: null,
        assignedToMe: true,
        actor: { displayName: handler.name },
        excerpt: null,
      };
      expect(pushed.unread).toBe(1);
      expect(pushed.items[0]).toMatchObject(expected);
      expect(await assignmentsOf(GIULIA)).toMatchObject([expected]);
      // Moves and comments stay what they were; the other watchers are not told.
      expect((await noticesOf(GIULIA)).items.filter((item) => !item.assignedToMe)).not.toEqual([]);
      expect(await assignmentsOf(MARCO)).toEqual([]);
      expect(await assignmentsOf(handler.id)).toEqual([]);
    });

    it('tells nothing new when the ticket stays with the same person', async () => {
      await assign(handler.id, GIULIA);
      expect(await assignmentsOf(GIULIA)).toHaveLength(1);
    });

    it('tells the assignee again when the ticket comes back to them', async () => {
      await assign(handler.id, colleague);
      expect(await assignmentsOf(colleague)).toHaveLength(1);
      // Taken away, nothing new for her: the earlier assignment stays in her history.
      expect(await assignmentsOf(GIULIA)).toHaveLength(1);
      await assign(handler.id, GIULIA);
      const items = await assignmentsOf(GIULIA);
      expect(items).toHaveLength(2);
      expect(items[0]!.id).not.toBe(items[1]!.id);
    });

    it('never tells people who assign a ticket to themselves, not even live', async () => {
      await assign(handler.id, null);
      expect(await silentWhile(colleague, () => assign(colleague, colleague))).toBe(true);
      expect(await assignmentsOf(colleague)).toHaveLength(1);
    });
  });
});
