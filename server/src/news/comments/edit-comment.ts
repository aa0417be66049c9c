import { signedIn } from '../../access/guard.js';
import type { MutationResolvers } from '../../generated/resolvers.js';
import { forbidden, notFound } from '../../graphql/errors.js';
import { moderationWords, reachableComment } from './comment-access.js';
import { commentById } from './comment-model.js';
import {
  commentBody,
  commentInputError,
  EDIT_WINDOW_MINUTES,
  holdReason,
} from './comment-rules.js';

const windowClosed = () =>
  commentInputError(
    'id',
    'EDIT_WINDOW_CLOSED',
    `A comment can be changed for ${EDIT_WINDOW_MINUTES} minutes after it was written`,
  );

/**
 * The author rewrites their comment within the edit window. The rules apply to the new
 * text: a link added holds it, a held comment cleaned of what held it shows again (unless
 * reports still wait for a moderator, who then sees the new text).
 */
export const editComment: MutationResolvers['editComment'] = async (
  _parent,
  { id, body },
  { db, principal },
) => {
  const caller = signedIn(principal);
  const found = await reachableComment(db, caller, id);
  if (!found) throw notFound('comment');
  const { comment, viewer } = found;
  if (!comment.mine) throw forbidden();
  if (comment.status === 'HIDDEN') {
    throw commentInputError('id', 'COMMENT_HIDDEN', 'A moderator hid this comment');
  }
  if (comment.editableUntil === null) throw windowClosed();
  const text = commentBody(body);
  const held = holdReason(text, await moderationWords(db));
  const updated = await db.query(
    `update article_comments c
     set body = $3, edited_at = now(), held_for = $4,
         status = case when $4::text is not null then 'held'
                       when c.status = 'held' then 'visible' else c.status end,
         queued_at = case
           when $4::text is not null then coalesce(c.queued_at, now())
           when exists (select 1 from comment_reports r where r.comment_id = c.id
                          and r.reported_at > coalesce(c.moderated_at, '-infinity'))
             then c.queued_at
           end
     where c.id = $1 and c.author_id = $2 and c.status <> 'hidden'
       and c.created_at + interval '${EDIT_WINDOW_MINUTES} minutes' > now()
     returning c.id`,
    [id, caller.personId, text, held],
  );
  // The window may have closed, or a moderator acted, since the comment was read.
  if (updated.length === 0) throw windowClosed();
  return (await commentById(db, viewer, id))!;
};
