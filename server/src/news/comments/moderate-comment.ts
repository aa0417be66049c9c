import { signedIn } from '../../access/guard.js';
import { recordAudit } from '../../audit/audit-log.js';
import type { MutationResolvers } from '../../generated/resolvers.js';
import { forbidden, notFound } from '../../graphql/errors.js';
import { reachableComment } from './comment-access.js';
import { commentById } from './comment-model.js';
import { givenReason } from './comment-rules.js';
import { announceReply } from './reply-events.js';

interface Before {
  status: string;
  held_for: string | null;
  open_reports: number;
}

/**
 * A moderator's decision on a comment, with its reason: approved, it shows to everyone;
 * hidden, it keeps its place in the thread without its text. Either way it leaves the
 * queue, and the decision is audited in the same transaction.
 */
export const moderateComment: MutationResolvers['moderateComment'] = async (
  _parent,
  { id, decision, reason },
  { db, principal, news },
) => {
  const caller = signedIn(principal);
  const found = await reachableComment(db, caller, id);
  if (!found) throw notFound('comment');
  if (!found.viewer.moderator) throw forbidden();
  const why = givenReason(reason);
  await db.transaction(async (tx) => {
    const [before] = await tx.query<Before>(
      `select c.status, c.held_for,
              (select count(*)::int from comment_reports r
               where r.comment_id = c.id
                 and r.reported_at > coalesce(c.moderated_at, '-infinity')) as open_reports
       from article_comments c where c.id = $1
       for update`,
      [id],
    );
    await tx.query(
      `update article_comments
       set status = $2, queued_at = null, moderated_by = $3, moderated_at = now(),
           moderation_reason = $4
       where id = $1`,
      [id, decision === 'APPROVE' ? 'visible' : 'hidden', caller.personId, why],
    );
    await recordAudit(tx, caller, {
      action: decision === 'APPROVE' ? 'comment.approve' : 'comment.hide',
      targetType: 'comment',
      targetId: id,
      details: {
        articleId: found.comment.articleId,
        reason: why,
        previousStatus: before?.status,
        heldFor: before?.held_for,
        openReports: before?.open_reports,
      },
    });
  });
  if (decision === 'APPROVE') await announceReply(db, news, id);
  return (await commentById(db, found.viewer, id))!;
};
