import type { Db } from '../db/db.js';
import { LIVE_SOON_MINUTES } from '../news/articles-sql.js';
import type { NewsEvents } from './news-events.js';

/**
 * Tells readers' streams about what has just reached them: must-reads whose publication
 * time has come (published now or scheduled earlier), and live streams about to start.
 * Each article is claimed by an UPDATE … RETURNING, so with several instances it is
 * announced once.
 */
export async function announceDue(db: Db, events: NewsEvents): Promise<void> {
  const published = await db.query<{ id: string; must_read: boolean }>(
    `update articles set announced_at = now()
     where status = 'published' and published_at <= now() and announced_at is null
     returning id, must_read`,
    [],
  );
  for (const article of published) {
    if (article.must_read) events.publish('news', { type: 'article', articleId: article.id });
  }
  const streams = await db.query<{ id: string }>(
    `update articles set stream_announced_at = now()
     where status = 'published' and published_at <= now() and stream_announced_at is null
       and live_starts_at <= now() + interval '${LIVE_SOON_MINUTES} minutes' and live_ends_at > now()
     returning id`,
    [],
  );
  for (const stream of streams) events.publish('news', { type: 'stream', articleId: stream.id });
}

/** Runs `announceDue` every `everyMs`; returns the function that stops it. */
export function startAnnouncer(db: Db, events: NewsEvents, everyMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    announceDue(db, events)
      .catch((error: unknown) => console.error('Announcing the news failed:', error))
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
