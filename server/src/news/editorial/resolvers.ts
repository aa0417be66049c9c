import { randomUUID } from 'node:crypto';
import { editorOrAdmin, isAdmin } from '../../access/guard.js';
import { recordAudit } from '../../audit/audit-log.js';
import type { Db } from '../../db/db.js';
import type {
  Community,
  EditorialArticleResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../../generated/resolvers.js';
import { invalidField, notFound } from '../../graphql/errors.js';
import { connection, pageRequest } from '../../graphql/pagination.js';
import { countryJson } from '../../org/country-sql.js';
import type { Principal } from '../../org/principal.js';
import { announceDue } from '../../notifications/announcer.js';
import { PEOPLE } from '../reach.js';
import { editedCommunities, meantFor, ownedBy } from '../visibility.js';
import { loadEditorialArticles, type EditorialArticleModel } from './editorial-model.js';
import { cleanTarget, type CleanTarget } from './target.js';
import { cleanVersion } from './version-input.js';
import { mayEditTarget, mayEditVersions, mayMove, STORED_STATUS } from './workflow.js';

/** The condition on `articles a` that the caller may edit it; its values appended to `params`. */
function editable(caller: Principal, params: unknown[]): string {
  if (isAdmin(caller)) return 'true';
  params.push(editedCommunities(caller));
  return ownedBy(`$${params.length}::text[]`);
}

/** The article as its editors see it, or NOT_FOUND when the caller does not edit it. */
export async function editorialArticleOf(
  db: Db,
  caller: Principal,
  id: string,
): Promise<EditorialArticleModel> {
  const params: unknown[] = [id];
  const [owned] = await db.query(
    `select 1 from articles a where a.id = $1 and ${editable(caller, params)}`,
    params,
  );
  const [article] = owned ? await loadEditorialArticles(db, [id]) : [];
  if (!article) throw notFound('article');
  return article;
}

export const editorCommunities: QueryResolvers['editorCommunities'] = (
  _parent,
  _args,
  { db, principal },
) => {
  const caller = editorOrAdmin(principal);
  return db.query<Community>(
    `select cm.id, json_build_object('id', b.id, 'code', b.code, 'name', b.name) as brand,
            ${countryJson('c')} as country, b.name || ' · ' || c.name as name
     from communities cm
     join brands b on b.id = cm.brand_id
     join countries c on c.code = cm.country_code
     where $1 or cm.id = any($2::text[])
     order by b.name, c.name`,
    [isAdmin(caller), editedCommunities(caller)],
  );
};

/** The stored condition for each status shown to editors. */
const STATUS_CONDITION = {
  DRAFT: `a.status = 'draft'`,
  IN_REVIEW: `a.status = 'review'`,
  SCHEDULED: `a.status = 'published' and a.published_at > now()`,
  PUBLISHED: `a.status = 'published' and a.published_at <= now()`,
  ARCHIVED: `a.status = 'archived'`,
} as const;

export const editorialArticles: QueryResolvers['editorialArticles'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = editorOrAdmin(principal);
  const page = pageRequest(args, { parts: 2, max: 100, default: 25 });
  const params: unknown[] = [];
  const conditions = [editable(caller, params)];
  if (args.status) conditions.push(STATUS_CONDITION[args.status]);
  if (page.after) {
    params.push(page.after[0], page.after[1]);
    conditions.push(
      `(a.updated_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length})`,
    );
  }
  params.push(page.limit);
  const rows = await db.query<{ id: string; updated_key: string }>(
    `select a.id,
       to_char(a.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as updated_key
     from articles a where ${conditions.join(' and ')}
     order by a.updated_at desc, a.id desc limit $${params.length}`,
    params,
  );
  const articles = new Map(
    (
      await loadEditorialArticles(
        db,
        rows.map((row) => row.id),
      )
    ).map((a) => [a.id, a]),
  );
  return connection(
    rows.filter((row) => articles.has(row.id)),
    page,
    (row) => [row.updated_key, row.id],
    (row) => articles.get(row.id)!,
  );
};

export const editorialArticle: QueryResolvers['editorialArticle'] = (
  _parent,
  { id },
  { db, principal },
) => editorialArticleOf(db, editorOrAdmin(principal), id);

/** How many people a target not stored yet reaches: `$1` brand, `$2` country, `$3` audiences (JSON). */
const PEOPLE_REACHED = `select count(*)::int as reach
  from people p left join dealers pd on pd.id = p.dealer_id
  where p.erased_at is null and ${meantFor(PEOPLE, {
    brand: '$1::text',
    country: '$2::text',
    audiences: `jsonb_to_recordset($3::jsonb) as x(country_code text, region_id text,
      dealer_id text, job text, role text) where true`,
  })}`;

async function countReach(db: Db, target: CleanTarget): Promise<number> {
  const audiences = target.audiences.map((row) => ({
    country_code: row.countryCode,
    region_id: row.regionId,
    dealer_id: row.dealerId,
    job: row.job,
    role: row.role,
  }));
  const [row] = await db.query<{ reach: number }>(PEOPLE_REACHED, [
    target.brandId,
    target.countryCode,
    JSON.stringify(audiences),
  ]);
  return row?.reach ?? 0;
}

export const audienceReach: QueryResolvers['audienceReach'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = editorOrAdmin(principal);
  return countReach(db, await cleanTarget(db, caller, args.target, new Date()));
};

export const EditorialArticle: EditorialArticleResolvers = {
  reach: async (article, _args, { db }) => {
    const [row] = await db.query<{ reach: number }>(
      `select count(*)::int as reach
       from articles a cross join people p left join dealers pd on pd.id = p.dealer_id
       where a.id = $1 and p.erased_at is null and ${meantFor(PEOPLE)}`,
      [article.id],
    );
    return row?.reach ?? 0;
  },
};

export const createArticle: MutationResolvers['createArticle'] = async (
  _parent,
  { input },
  { db, principal },
) => {
  const caller = editorOrAdmin(principal);
  const [community] = await db.query<{ brand_id: string; country_code: string }>(
    `select brand_id, country_code from communities where id = $1 and ($2 or id = any($3::text[]))`,
    [input.communityId, isAdmin(caller), editedCommunities(caller)],
  );
  if (!community) {
    throw invalidField('communityId', 'OUTSIDE_COMMUNITIES', 'You do not edit this community');
  }
  const version = cleanVersion(input.version);
  const id = `article-${randomUUID()}`;
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into articles (id, brand_id, country_code, author_id, original_locale, status,
                             category)
       values ($1, $2, $3, $4, $5, 'draft', $6)`,
      [
        id,
        community.brand_id,
        community.country_code,
        caller.personId,
        version.locale,
        input.category ?? 'COMPANY',
      ],
    );
    await writeVersion(tx, id, version);
    await recordAudit(tx, caller, {
      action: 'article.create',
      targetType: 'article',
      targetId: id,
      details: { community: input.communityId, locale: version.locale },
    });
  });
  return editorialArticleOf(db, caller, id);
};

/** Adds or replaces a version; its time changes only when its words do. */
async function writeVersion(tx: Db, id: string, version: ReturnType<typeof cleanVersion>) {
  await tx.query(
    `insert into article_translations (article_id, locale, title, summary, body_html, image_alt)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (article_id, locale) do update set
       title = excluded.title, summary = excluded.summary, body_html = excluded.body_html,
       image_alt = excluded.image_alt,
       updated_at = case
         when (article_translations.title, article_translations.summary,
               article_translations.body_html, article_translations.image_alt)
           is distinct from (excluded.title, excluded.summary, excluded.body_html, excluded.image_alt)
         then now() else article_translations.updated_at end`,
    [id, version.locale, version.title, version.summary, version.bodyHtml, version.imageAlt],
  );
  await tx.query('update articles set updated_at = now() where id = $1', [id]);
}

const notEditable = (status: string) =>
  invalidField(
    'status',
    'NOT_EDITABLE',
    `An article that is ${status.toLowerCase()} cannot be changed so`,
  );

export const saveArticleVersion: MutationResolvers['saveArticleVersion'] = async (
  _parent,
  { id, version: input },
  { db, principal },
) => {
  const caller = editorOrAdmin(principal);
  const article = await editorialArticleOf(db, caller, id);
  if (!mayEditVersions(article.status)) throw notEditable(article.status);
  const version = cleanVersion(input);
  await db.transaction(async (tx) => {
    await writeVersion(tx, id, version);
    await recordAudit(tx, caller, {
      action: 'article.version.save',
      targetType: 'article',
      targetId: id,
      details: { locale: version.locale },
    });
  });
  return editorialArticleOf(db, caller, id);
};

export const deleteArticleVersion: MutationResolvers['deleteArticleVersion'] = async (
  _parent,
  { id, locale },
  { db, principal },
) => {
  const caller = editorOrAdmin(principal);
  const article = await editorialArticleOf(db, caller, id);
  if (!mayEditVersions(article.status)) throw notEditable(article.status);
  if (locale === article.originalLocale) {
    throw invalidField('locale', 'NOT_EDITABLE', 'The original version cannot be removed');
  }
  if (!article.versions.some((version) => version.locale === locale)) throw notFound('version');
  await db.transaction(async (tx) => {
    await tx.query('delete from article_translations where article_id = $1 and locale = $2', [
      id,
      locale,
    ]);
    await tx.query('update articles set updated_at = now() where id = $1', [id]);
    await recordAudit(tx, caller, {
      action: 'article.version.delete',
      targetType: 'article',
      targetId: id,
      details: { locale },
    });
  });
  return editorialArticleOf(db, caller, id);
};

/** BAD_USER_INPUT when a must-read's deadline does not come after its publication. */
function checkDeadline(mustReadBy: Date | null, publishAt: Date | null) {
  if (mustReadBy && publishAt && mustReadBy <= publishAt) {
    throw invalidField(
      'mustReadBy',
      'DEADLINE_BEFORE_PUBLICATION',
      'The deadline has to come after publication',
    );
  }
}

export const setArticleTarget: MutationResolvers['setArticleTarget'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = editorOrAdmin(principal);
  const article = await editorialArticleOf(db, caller, args.id);
  if (!mayEditTarget(article.status)) throw notEditable(article.status);
  if (args.target.brandId !== article.brand.id) {
    throw invalidField('countries', 'OUTSIDE_COMMUNITIES', 'The target is of another brand');
  }
  const target = await cleanTarget(db, caller, args.target, new Date());
  checkDeadline(target.mustReadBy, article.publishAt ? new Date(article.publishAt) : null);
  await db.transaction(async (tx) => {
    await tx.query(
      `update articles set country_code = $2, must_read = $3, must_read_by = $4, image_url = $5,
         updated_at = now()
       where id = $1`,
      [args.id, target.countryCode, target.mustRead, target.mustReadBy, target.imageUrl],
    );
    await tx.query('delete from article_audiences where article_id = $1', [args.id]);
    await tx.query(
      `insert into article_audiences (article_id, country_code, region_id, dealer_id, job, role)
       select $1, x.country_code, x.region_id, x.dealer_id, x.job, x.role
       from jsonb_to_recordset($2::jsonb) as x(country_code text, region_id text,
         dealer_id text, job text, role text)`,
      [args.id, JSON.stringify(target.audiences.map(audienceRecord))],
    );
    await recordAudit(tx, caller, {
      action: 'article.target',
      targetType: 'article',
      targetId: args.id,
      details: {
        countries: args.target.countries,
        audiences: target.audiences.length,
        mustRead: target.mustRead,
        mustReadBy: target.mustReadBy?.toISOString() ?? null,
      },
    });
  });
  return editorialArticleOf(db, caller, args.id);
};

function audienceRecord(row: CleanTarget['audiences'][number]) {
  return {
    country_code: row.countryCode,
    region_id: row.regionId,
    dealer_id: row.dealerId,
    job: row.job,
    role: row.role,
  };
}

function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const moveArticle: MutationResolvers['moveArticle'] = async (
  _parent,
  args,
  { db, principal, news },
) => {
  const caller = editorOrAdmin(principal);
  const article = await editorialArticleOf(db, caller, args.id);
  if (!mayMove(article.status, args.to)) {
    throw invalidField(
      'to',
      'INVALID_MOVE',
      `An article ${article.status} cannot become ${args.to}`,
    );
  }
  const now = new Date();
  let publishAt: Date | null = null;
  if (args.to === 'SCHEDULED') {
    if (!args.publishAt) throw invalidField('publishAt', 'REQUIRED', 'Choose when to publish');
    publishAt = new Date(args.publishAt);
    if (Number.isNaN(publishAt.getTime()) || publishAt <= now) {
      throw invalidField(
        'publishAt',
        'IN_THE_PAST',
        'The publication time has to be in the future',
      );
    }
  } else if (args.to === 'PUBLISHED') {
    // Republishing an archived article keeps its place in the feed.
    publishAt =
      article.status === 'ARCHIVED' && article.publishAt ? new Date(article.publishAt) : now;
  } else if (args.to === 'ARCHIVED') {
    publishAt = article.publishAt ? new Date(article.publishAt) : null;
  }
  if (args.timeZone != null && !knownTimeZone(args.timeZone)) {
    throw invalidField('timeZone', 'UNKNOWN_TIME_ZONE', 'Unknown time zone');
  }
  checkDeadline(article.mustReadBy ? new Date(article.mustReadBy) : null, publishAt);
  await db.transaction(async (tx) => {
    await tx.query(
      // A pin holds only while the article is out: archived or taken back, it is unpinned.
      `update articles set status = $2, published_at = $3, time_zone = $4, updated_at = now(),
         pinned_until = case when $2 = 'published' then pinned_until end
       where id = $1`,
      [args.id, STORED_STATUS[args.to], publishAt, args.timeZone ?? article.timeZone ?? null],
    );
    await recordAudit(tx, caller, {
      action: 'article.move',
      targetType: 'article',
      targetId: args.id,
      details: {
        from: article.status,
        to: args.to,
        publishAt: publishAt?.toISOString() ?? null,
        timeZone: args.timeZone ?? null,
      },
    });
  });
  // Readers hear of it now rather than at the announcer's next round.
  if (args.to === 'PUBLISHED') await announceDue(db, news);
  return editorialArticleOf(db, caller, args.id);
};
