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
 * person watches, made by someone else since they started watching. Internal notes never
 * notify (a handler reads them in the ticket), and a ticket the person no longer sees
 * tells them nothing. A move's comment comes with the move (same author, same transaction
 * time) rather than as an item of its own. Columns as the centre's items
 * (./notification-centre.ts); `$1` is the person.
 */
export function ticketItems(caller: Principal, params: unknown[]): string {
  return `select * from (
       select 'TICKET' as kind, null::text as article_id, e.ticket_id,
              'ticket-event-' || e.id as subject_id, e.at, e.actor_id,
              e.to_status as moved_to, mc.body
       from ticket_watchers w
       join ticket_events e on e.ticket_id = w.ticket_id
       left join ticket_comments mc on mc.ticket_id = e.ticket_id
         and mc.author_id = e.actor_id and mc.created_at = e.at and not mc.internal
       where w.person_id = $1 and e.action = 'STATUS_CHANGED' and e.actor_id <> $1
         and e.at > w.since and e.at > now() - interval '30 days'
       union all
       select 'TICKET', null, c.ticket_id, c.id, c.created_at, c.author_id, null, c.body
       from ticket_watchers w join ticket_comments c on c.ticket_id = w.ticket_id
       where w.person_id = $1 and not c.internal and c.author_id <> $1
         and c.created_at > w.since and c.created_at > now() - interval '30 days'
         and not exists (select 1 from ticket_events me where me.ticket_id = c.ticket_id
           and me.actor_id = c.author_id and me.at = c.created_at
           and me.action = 'STATUS_CHANGED')
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

/** Whether the caller watches the ticket, still sees it, and is not the one who acted. */
export async function concernsWatcher(
  db: Db,
  caller: Principal,
  event: Extract<NewsEvent, { type: 'ticket' }>,
): Promise<boolean> {
  if (event.actorId === caller.personId) return false;
  const params: unknown[] = [event.ticketId, caller.personId];
  const rows = await db.query(
    `select 1 from ${TICKET_FROM}
     join ticket_watchers w on w.ticket_id = t.id and w.person_id = $2
     where t.id = $1 and ${seenBy(caller, params)}`,
    params,
  );
  return rows.length > 0;
}
