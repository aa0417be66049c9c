import { signedIn } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type { Db } from '../db/db.js';
import type {
  Brand,
  Country,
  MutationResolvers,
  QueryResolvers,
  TicketPerson,
  TicketQueueResolvers,
  TicketResolvers,
} from '../generated/resolvers.js';
import { conflict, forbidden, invalidField } from '../graphql/errors.js';
import { announceTicketAssignment } from '../notifications/ticket-notices.js';
import { ticketRows, type TicketRowsLoad } from './ticket-batches.js';
import { publishTicketChange } from './ticket-events.js';
import { authorName, ticketFor } from './ticket-model.js';
import { watch } from './ticket-watchers.js';

/** A queue as resolvers pass it on; `TicketQueue.members` loads its people when asked. */
export interface TicketQueueModel {
  id: string;
  name: string;
}

/**
 * The queue `q` serves the dealer `d` of region `r`: same brand and country, where the
 * queue names them (the group's IT help desk names neither).
 */
const QUEUE_SERVES = `(q.brand_id is null or q.brand_id = d.brand_id)
  and (q.country_code is null or q.country_code = r.country_code)`;

/** The queues serving a ticket's dealer, as `q`, by name. */
const QUEUES_OF_TICKET = `select q.id, q.name from ticket_queues q, tickets t
  join dealers d on d.id = t.dealer_id join regions r on r.id = d.region_id
  where t.id = $1 and ${QUEUE_SERVES}`;

/**
 * Puts a newly filed ticket in its category's default queue, when that queue serves the
 * ticket's dealer (an after-sales team of another brand does not), and makes its reporter
 * follow it. Inside the creation's transaction.
 */
export async function enterTicket(tx: Db, ticketId: string, reporterId: string): Promise<void> {
  await tx.query(
    `update tickets t set queue_id = q.id
     from ticket_category_queues cq, ticket_queues q, dealers d, regions r
     where t.id = $1 and cq.category_id = t.category_id and q.id = cq.queue_id
       and d.id = t.dealer_id and r.id = d.region_id and ${QUEUE_SERVES}`,
    [ticketId],
  );
  await watch(tx, ticketId, reporterId);
}

export const ticketQueues: QueryResolvers['ticketQueues'] = async (
  _parent,
  { ticketId },
  { db, principal },
) => {
  const ticket = await ticketFor(db, signedIn(principal), ticketId, null);
  if (!ticket.handledByMe) return [];
  return db.query<TicketQueueModel>(`${QUEUES_OF_TICKET} order by q.name, q.id`, [ticketId]);
};

/**
 * Assigns a ticket to a queue and, optionally, one of its members. The update names the
 * assignee the caller expected, when they say one, so that two handlers assigning at once
 * (or an offline replay) do not silently undo each other: the second gets CONFLICT.
 */
export const assignTicket: MutationResolvers['assignTicket'] = async (
  _parent,
  args,
  { db, principal, news },
) => {
  const { id, queueId, locale } = args;
  const assigneeId = args.assigneeId ?? null;
  const caller = signedIn(principal);
  const ticket = await ticketFor(db, caller, id, locale);
  if (!ticket.handledByMe) throw forbidden();
  const [queue] = await db.query<TicketQueueModel>(`${QUEUES_OF_TICKET} and q.id = $2`, [
    id,
    queueId,
  ]);
  if (!queue) throw invalidField('queueId', 'UNKNOWN_QUEUE', 'Choose a queue serving this dealer');
  if (assigneeId) {
    const [member] = await db.query(
      'select 1 from ticket_queue_members where queue_id = $1 and person_id = $2',
      [queueId, assigneeId],
    );
    if (!member) {
      throw invalidField('assigneeId', 'NOT_A_MEMBER', 'Choose a member of the queue');
    }
  }
  // Present and null: the caller expected nobody to hold the ticket.
  const checked = args.expectedAssigneeId !== undefined;
  await db.transaction(async (tx) => {
    const [assigned] = await tx.query(
      `update tickets set queue_id = $2, assignee_id = $3, updated_at = now()
       where id = $1 and (not $4 or assignee_id is not distinct from $5)
       returning id`,
      [id, queueId, assigneeId, checked, args.expectedAssigneeId ?? null],
    );
    if (!assigned) {
      const [current] = await tx.query<{ assignee_id: string | null }>(
        'select assignee_id from tickets where id = $1',
        [id],
      );
      throw conflict('The ticket was assigned meanwhile', {
        assigneeId: current?.assignee_id ?? null,
      });
    }
    await tx.query(
      `insert into ticket_events (ticket_id, actor_id, action, queue_id, assignee_id)
       values ($1, $2, 'ASSIGNED', $3, $4)`,
      [id, caller.personId, queueId, assigneeId],
    );
    if (assigneeId) await watch(tx, id, assigneeId);
    await recordAudit(tx, caller, {
      action: 'ticket.assign',
      targetType: 'ticket',
      targetId: id,
      details: { number: ticket.number, queueId, assigneeId },
    });
  });
  publishTicketChange(news, id);
  announceTicketAssignment(news, { ticketId: id, actorId: caller.personId, assigneeId });
  return ticketFor(db, caller, id, locale);
};

