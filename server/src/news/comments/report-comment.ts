import { signedIn } from '../../access/guard.js';
import type { MutationResolvers } from '../../generated/resolvers.js';
import { notFound } from '../../graphql/errors.js';
import { reachableComment } from './comment-access.js';
import { commentById } from './comment-model.js';
import { commentInputError, givenReason } from './comment-rules.js';

/**
 * Asks the article's moderators to look at a comment. The comment stays visible; it
 * enters the moderation queue unless it waits there already. A person reports a comment
 * once: reporting again keeps the first report.
 */
export const reportComment: MutationResolvers['reportComment'] = async (
  _parent,
  { id, reason },
  { db, principal },
) => {
  const caller = signedIn(principal);
  const found = await reachableComment(db, caller, id);
  if (!found) throw notFound('comment');
  const { comment, viewer } = found;
  if (comment.mine) {
    throw commentInputError('id', 'OWN_COMMENT', 'Your own comment cannot be reported');
  }
  if (comment.status !== 'VISIBLE') {
    throw commentInputError('id', 'NOT_REPORTABLE', 'Only a visible comment can be reported');
  }
  const why = givenReason(reason);
  await db.transaction(async (tx) => {
    const added = await tx.query(
      `insert into comment_reports (comment_id, reporter_id, reason) values ($1, $2, $3)
       on conflict do nothing returning comment_id`,
      [id, caller.personId, why],
    );
    if (added.length > 0) {
      await tx.query(
        'update article_comments set queued_at = coalesce(queued_at, now()) where id = $1',
        [id],
      );
    }
  });
  return (await commentById(db, viewer, id))!;
};
