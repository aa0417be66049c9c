import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { signedIn } from '../access/guard.js';
import { badUserInput, notFound } from '../graphql/errors.js';
import { contentLocale, type ContentLocale } from '../i18n/locales.js';
import type { Principal } from '../org/principal.js';
import type { GraphQLContext } from '../context.js';
import { queryArticles, type ArticleModel, type ArticleQuery } from './articles-sql.js';
import { feedTag } from './topics.js';
import { decodeCursor, encodeCursor } from './cursor.js';

const MAX_PAGE = 50;
const MAX_MUST_READS = 20;
/**
 * A reader sees at most six pinned articles (three per brand and country, news/pinned.ts,
 * for their brand-wide and their country's news); editors of several communities more.
 */
const MAX_PINNED = 20;
const MAX_SEARCH_LENGTH = 100;

function searchWords(search: string | null | undefined): string | null {
  const words = search?.trim() ?? '';
  if (words.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(`search is limited to ${MAX_SEARCH_LENGTH} characters`);
  }
  return words === '' ? null : words;
}

export function requestedLocale(
  locale: string | null | undefined,
  principal: Principal,
): ContentLocale {
  const tag = locale ?? principal.locale;
  const resolved = contentLocale(tag);
  if (!resolved) throw badUserInput(`Unknown locale "${tag.slice(0, 20)}"`);
  return resolved;
}

export const newsFeed: QueryResolvers['newsFeed'] = async (_parent, args, { db, principal }) => {
  const caller = signedIn(principal);
  const first = args.first ?? 10;
  if (first < 1 || first > MAX_PAGE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE}, got ${first}`);
  }
  const after = args.after == null ? null : decodeCursor(args.after);
  if (args.after != null && !after) {
    throw badUserInput(`after is not a cursor from this feed: "${args.after.slice(0, 40)}"`);
  }
  const locale = requestedLocale(args.locale, caller);
  const search = searchWords(args.search);
  const tag = feedTag(args.tag);
  // One extra row tells whether another page follows.
  const rows = await queryArticles(db, {
    principal: caller,
    locale,
    after,
    search,
    category: args.category ?? null,
    tag,
    excludePinned: args.excludePinned ?? false,
    limit: first + 1,
  });
  const page = rows.slice(0, first);
  const edges = page.map(({ article, position }) => ({
    cursor: encodeCursor(position),
    node: article,
  }));
  return {
    edges,
    pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > first },
  };
};

export const article: QueryResolvers['article'] = async (_parent, args, { db, principal }) => {
  const caller = signedIn(principal);
  const locale = requestedLocale(args.locale, caller);
  const [row] = await queryArticles(db, { principal: caller, locale, id: args.id, limit: 1 });
  if (!row) throw notFound('article');
  return row.article;
};

/**
 * A query field listing the caller's articles of one kind (`selection`: must-reads to
 * acknowledge, pinned news, live streams), each in `locale` when a translation exists.
 */
export function articleList(
  selection: Pick<ArticleQuery, 'unacknowledgedMustReads' | 'pinned' | 'liveNow'>,
  limit: number,
) {
  return async (
    _parent: unknown,
    args: { locale?: string | null },
    { db, principal }: GraphQLContext,
  ): Promise<ArticleModel[]> => {
    const caller = signedIn(principal);
    const locale = requestedLocale(args.locale, caller);
    const rows = await queryArticles(db, { principal: caller, locale, ...selection, limit });
    return rows.map((row) => row.article);
  };
}

export const mustReads = articleList({ unacknowledgedMustReads: true }, MAX_MUST_READS);
export const pinnedArticles = articleList({ pinned: true }, MAX_PINNED);

export const acknowledgeArticle: MutationResolvers['acknowledgeArticle'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = signedIn(principal);
  const locale = requestedLocale(args.locale, caller);
  const [row] = await queryArticles(db, { principal: caller, locale, id: args.id, limit: 1 });
  if (!row) throw notFound('article');
  if (!row.article.mustRead) throw badUserInput('Only a must-read is acknowledged');
  // The first acknowledgement stands: a replay (e.g. from an offline outbox) changes nothing.
  await db.query(
    `insert into article_reads (article_id, person_id, opened_at, acknowledged_at)
     values ($1, $2, now(), now())
     on conflict (article_id, person_id)
     do update set acknowledged_at = coalesce(article_reads.acknowledged_at, now())`,
    [args.id, caller.personId],
  );
  const [acknowledged] = await queryArticles(db, {
    principal: caller,
    locale,
    id: args.id,
    limit: 1,
  });
  return acknowledged!.article;
};