/** The queue and assignee of tickets, one row each, for `Ticket.queue` and `assignee`. */
const assignmentRows: TicketRowsLoad<{
  ticket_id: string;
  queue: TicketQueueModel | null;
  assignee: TicketPerson | null;
}> = (db, ticketIds) =>
  db.query(
    `select t.id as ticket_id,
       case when q.id is not null then json_build_object('id', q.id, 'name', q.name) end
         as queue,
       case when a.id is not null
         then json_build_object('id', a.id, 'displayName', ${authorName('a')}) end as assignee
     from tickets t
     left join ticket_queues q on q.id = t.queue_id
     left join people a on a.id = t.assignee_id
     where t.id = any($1::text[])`,
    [ticketIds],
  );

/** Loaded for every ticket of a response at once (./ticket-batches.ts). */
export const TicketAssignment: Pick<TicketResolvers, 'queue' | 'assignee'> = {
  queue: async (parent, _args, context) =>
    (await ticketRows(context, assignmentRows, parent.id))[0]?.queue ?? null,
  assignee: async (parent, _args, context) =>
    (await ticketRows(context, assignmentRows, parent.id))[0]?.assignee ?? null,
};

/**
 * The brand and country a queue serves, for every queue of a response at once: the batches
 * of ./ticket-batches.ts key rows by any id, here the queue's (as `ticket_id`).
 */
const queueScopeRows: TicketRowsLoad<{
  ticket_id: string;
  brand: Brand | null;
  country: Country | null;
}> = (db, queueIds) =>
  db.query(
    `select q.id as ticket_id,
       case when b.id is not null
         then json_build_object('id', b.id, 'code', b.code, 'name', b.name) end as brand,
       case when c.code is not null
         then json_build_object('code', c.code, 'name', c.name, 'locale', c.locale,
           'timeZone', c.time_zone) end as country
     from ticket_queues q
     left join brands b on b.id = q.brand_id
     left join countries c on c.code = q.country_code
     where q.id = any($1::text[])`,
    [queueIds],
  );

/** The members of every queue of a response at once, keyed by the queue's id. */
const memberRows: TicketRowsLoad<TicketPerson & { ticket_id: string }> = (db, queueIds) =>
  db.query(
    `select m.queue_id as ticket_id, p.id, ${authorName('p')} as "displayName"
     from ticket_queue_members m join people p on p.id = m.person_id
     where m.queue_id = any($1::text[]) order by p.family_name, p.given_name, p.id`,
    [queueIds],
  );

export const TicketQueue: TicketQueueResolvers = {
  members: (parent, _args, context) => ticketRows(context, memberRows, parent.id),
  brand: async (parent, _args, context) =>
    (await ticketRows(context, queueScopeRows, parent.id))[0]?.brand ?? null,
  country: async (parent, _args, context) =>
    (await ticketRows(context, queueScopeRows, parent.id))[0]?.country ?? null,
};
