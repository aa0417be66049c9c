import { signedIn } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type { MutationResolvers, TicketResolvers } from '../generated/resolvers.js';
import { ticketRows, type TicketRowsLoad } from './ticket-batches.js';
import { ticketFor } from './ticket-model.js';

/**
 * Makes the person follow the ticket, inside the caller's transaction. Following again
 * keeps the first `since`: their notifications count from then (notifications/ticket-notices.ts).
 */
export async function watch(tx: Db, ticketId: string, personId: string): Promise<void> {
  await tx.query(
    `insert into ticket_watchers (ticket_id, person_id) values ($1, $2)
     on conflict do nothing`,
    [ticketId, personId],
  );
}

/**
 * Follows a ticket the caller sees, or stops. Following is one's own business, not a
 * change of the ticket: no history line, no live update to its other viewers.
 */
export const watchTicket: MutationResolvers['watchTicket'] = async (
  _parent,
  { id, watching, locale },
  { db, principal },
) => {
  const caller = signedIn(principal);
  await ticketFor(db, caller, id, locale);
  if (watching) await watch(db, id, caller.personId);
  else {
    await db.query('delete from ticket_watchers where ticket_id = $1 and person_id = $2', [
      id,
      caller.personId,
    ]);
  }
  return ticketFor(db, caller, id, locale);
};

/** Who follows tickets, a row per watcher: few per ticket, so counting them here is cheap. */
const watcherRows: TicketRowsLoad<{ ticket_id: string; person_id: string }> = (db, ticketIds) =>
  db.query('select ticket_id, person_id from ticket_watchers where ticket_id = any($1::text[])', [
    ticketIds,
  ]);

/** Loaded for every ticket of a response at once (./ticket-batches.ts). */
export const TicketWatchers: Pick<TicketResolvers, 'watchedByMe' | 'watcherCount'> = {
  watchedByMe: async (parent, _args, context) => {
    const me = signedIn(context.principal).personId;
    const watchers = await ticketRows(context, watcherRows, parent.id);
    return watchers.some((watcher) => watcher.person_id === me);
  },
  watcherCount: async (parent, _args, context) =>
    (await ticketRows(context, watcherRows, parent.id)).length,
};
