import { forbidden } from '../graphql/errors.js';
import { signedIn } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { announceTicketNotice } from '../notifications/ticket-notices.js';
import { idempotencyKey, MAX_TICKET_COMMENT_LENGTH, plainText } from './ticket-input.js';
import { publishTicketChange } from './ticket-events.js';
import { ticketFor } from './ticket-model.js';
import { markResponded } from './ticket-sla.js';

/** A comment's text as stored, or REQUIRED / TOO_LONG naming `field`. */
export const ticketCommentText = (field: string, body: string) =>
  plainText(field, body, MAX_TICKET_COMMENT_LENGTH);

/**
 * Adds to the discussion, inside the caller's transaction; the ticket counts as updated.
 * A comment whose `idempotencyKey` its author already used on the ticket is not added
 * again (two replays racing meet at the unique index).
 */
export async function insertTicketComment(
  tx: Db,
  comment: {
    ticketId: string;
    authorId: string;
    body: string;
    internal: boolean;
    idempotencyKey?: string | null;
  },
): Promise<void> {
  const [added] = await tx.query(
    `insert into ticket_comments (ticket_id, author_id, body, internal, idempotency_key)
     values ($1, $2, $3, $4, $5)
     on conflict (ticket_id, author_id, idempotency_key) do nothing
     returning id`,
    [
      comment.ticketId,
      comment.authorId,
      comment.body,
      comment.internal,
      comment.idempotencyKey ?? null,
    ],
  );
  if (!added) return;
  await tx.query('update tickets set updated_at = now() where id = $1', [comment.ticketId]);
}

/** Whether the author already commented on the ticket under this key. */
async function commentedUnder(db: Db, ticketId: string, authorId: string, key: string) {
  const rows = await db.query(
    `select 1 from ticket_comments
     where ticket_id = $1 and author_id = $2 and idempotency_key = $3`,
    [ticketId, authorId, key],
  );
  return rows.length > 0;
}

/**
 * Anyone who sees the ticket may write in its discussion; internal notes are the handlers'.
 * A replay of a keyed comment (an offline outbox sending again) answers the ticket once it
 * is found visible, before any other check, so it answers as the first call did.
 */
export const addTicketComment: MutationResolvers['addTicketComment'] = async (
  _parent,
  { id, body, internal, idempotencyKey: givenKey, locale },
  { db, principal, news },
) => {
  const caller = signedIn(principal);
  const ticket = await ticketFor(db, caller, id, locale);
  const key = givenKey == null ? null : idempotencyKey(givenKey);
  if (key && (await commentedUnder(db, id, caller.personId, key))) return ticket;
  if (internal && !ticket.handledByMe) throw forbidden();
  const text = ticketCommentText('body', body);
  await db.transaction(async (tx) => {
    await insertTicketComment(tx, {
      ticketId: id,
      authorId: caller.personId,
      body: text,
      internal: internal ?? false,
      idempotencyKey: key,
    });
    // A handler's answer the reporter reads stops the response clock; a note does not.
    if (ticket.handledByMe && !internal) await markResponded(tx, id);
  });
  publishTicketChange(news, id);
  if (!internal) announceTicketNotice(news, { ticketId: id, actorId: caller.personId });
  return ticketFor(db, caller, id, locale);
};
