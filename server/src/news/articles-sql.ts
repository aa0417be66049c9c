import type { Db } from '../db/db.js';
import type { Article, ArticleCategory } from '../generated/resolvers.js';
import type { ContentLocale } from '../i18n/locales.js';
import type { Principal } from '../org/principal.js';
import type { FeedCursor } from './cursor.js';
import { attachmentsJson } from './attachments.js';
import { meantFor, principalAsReader, visibleArticles } from './visibility.js';

export interface ArticleQuery {
  principal: Principal;
  locale: ContentLocale;
  limit: number;
  /** Only articles after this position in the feed. */
  after?: FeedCursor | null;
  /** Only this article. */
  id?: string;
  /** Only these articles. */
  ids?: readonly string[];
  /**
   * Only articles meant for the principal whose live stream runs now or starts within 15
   * minutes, soonest first.
   */
  liveNow?: boolean;
  /** Only articles of this category. */
  category?: ArticleCategory | null;
  /** Only articles with this tag. */
  tag?: string | null;
  /** Only articles whose shown version matches these words (web-search syntax). */
  search?: string | null;
  /** Only must-reads the principal has not acknowledged, the nearest deadline first. */
  unacknowledgedMustReads?: boolean;
  /** Only the articles pinned now, leaving out the must-reads still to acknowledge. */
  pinned?: boolean;
  /** Leaves out the articles pinned now (shown above the feed instead). */
  excludePinned?: boolean;
}

interface ArticleRow {
  id: string;
  image_url: string | null;
  published_key: string;
  brand_id: string;
  brand_code: string;
  brand_name: string;
  author_given_name: string;
  author_family_name: string;
  author_erased: boolean;
  locale: string;
  title: string;
  summary: string;
  body_html: string;
  image_alt: string | null;
  author_title: string | null;
  must_read: boolean;
  must_read_by: Date | null;
  acknowledged_at: Date | null;
  live_starts_at: Date | null;
  live_ends_at: Date | null;
  stream_url: string | null;
  category: ArticleCategory;
  tags: string[];
  attachments: Article['attachments'];
  video_url: string | null;
  pinned_until: Date | null;
}

/**
 * An article as resolvers pass it on. Its reactions and comment count are resolved per
 * field, for a whole page at once (news/comments/article-discussion.ts); its video from
 * the stored player address (news/article-video.ts).
 */
export type ArticleModel = Omit<Article, 'reactions' | 'commentCount' | 'video'> & {
  videoUrl: string | null;
};

/** How long before its start a live stream is announced and shown as coming. */
export const LIVE_SOON_MINUTES = 15;

/** What orders a list before its publication time, when not the feed. */
function orderFirst(query: ArticleQuery): string {
  if (query.unacknowledgedMustReads) return 'a.must_read_by asc nulls last, ';
  if (query.liveNow) return 'a.live_starts_at asc, ';
  return '';
}

export interface ArticleWithPosition {
  article: ArticleModel;
  position: FeedCursor;
}

/**
 * Visible articles, newest first, each in the wanted locale or else its original one:
 * one statement per page, the translation picked by a LATERAL lookup on its primary key.
 */
