import { signedIn } from '../../access/guard.js';
import type { MutationResolvers } from '../../generated/resolvers.js';
import { notFound } from '../../graphql/errors.js';
import { queryArticles } from '../articles-sql.js';
import { requestedLocale } from '../resolvers.js';

/**
 * Gives or takes back one reaction. Idempotent (a replay from an offline outbox or a
 * double tap changes nothing more), so the client can apply it optimistically.
 */
export const reactToArticle: MutationResolvers['reactToArticle'] = async (
  _parent,
  { articleId, kind, active, locale },
  { db, principal },
) => {
  const caller = signedIn(principal);
  const wanted = requestedLocale(locale, caller);
  const [row] = await queryArticles(db, {
    principal: caller,
    locale: wanted,
    id: articleId,
    limit: 1,
  });
  if (!row) throw notFound('article');
  await db.query(
    active
      ? `insert into article_reactions (article_id, person_id, kind) values ($1, $2, $3)
         on conflict do nothing`
      : 'delete from article_reactions where article_id = $1 and person_id = $2 and kind = $3',
    [articleId, caller.personId, kind],
  );
  // Its reactions resolve after the change, through the batched field.
  return row.article;
};
