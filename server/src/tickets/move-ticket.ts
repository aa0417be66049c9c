import { signedIn } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { conflict, forbidden, invalidField } from '../graphql/errors.js';
import { announceTicketNotice } from '../notifications/ticket-notices.js';
import { insertTicketComment, ticketCommentText } from './ticket-comments.js';
import { publishTicketChange } from './ticket-events.js';
import { ticketFor } from './ticket-model.js';
import { runSlaClocks } from './ticket-sla.js';
import { reporterMay, workflowHas } from './workflow.js';

/**
 * Moves a ticket along the workflow (./workflow.ts). The update names the status it moves
 * from, so two people moving the same ticket at once cannot both succeed: the second gets
 * INVALID_MOVE, as the move no longer exists from where the ticket now stands. A caller
 * who names the status it saw (`expectedStatus`: an offline outbox replaying a move decided
 * earlier) gets CONFLICT with the current status instead, whenever the ticket has moved.
 */
export const moveTicket: MutationResolvers['moveTicket'] = async (
  _parent,
  { id, to, comment, expectedStatus, locale },
  { db, principal, news },
) => {
  const caller = signedIn(principal);
  const ticket = await ticketFor(db, caller, id, locale);
  const from = ticket.status;
  const moved = (status: string) =>
    conflict(`The ticket is ${status} now: look at it again before moving it`, { status });
  if (expectedStatus && expectedStatus !== from) throw moved(from);
  const invalidMove = () =>
    invalidField('to', 'INVALID_MOVE', `A ticket does not move from ${from} to ${to}`);
  if (!workflowHas(from, to)) throw invalidMove();
  if (!ticket.handledByMe && !(ticket.mine && reporterMay(from, to))) throw forbidden();
  const note = comment?.trim() ? ticketCommentText('comment', comment) : null;
  await db.transaction(async (tx) => {
    const [updated] = await tx.query(
      `update tickets set status = $2, updated_at = now() where id = $1 and status = $3
       returning id`,
      [id, to, from],
    );
    if (!updated && expectedStatus) {
      const [current] = await tx.query<{ status: string }>(
        'select status from tickets where id = $1',
        [id],
      );
      throw moved(current!.status);
    }
    if (!updated) throw invalidMove();
    await tx.query(
      `insert into ticket_events (ticket_id, actor_id, action, from_status, to_status)
       values ($1, $2, 'STATUS_CHANGED', $3, $4)`,
      [id, caller.personId, from, to],
    );
    await runSlaClocks(tx, { ticketId: id, from, to, byHandler: ticket.handledByMe });
    if (note) {
      await insertTicketComment(tx, {
        ticketId: id,
        authorId: caller.personId,
        body: note,
        internal: false,
      });
    }
    await recordAudit(tx, caller, {
      action: 'ticket.move',
      targetType: 'ticket',
      targetId: id,
      details: { number: ticket.number, from, to },
    });
  });
  publishTicketChange(news, id);
  announceTicketNotice(news, { ticketId: id, actorId: caller.personId });
  return ticketFor(db, caller, id, locale);
};
