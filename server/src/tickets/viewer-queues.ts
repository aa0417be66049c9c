import type { ViewerResolvers } from '../generated/resolvers.js';
import type { TicketQueueModel } from './ticket-assignment.js';

/**
 * The team queues the signed-in person is a member of, by name: what the ticketing app
 * offers "assigned to me" and "my team" for.
 */
export const TicketingViewer: Pick<ViewerResolvers, 'ticketQueues'> = {
  ticketQueues: (_parent, _args, { db, principal }) =>
    principal
      ? db.query<TicketQueueModel>(
          `select q.id, q.name from ticket_queues q
           join ticket_queue_members m on m.queue_id = q.id
           where m.person_id = $1 order by q.name, q.id`,
          [principal.personId],
        )
      : [],
};
