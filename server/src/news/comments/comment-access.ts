import { isAdmin } from '../../access/guard.js';
import type { Db } from '../../db/db.js';
import { contentLocale } from '../../i18n/locales.js';
import type { Principal } from '../../org/principal.js';
import { queryArticles } from '../articles-sql.js';
import { editedCommunities, ownedBy } from '../visibility.js';
import { commentById, type CommentModel, type CommentViewer } from './comment-model.js';

/**
 * True when the caller moderates the article's comments: an admin, or an editor of one of
 * the communities that own it.
 */
export async function moderates(db: Db, caller: Principal, articleId: string): Promise<boolean> {
  if (isAdmin(caller)) return true;
  const communities = editedCommunities(caller);
  if (communities.length === 0) return false;
  const rows = await db.query(
    `select 1 from articles a where a.id = $1 and ${ownedBy('$2::text[]')}`,
    [articleId, communities],
  );
  return rows.length > 0;
}

/**
 * How the caller sees an article's discussion, or null when they cannot read the article:
 * the same rule as the `article` field (visibility and publication), through queryArticles.
 */
export async function discussionViewer(
  db: Db,
  caller: Principal,
  articleId: string,
): Promise<CommentViewer | null> {
  const locale = contentLocale(caller.locale) ?? 'en';
  const [readable] = await queryArticles(db, {
    principal: caller,
    locale,
    id: articleId,
    limit: 1,
  });
  if (!readable) return null;
  return { personId: caller.personId, moderator: await moderates(db, caller, articleId) };
}

/**
 * A comment as the caller sees it in its thread, with their view of its article; null
 * (answered NOT_FOUND) when it does not exist, its article is not theirs to read, or it
 * is held and neither theirs nor theirs to moderate.
 */
export async function reachableComment(
  db: Db,
  caller: Principal,
  id: string,
): Promise<{ comment: CommentModel; viewer: CommentViewer } | null> {
  const [meta] = await db.query<{ article_id: string }>(
    'select article_id from article_comments where id = $1',
    [id],
  );
  if (!meta) return null;
  const viewer = await discussionViewer(db, caller, meta.article_id);
  const comment = viewer && (await commentById(db, viewer, id));
  return viewer && comment ? { comment, viewer } : null;
}

/** The words that hold a comment, in every language of the list. */
export async function moderationWords(db: Db): Promise<string[]> {
  const rows = await db.query<{ word: string }>('select word from moderation_words', []);
  return rows.map((row) => row.word);
}
