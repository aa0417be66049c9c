import { editorOrAdmin } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { invalidField } from '../graphql/errors.js';
import { editorialArticleOf } from './editorial/resolvers.js';

/** More would stop being the top of the feed: readers scroll past a wall of pins. */
export const MAX_PINNED_PER_COMMUNITY = 3;
const MAX_PIN_DAYS = 90;

/** When the pin ends, or BAD_USER_INPUT naming `until`. */
function cleanUntil(until: string, now: Date): Date {
  const end = new Date(until);
  if (Number.isNaN(end.getTime()) || end <= now) {
    throw invalidField('until', 'IN_THE_PAST', 'The pin has to end in the future');
  }
  if (end.getTime() - now.getTime() > MAX_PIN_DAYS * 86_400_000) {
    throw invalidField('until', 'TOO_LONG', `An article stays pinned at most ${MAX_PIN_DAYS} days`);
  }
  return end;
}

export const pinArticle: MutationResolvers['pinArticle'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = editorOrAdmin(principal);
  const article = await editorialArticleOf(db, caller, args.id);
  const until = args.until == null ? null : cleanUntil(args.until, new Date());
  if (until && article.status !== 'PUBLISHED' && article.status !== 'SCHEDULED') {
    throw invalidField(
      'status',
      'NOT_PUBLISHED',
      'Only a published or scheduled article is pinned',
    );
  }
  await db.transaction(async (tx) => {
    if (until) {
      // Pins are counted per brand and country (null: brand-wide or several countries),
      // the feeds a reader's pins come from. Locking the brand's row makes two editors
      // pinning at once take turns, so neither pins a fourth.
      await tx.query(
        'select 1 from brands b join articles a on a.brand_id = b.id where a.id = $1 for update of b',
        [args.id],
      );
      const pinned = await tx.query<{ id: string }>(
        `select p.id from articles p
         join articles a on a.id = $1
         where p.brand_id = a.brand_id and p.country_code is not distinct from a.country_code
           and p.id <> a.id and p.status = 'published' and p.pinned_until > now()`,
        [args.id],
      );
      if (pinned.length >= MAX_PINNED_PER_COMMUNITY) {
        throw invalidField(
          'until',
          'TOO_MANY_PINNED',
          `${MAX_PINNED_PER_COMMUNITY} articles are pinned already: unpin one first`,
        );
      }
    }
    await tx.query('update articles set pinned_until = $2, updated_at = now() where id = $1', [
      args.id,
      until,
    ]);
    await recordAudit(tx, caller, {
      action: 'article.pin',
      targetType: 'article',
      targetId: args.id,
      details: { until: until?.toISOString() ?? null },
    });
  });
  return editorialArticleOf(db, caller, args.id);
};
