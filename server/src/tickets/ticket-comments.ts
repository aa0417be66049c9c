import { forbidden } from '../graphql/errors.js';
import { signedIn } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { MAX_TICKET_COMMENT_LENGTH, plainText } from './ticket-input.js';
import { ticketFor } from './ticket-model.js';

/** A comment's text as stored, or REQUIRED / TOO_LONG naming `field`. */
export const ticketCommentText = (field: string, body: string) =>
  plainText(field, body, MAX_TICKET_COMMENT_LENGTH);

/** Adds to the discussion, inside the caller's transaction; the ticket counts as updated. */
export async function insertTicketComment(
  tx: Db,
  comment: { ticketId: string; authorId: string; body: string; internal: boolean },
): Promise<void> {
  await tx.query(
    `insert into ticket_comments (ticket_id, author_id, body, internal) values ($1, $2, $3, $4)`,
    [comment.ticketId, comment.authorId, comment.body, comment.internal],
  );
  await tx.query('update tickets set updated_at = now() where id = $1', [comment.ticketId]);
}

/** Anyone who sees the ticket may write in its discussion; internal notes are the handlers'. */
export const addTicketComment: MutationResolvers['addTicketComment'] = async (
  _parent,
  { id, body, internal, locale },
  { db, principal },
) => {
  const caller = signedIn(principal);
  const ticket = await ticketFor(db, caller, id, locale);
  if (internal && !ticket.handledByMe) throw forbidden();
  const text = ticketCommentText('body', body);
  await db.transaction((tx) =>
    insertTicketComment(tx, {
      ticketId: id,
      authorId: caller.personId,
      body: text,
      internal: internal ?? false,
    }),
  );
  return ticketFor(db, caller, id, locale);
};
