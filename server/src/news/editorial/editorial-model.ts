import type { Db } from '../../db/db.js';
import type { EditorialArticle } from '../../generated/resolvers.js';
import { countryJson } from '../../org/country-sql.js';
import { dealerJson } from '../../org/dealer-sql.js';
import { attachmentsJson } from '../attachments.js';
import { shownStatus, type StoredStatus } from './workflow.js';

/**
 * An EditorialArticle as loaded; `reach` is counted only when asked for, `video` is
 * resolved from the stored player address (news/article-video.ts).
 */
export type EditorialArticleModel = Omit<EditorialArticle, 'reach' | 'video'> & {
  videoUrl: string | null;
};

interface EditorialRow {
  id: string;
  status: StoredStatus;
  published_at: Date | null;
  brand: EditorialArticle['brand'];
  original_locale: string;
  image_url: string | null;
  must_read: boolean;
  must_read_by: Date | null;
  time_zone: string | null;
  live_starts_at: Date | null;
  live_ends_at: Date | null;
  stream_url: string | null;
  category: EditorialArticle['category'];
  attachments: EditorialArticle['attachments'];
  video_url: string | null;
  tags: string[];
  pinned_until: Date | null;
  updated_at: Date;
  author_name: string | null;
  author_title: string | null;
  versions: (Omit<EditorialArticle['versions'][number], 'updatedAt'> & { updatedAt: string })[];
  audiences: EditorialArticle['audiences'];
  countries: EditorialArticle['countries'];
}

const EDITORIAL_SELECT = `
  select a.id, a.status, a.published_at, a.original_locale, a.image_url, a.must_read,
    a.must_read_by, a.time_zone, a.updated_at, a.live_starts_at, a.live_ends_at, a.stream_url,
    a.category, a.tags, ${attachmentsJson('a.id')} as attachments,
    a.video_url,
    case when a.pinned_until > now() then a.pinned_until end as pinned_until,
    json_build_object('id', b.id, 'code', b.code, 'name', b.name) as brand,
    case when au.erased_at is null then au.given_name || ' ' || au.family_name end as author_name,
    o.author_title,
    (select json_agg(json_build_object('locale', t.locale, 'title', t.title,
        'summary', t.summary, 'bodyHtml', t.body_html, 'imageAlt', t.image_alt,
        'updatedAt', t.updated_at,
        'outdated', t.locale <> a.original_locale and t.updated_at < o.updated_at)
        order by t.locale <> a.original_locale, t.locale)
     from article_translations t where t.article_id = a.id) as versions,
    coalesce((select json_agg(json_build_object(
        'country', case when xc.code is not null then ${countryJson('xc')} end,
        'region', case when xr.id is not null then json_build_object('id', xr.id,
          'name', xr.name, 'country', ${countryJson('xrc')}) end,
        'dealer', case when x.dealer_id is not null then ${dealerJson('x.dealer_id')} end,
        'job', x.job, 'role', x.role)
        order by xc.name, xr.name, x.dealer_id, x.job, x.role)
      from article_audiences x
      left join countries xc on xc.code = x.country_code
      left join regions xr on xr.id = x.region_id
      left join countries xrc on xrc.code = xr.country_code
      where x.article_id = a.id), '[]') as audiences,
    coalesce((select json_agg(${countryJson('c')} order by c.name) from countries c
      where c.code = a.country_code or (a.country_code is null and c.code in
        (select x.country_code from article_audiences x where x.article_id = a.id))),
      '[]') as countries
  from articles a
  join brands b on b.id = a.brand_id
  join people au on au.id = a.author_id
  left join article_translations o on o.article_id = a.id and o.locale = a.original_locale`;

/** The articles with these ids, as their editors see them, in the order of `ids`. */
export async function loadEditorialArticles(
  db: Db,
  ids: readonly string[],
  now = new Date(),
): Promise<EditorialArticleModel[]> {
  const rows = await db.query<EditorialRow>(`${EDITORIAL_SELECT} where a.id = any($1::text[])`, [
    ids,
  ]);
  const byId = new Map(rows.map((row) => [row.id, toModel(row, now)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function toModel(row: EditorialRow, now: Date): EditorialArticleModel {
  return {
    id: row.id,
    status: shownStatus(row.status, row.published_at, now),
    brand: row.brand,
    originalLocale: row.original_locale,
    versions: (row.versions ?? []).map((version) => ({
      ...version,
      updatedAt: new Date(version.updatedAt).toISOString(),
    })),
    audiences: row.audiences,
    countries: row.countries,
    imageUrl: row.image_url,
    mustRead: row.must_read,
    mustReadBy: row.must_read_by?.toISOString() ?? null,
    publishAt: row.published_at?.toISOString() ?? null,
    timeZone: row.time_zone,
    author: { displayName: row.author_name, jobTitle: row.author_title },
    updatedAt: row.updated_at.toISOString(),
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
