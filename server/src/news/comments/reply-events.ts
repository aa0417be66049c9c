import type { Db } from '../../db/db.js';
import type { NewsEvents } from '../../notifications/news-events.js';

/**
 * Tells the author of the comment a reply answers that they have a reply, once the reply
 * shows to everyone (at once, or when a moderator approves it), so that their
 * notification centre updates. Nobody is told about their own replies.
 */
export async function announceReply(db: Db, news: NewsEvents, replyId: string): Promise<void> {
  const [row] = await db.query<{ parent_author: string }>(
    `select p.author_id as parent_author
     from article_comments c join article_comments p on p.id = c.parent_id
     where c.id = $1 and c.status = 'visible' and p.author_id <> c.author_id`,
    [replyId],
  );
  if (row) news.publish('news', { type: 'reply', personId: row.parent_author });
}
