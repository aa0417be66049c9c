import { signedIn } from '../../access/guard.js';
import type { CommentResolvers, QueryResolvers } from '../../generated/resolvers.js';
import { notFound } from '../../graphql/errors.js';
import { connection, pageRequest } from '../../graphql/pagination.js';
import { discussionViewer } from './comment-access.js';
import {
  COMMENT_FROM,
  commentColumns,
  repliesOf,
  shownTo,
  toComment,
  type CommentRow,
} from './comment-model.js';
import { afterTimeKey } from './comment-page.js';

const MAX_THREADS = 50;

/** A page of threads, oldest first, each with its replies: two statements per page. */
export const articleComments: QueryResolvers['articleComments'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = signedIn(principal);
  const page = pageRequest(args, { parts: 2, max: MAX_THREADS, default: 30 });
  const viewer = await discussionViewer(db, caller, args.articleId);
  if (!viewer) throw notFound('article');
  const params: unknown[] = [args.articleId, caller.personId];
  const after = afterTimeKey(page, { time: 'c.created_at', id: 'c.id' }, params);
  params.push(page.limit);
  const rows = await db.query<CommentRow>(
    `select ${commentColumns('$2')} from ${COMMENT_FROM}
     where c.article_id = $1 and c.parent_id is null and ${shownTo('$2', viewer.moderator)}
       ${after}
     order by c.created_at, c.id
     limit $${params.length}`,
    params,
  );
  const replies = await repliesOf(
    db,
    viewer,
    rows.slice(0, page.first).map((row) => row.id),
  );
  return connection(
    rows,
    page,
    (row) => [row.created_key, row.id],
    (row) => ({ ...toComment(row, viewer), replies: replies.get(row.id) ?? [] }),
  );
};

/** Comment.replies: those a thread page loaded, else the thread's, as the caller sees them. */
export const CommentReplies: Pick<CommentResolvers, 'replies'> = {
  replies: async (comment, _args, { db, principal }) => {
    if (comment.replies) return comment.replies;
    if (comment.parentId !== null && comment.parentId !== undefined) return [];
    const viewer = { personId: signedIn(principal).personId, moderator: comment.moderator };
    return (await repliesOf(db, viewer, [comment.id])).get(comment.id) ?? [];
  },
};
