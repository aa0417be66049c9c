import { signedIn } from '../../access/guard.js';
import type { Db } from '../../db/db.js';
import type { MutationResolvers } from '../../generated/resolvers.js';
import { notFound } from '../../graphql/errors.js';
import { idempotencyKey } from '../../tickets/ticket-input.js';
import { discussionViewer, moderationWords } from './comment-access.js';
import { commentById } from './comment-model.js';
import { commentBody, commentInputError, holdReason } from './comment-rules.js';
import { announceReply } from './reply-events.js';

/** The comment the author already wrote on the article under this key, if any. */
async function commentedUnder(db: Db, articleId: string, authorId: string, key: string) {
  const [row] = await db.query<{ id: string }>(
    `select id from article_comments
     where article_id = $1 and author_id = $2 and idempotency_key = $3`,
    [articleId, authorId, key],
  );
  return row?.id;
}

/**
 * A new thread, or a reply to the comment that starts one. The rules decide at once
 * whether it shows to everyone or waits for a moderator. A replay of a keyed comment (an
 * offline outbox sending again) answers the comment its first call made, held or not,
 * before any other check, and stores nothing; two replays racing meet at the unique index.
 */
export const addComment: MutationResolvers['addComment'] = async (
  _parent,
  { articleId, parentId, body, idempotencyKey: givenKey },
  { db, principal, news },
) => {
  const caller = signedIn(principal);
  const viewer = await discussionViewer(db, caller, articleId);
  if (!viewer) throw notFound('article');
  const key = givenKey == null ? null : idempotencyKey(givenKey);
  const replayed = key && (await commentedUnder(db, articleId, caller.personId, key));
  if (replayed) return (await commentById(db, viewer, replayed))!;
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
                                   queued_at, idempotency_key)
     values ($1, $2, $3, $4, $5, $6, case when $6::text is null then null else now() end, $7)
     on conflict (article_id, author_id, idempotency_key) do nothing
     returning id`,
    [articleId, parentId ?? null, caller.personId, text, held ? 'held' : 'visible', held, key],
  );
  const id = row?.id ?? (await commentedUnder(db, articleId, caller.personId, key!))!;
  if (row && parentId) await announceReply(db, news, id);
  return (await commentById(db, viewer, id))!;
};
