import type { Db } from '../db/db.js';
import type { NotificationKind } from '../generated/resolvers.js';
import type { ContentLocale } from '../i18n/locales.js';
import { LIVE_SOON_MINUTES, queryArticles, type ArticleModel } from '../news/articles-sql.js';
import { meantFor, principalAsReader } from '../news/visibility.js';
import type { Principal } from '../org/principal.js';

const MAX_ITEMS = 30;
const EXCERPT_LENGTH = 140;

export interface NotificationModel {
  id: string;
  kind: NotificationKind;
  at: string;
  unread: boolean;
  article: ArticleModel;
  actor: { displayName: string | null; jobTitle: null } | null;
  excerpt: string | null;
}

export interface NotificationCentreModel {
  unread: number;
  items: NotificationModel[];
}

interface ItemRow {
  kind: NotificationKind;
  article_id: string;
  comment_id: string | null;
  at: Date;
  unread: boolean;
  unread_count: number;
  actor_name: string | null;
  excerpt: string | null;
}

/**
 * The notifications of the last 30 days, derived from the news itself: must-reads and live
 * streams meant for the person (by the feed's rule), and visible replies to their
 * comments. Unread means newer than the last time they opened the centre.
 */
export async function loadNotificationCentre(
  db: Db,
  caller: Principal,
  locale: ContentLocale,
): Promise<NotificationCentreModel> {
  const params: unknown[] = [caller.personId];
  const meant = meantFor(principalAsReader(caller, params));
  const rows = await db.query<ItemRow>(
    `with seen as (
       select coalesce((select seen_at from notification_seen where person_id = $1),
                       '-infinity'::timestamptz) as seen_at
     ), items as (
       select 'MUST_READ' as kind, a.id as article_id, null::text as comment_id,
              a.published_at as at
       from articles a
       where a.must_read and a.status = 'published' and a.published_at <= now()
         and a.published_at > now() - interval '30 days' and ${meant}
       union all
       -- When it was announced (a stream set to start now is news now), else when it will be.
       select 'LIVE_STREAM', a.id, null,
              coalesce(a.stream_announced_at, a.live_starts_at - interval '${LIVE_SOON_MINUTES} minutes')
       from articles a
       where a.status = 'published' and a.published_at <= now()
         and a.live_starts_at <= now() + interval '${LIVE_SOON_MINUTES} minutes'
         and a.live_starts_at > now() - interval '30 days' and ${meant}
       union all
       select 'REPLY', c.article_id, c.id, c.created_at
       from article_comments c join article_comments mine on mine.id = c.parent_id
       where mine.author_id = $1 and c.author_id <> $1 and c.status = 'visible'
         and c.created_at > now() - interval '30 days'
     )
     select i.kind, i.article_id, i.comment_id, i.at, i.at > seen.seen_at as unread,
            (count(*) filter (where i.at > seen.seen_at) over ())::int as unread_count,
            case when p.erased_at is null then p.given_name || ' ' || p.family_name end as actor_name,
            left(c.body, ${EXCERPT_LENGTH}) as excerpt
     from items i cross join seen
     left join article_comments c on c.id = i.comment_id
     left join people p on p.id = c.author_id
     order by i.at desc, i.article_id, i.comment_id
     limit ${MAX_ITEMS}`,
    params,
  );
  // The articles as the reader may read them now, in their language.
  const ids = [...new Set(rows.map((row) => row.article_id))];
  const articles = new Map(
    (await queryArticles(db, { principal: caller, locale, ids, limit: ids.length || 1 })).map(
      ({ article }) => [article.id, article],
    ),
  );
  const items = rows.flatMap((row): NotificationModel[] => {
    const article = articles.get(row.article_id);
    if (!article) return [];
    return [
      {
        id: `${row.kind}:${row.comment_id ?? row.article_id}`,
        kind: row.kind,
        at: row.at.toISOString(),
        unread: row.unread,
        article,
        actor: row.kind === 'REPLY' ? { displayName: row.actor_name, jobTitle: null } : null,
        excerpt: row.excerpt,
      },
    ];
  });
  return { unread: rows[0]?.unread_count ?? 0, items };
}

/** Everything so far counts as seen. */
export async function markNotificationsSeen(db: Db, personId: string): Promise<void> {
  await db.query(
    `insert into notification_seen (person_id, seen_at) values ($1, now())
     on conflict (person_id) do update set seen_at = now()`,
    [personId],
  );
}
