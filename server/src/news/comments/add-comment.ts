import { signedIn } from '../../access/guard.js';
import type { MutationResolvers } from '../../generated/resolvers.js';
import { notFound } from '../../graphql/errors.js';
import { discussionViewer, moderationWords } from './comment-access.js';
import { commentById } from './comment-model.js';
import { commentBody, commentInputError, holdReason } from './comment-rules.js';
import { announceReply } from './reply-events.js';

/**
 * A new thread, or a reply to the comment that starts one. The rules decide at once
 * whether it shows to everyone or waits for a moderator.
 */
export const addComment: MutationResolvers['addComment'] = async (
  _parent,
  { articleId, parentId, body },
  { db, principal, news },
) => {
  const caller = signedIn(principal);
  const viewer = await discussionViewer(db, caller, articleId);
  if (!viewer) throw notFound('article');
  if (parentId !== null && parentId !== undefined) {
    const parent = await commentById(db, viewer, parentId);
    if (!parent || parent.articleId !== articleId) throw notFound('comment');
    if (parent.parentId) {
      throw commentInputError(
        'parentId',
        'REPLY_TO_REPLY',
        'Answer the comment that starts the thread: threads are one level deep',
      );
    }
    if (parent.status !== 'VISIBLE') {
      throw commentInputError(
        'parentId',
        'PARENT_NOT_VISIBLE',
        'A held or hidden comment cannot be answered',
      );
    }
  }
  const text = commentBody(body);
  const held = holdReason(text, await moderationWords(db));
  const [row] = await db.query<{ id: string }>(
    `insert into article_comments (article_id, parent_id, author_id, body, status, held_for,
                                   queued_at)
     values ($1, $2, $3, $4, $5, $6, case when $6::text is null then null else now() end)
     returning id`,
    [articleId, parentId ?? null, caller.personId, text, held ? 'held' : 'visible', held],
  );
  if (parentId) await announceReply(db, news, row!.id);
  return (await commentById(db, viewer, row!.id))!;
};
