import type { Db } from '../db/db.js';
import type { NotificationKind, TicketStatus } from '../generated/resolvers.js';
import type { ContentLocale } from '../i18n/locales.js';
import { LIVE_SOON_MINUTES, queryArticles, type ArticleModel } from '../news/articles-sql.js';
import { meantFor, principalAsReader } from '../news/visibility.js';
import type { Principal } from '../org/principal.js';
import type { TicketModel } from '../tickets/ticket-model.js';
import { noticedTickets, ticketItems } from './ticket-notices.js';

const MAX_ITEMS = 30;
const EXCERPT_LENGTH = 140;

export interface NotificationModel {
  id: string;
  kind: NotificationKind;
  at: string;
  unread: boolean;
  article: ArticleModel | null;
  ticket: TicketModel | null;
  movedTo: TicketStatus | null;
  assignedToMe: boolean;
  actor: { displayName: string | null; jobTitle: null } | null;
  excerpt: string | null;
}

export interface NotificationCentreModel {
  unread: number;
  items: NotificationModel[];
}

/** One item: about an article or a ticket, its subject the article, comment or move. */
interface ItemRow {
  kind: NotificationKind;
  article_id: string | null;
  ticket_id: string | null;
  subject_id: string;
  at: Date;
  actor_id: string | null;
  moved_to: TicketStatus | null;
  assigned_to_me: boolean;
  unread: boolean;
  unread_count: number;
  actor_name: string | null;
  excerpt: string | null;
}

/**
 * The notifications of the last 30 days, derived from the news and the tickets themselves:
 * must-reads and live streams meant for the person (by the feed's rule), visible replies
 * to their comments, what others did to the tickets they watch and the tickets others
 * assigned to them (./ticket-notices.ts). Unread means newer than the last time they opened the centre.
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
       select 'MUST_READ' as kind, a.id as article_id, null::text as ticket_id,
              a.id as subject_id, a.published_at as at, null::text as actor_id,
              null::text as moved_to, null::text as body, false as assigned_to_me
       from articles a
       where a.must_read and a.status = 'published' and a.published_at <= now()
         and a.published_at > now() - interval '30 days' and ${meant}
       union all
       -- When it was announced (a stream set to start now is news now), else when it will be.
       select 'LIVE_STREAM', a.id, null, a.id,
              coalesce(a.stream_announced_at, a.live_starts_at - interval '${LIVE_SOON_MINUTES} minutes'),
              null, null, null, false
       from articles a
       where a.status = 'published' and a.published_at <= now()
         and a.live_starts_at <= now() + interval '${LIVE_SOON_MINUTES} minutes'
         and a.live_starts_at > now() - interval '30 days' and ${meant}
       union all
       select 'REPLY', c.article_id, null, c.id, c.created_at, c.author_id, null, c.body, false
       from article_comments c join article_comments mine on mine.id = c.parent_id
       where mine.author_id = $1 and c.author_id <> $1 and c.status = 'visible'
         and c.created_at > now() - interval '30 days'
       union all
       ${ticketItems(caller, params)}
     )
     select i.kind, i.article_id, i.ticket_id, i.subject_id, i.at, i.actor_id, i.moved_to,
            i.assigned_to_me, i.at > seen.seen_at as unread,
            (count(*) filter (where i.at > seen.seen_at) over ())::int as unread_count,
            case when p.erased_at is null then p.given_name || ' ' || p.family_name end as actor_name,
            left(i.body, ${EXCERPT_LENGTH}) as excerpt
     from items i cross join seen
     left join people p on p.id = i.actor_id
     order by i.at desc, i.subject_id
     limit ${MAX_ITEMS}`,
    params,
  );
  // The articles as the reader may read them now, and the tickets as they see them, in
  // their language.
  const ids = (column: 'article_id' | 'ticket_id') => [
    ...new Set(rows.flatMap((row) => row[column] ?? [])),
  ];
  const articleIds = ids('article_id');
  const [articles, tickets] = await Promise.all([
    queryArticles(db, {
      principal: caller,
      locale,
      ids: articleIds,
      limit: articleIds.length || 1,
    }),
    noticedTickets(db, caller, { locale, ids: ids('ticket_id') }),
  ]);
  const articlesById = new Map(articles.map(({ article }) => [article.id, article]));
  const items = rows.flatMap((row): NotificationModel[] => {
    const article = row.article_id ? articlesById.get(row.article_id) : undefined;
    const ticket = row.ticket_id ? tickets.get(row.ticket_id) : undefined;
    if (!article && !ticket) return [];
    return [
      {
        id: `${row.kind}:${row.subject_id}`,
        kind: row.kind,
        at: row.at.toISOString(),
        unread: row.unread,
        article: article ?? null,
        ticket: ticket ?? null,
        movedTo: row.moved_to,
        assignedToMe: row.assigned_to_me,
        actor: row.actor_id ? { displayName: row.actor_name, jobTitle: null } : null,
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