export async function queryArticles(db: Db, query: ArticleQuery): Promise<ArticleWithPosition[]> {
  const params: unknown[] = [query.locale, query.principal.personId];
  // A scheduled article is published with a time still ahead: it appears at that instant.
  const conditions = [
    `a.status = 'published' and a.published_at <= now()`,
    // Live streams show to the people they are for; editors and admins, who may read
    // every article of their communities, are not all invited to every stream.
    query.liveNow
      ? meantFor(principalAsReader(query.principal, params))
      : visibleArticles(query.principal, params),
  ];
  // The search vector is read only when searching: it is the widest column of the row.
  if (query.search) {
    params.push(query.search);
    conditions.push(
      `t.search @@ websearch_to_tsquery(news_search_config(t.locale), $${params.length})`,
    );
  }
  if (query.unacknowledgedMustReads) {
    conditions.push('a.must_read', 'r.acknowledged_at is null');
  }
  if (query.after) {
    params.push(query.after.publishedAt, query.after.id);
    conditions.push(
      `(a.published_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length})`,
    );
  }
  if (query.category) {
    params.push(query.category);
    conditions.push(`a.category = $${params.length}`);
  }
  if (query.tag) {
    params.push([query.tag]);
    conditions.push(`a.tags @> $${params.length}::text[]`);
  }
  if (query.pinned) {
    conditions.push('a.pinned_until > now()', 'not (a.must_read and r.acknowledged_at is null)');
  }
  if (query.excludePinned) {
    conditions.push('(a.pinned_until is null or a.pinned_until <= now())');
  }
  if (query.ids !== undefined) {
    params.push(query.ids);
    conditions.push(`a.id = any($${params.length}::text[])`);
  }
  if (query.liveNow) {
    conditions.push(
      `a.live_ends_at > now() and a.live_starts_at <= now() + interval '${LIVE_SOON_MINUTES} minutes'`,
    );
  }
  if (query.id !== undefined) {
    params.push(query.id);
    conditions.push(`a.id = $${params.length}`);
  }
  params.push(query.limit);
  const rows = await db.query<ArticleRow>(
    `select a.id, a.image_url,
            to_char(a.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as published_key,
            b.id as brand_id, b.code as brand_code, b.name as brand_name,
            au.given_name as author_given_name, au.family_name as author_family_name,
            au.erased_at is not null as author_erased,
            t.locale, t.title, t.summary, t.body_html, t.image_alt, t.author_title,
            a.must_read, a.must_read_by, r.acknowledged_at,
            a.live_starts_at, a.live_ends_at, a.stream_url, a.category, a.tags,
            a.video_url,
            case when a.pinned_until > now() then a.pinned_until end as pinned_until,
            ${attachmentsJson('a.id')} as attachments
     from articles a
     left join article_reads r on r.article_id = a.id and r.person_id = $2
     join brands b on b.id = a.brand_id
     join people au on au.id = a.author_id
     cross join lateral (
       select tr.locale, tr.title, tr.summary, tr.body_html, tr.image_alt, tr.author_title
              ${query.search ? ', tr.search' : ''}
       from article_translations tr
       where tr.article_id = a.id and tr.locale in ($1::text, a.original_locale)
       order by tr.locale = $1::text desc
       limit 1
     ) t
     where ${conditions.join(' and ')}
     order by ${orderFirst(query)}a.published_at desc, a.id desc
     limit $${params.length}`,
    params,
  );
  return rows.map((row) => ({
    article: toArticle(row, query.locale),
    position: { publishedAt: row.published_key, id: row.id },
  }));
}

function toArticle(row: ArticleRow, wanted: ContentLocale): ArticleModel {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    bodyHtml: row.body_html,
    imageUrl: row.image_url,
    imageAlt: row.image_alt,
    locale: row.locale,
    isFallback: row.locale !== wanted,
    author: {
      displayName: row.author_erased ? null : `${row.author_given_name} ${row.author_family_name}`,
      jobTitle: row.author_title,
    },
    brand: { id: row.brand_id, code: row.brand_code, name: row.brand_name },
    // The DateTime scalar is given to the millisecond; the cursor keeps the microseconds.
    publishedAt: `${row.published_key.slice(0, 23)}Z`,
    mustRead: row.must_read,
    mustReadBy: row.must_read_by?.toISOString() ?? null,
    acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
    category: row.category,
    tags: row.tags,
    attachments: row.attachments,
    videoUrl: row.video_url,
    pinnedUntil: row.pinned_until?.toISOString() ?? null,
    liveStream:
      row.live_starts_at && row.live_ends_at && row.stream_url
        ? {
            startsAt: row.live_starts_at.toISOString(),
            endsAt: row.live_ends_at.toISOString(),
            url: row.stream_url,
          }
        : null,
  };
}
