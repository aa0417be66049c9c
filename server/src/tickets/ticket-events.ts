import { map, pipe } from 'graphql-yoga';
import { signedIn } from '../access/guard.js';
import type { SubscriptionResolvers } from '../generated/resolvers.js';
import type { NewsEvents } from '../notifications/news-events.js';
import { ticketFor, type TicketModel } from './ticket-model.js';

/**
 * Tells the ticket's live viewers it changed. Call it once the change is committed: a
 * subscriber reloads the ticket, and must find the change there.
 */
export function publishTicketChange(events: NewsEvents, ticketId: string): void {
  events.publish('ticket', ticketId, true);
}

/**
 * The ticket again after each change, as the caller sees it then. The first load checks
 * that the caller sees it at all: otherwise the stream ends at once with NOT_FOUND, as the
 * `ticket` query would answer. Should the ticket later leave the caller's sight (moved to a
 * dealer they do not reach), the reload fails the same way and ends the stream.
 */
export const ticketChanged: SubscriptionResolvers['ticketChanged'] = {
  subscribe: async (_parent, { id, locale }, { db, principal, news }) => {
    const caller = signedIn(principal);
    await ticketFor(db, caller, id, locale);
    return pipe(
      news.subscribe('ticket', id),
      map(() => ticketFor(db, caller, id, locale)),
    );
  },
  resolve: (ticket: TicketModel) => ticket,
};
