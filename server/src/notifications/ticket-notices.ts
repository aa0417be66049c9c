import type { Db } from '../db/db.js';
import type { Principal } from '../org/principal.js';
import { seenBy, TICKET_FROM } from '../tickets/ticket-access.js';
import {
  namingLocale,
  ticketSelect,
  toTicket,
  type TicketModel,
  type TicketRow,
} from '../tickets/ticket-model.js';
import type { NewsEvent, NewsEvents } from './news-events.js';

/**
 * The TICKET items of the notification centre, derived from the tickets themselves as
 * replies are from the discussion: the moves and the public comments of the tickets the
 * person watches, made by someone else since they started watching, and each time someone
 * else handed a ticket to the person. Internal notes never notify (a handler reads them in
 * the ticket), and a ticket the person no longer sees tells them nothing. A move's comment
 * comes with the move (same author, same transaction time) rather than as an item of its
 * own. Columns as the centre's items (./notification-centre.ts); `$1` is the person.
 */
export function ticketItems(caller: Principal, params: unknown[]): string {
  return `select * from (
       select 'TICKET' as kind, null::text as article_id, e.ticket_id,
              'ticket-event-' || e.id as subject_id, e.at, e.actor_id,
              e.to_status as moved_to, mc.body, false as assigned_to_me
       from ticket_watchers w
       join ticket_events e on e.ticket_id = w.ticket_id
       left join ticket_comments mc on mc.ticket_id = e.ticket_id
         and mc.author_id = e.actor_id and mc.created_at = e.at and not mc.internal
       where w.person_id = $1 and e.action = 'STATUS_CHANGED' and e.actor_id <> $1
         and e.at > w.since and e.at > now() - interval '30 days'
       union all
       select 'TICKET', null, c.ticket_id, c.id, c.created_at, c.author_id, null, c.body, false
       from ticket_watchers w join ticket_comments c on c.ticket_id = w.ticket_id
       where w.person_id = $1 and not c.internal and c.author_id <> $1
         and c.created_at > w.since and c.created_at > now() - interval '30 days'
         and not exists (select 1 from ticket_events me where me.ticket_id = c.ticket_id
           and me.actor_id = c.author_id and me.at = c.created_at
           and me.action = 'STATUS_CHANGED')
       union all
       -- Watching or not: the ticket is theirs now. Only the assignment that handed it to
       -- them, not a later one that merely moves it to another queue with them still on it;
       -- taken away and given back, it is theirs anew and tells them again.
       select 'TICKET', null, e.ticket_id, 'ticket-event-' || e.id, e.at, e.actor_id, null,
              null, true
       from ticket_events e
       where e.action = 'ASSIGNED' and e.assignee_id = $1 and e.actor_id <> $1
         and e.at > now() - interval '30 days'
         and (select before.assignee_id from ticket_events before
              where before.ticket_id = e.ticket_id and before.action = 'ASSIGNED'
                and before.id < e.id
              order by before.id desc limit 1) is distinct from $1
     ) watched
     where watched.ticket_id in (select t.id from ${TICKET_FROM} where ${seenBy(caller, params)})`;
}

/** The tickets of the items, as the caller sees them now, in `locale`. */
export async function noticedTickets(
  db: Db,
  caller: Principal,
  options: { locale: string; ids: readonly string[] },
): Promise<Map<string, TicketModel>> {
  if (options.ids.length === 0) return new Map();
  const params: unknown[] = [];
  const select = ticketSelect(caller, namingLocale(caller, options.locale), params);
  params.push(options.ids);
  const rows = await db.query<TicketRow>(
    `${select} and t.id = any($${params.length}::text[])`,
    params,
  );
  return new Map(rows.map((row) => [row.id, toTicket(row, caller)]));
}

/**
 * Tells the watchers' notification streams that someone moved a ticket or commented on it
 * in public, once the change is committed. Not for internal notes: they notify nobody.
 */
export function announceTicketNotice(
  news: NewsEvents,
  notice: { ticketId: string; actorId: string },
): void {
  news.publish('news', { type: 'ticket', ...notice });
}

/**
 * Tells the assignee's notification stream that someone else handed them a ticket, once
 * the assignment is committed.
 */
export function announceTicketAssignment(
  news: NewsEvents,
  assignment: { ticketId: string; actorId: string; assigneeId: string | null },
): void {
  const { assigneeId, ...notice } = assignment;
  if (assigneeId && assigneeId !== notice.actorId) {
    news.publish('news', { type: 'assigned', ...notice, assigneeId });
  }
}

/**
 * Whether a ticket event concerns the caller: they did not act, they still see the ticket,
 * and they watch it or, for an assignment, are the one it went to.
 */
export async function concernsTicketReader(
  db: Db,
  caller: Principal,
  event: Extract<NewsEvent, { type: 'ticket' | 'assigned' }>,
): Promise<boolean> {
  if (event.actorId === caller.personId) return false;
  if (event.type === 'assigned' && event.assigneeId !== caller.personId) return false;
  const params: unknown[] = [event.ticketId];
  let watching = '';
  if (event.type === 'ticket') {
    params.push(caller.personId);
    watching = `join ticket_watchers w on w.ticket_id = t.id and w.person_id = $${params.length}`;
  }
  const rows = await db.query(
    `select 1 from ${TICKET_FROM} ${watching}
     where t.id = $1 and ${seenBy(caller, params)}`,
    params,
  );
  return rows.length > 0;
}
