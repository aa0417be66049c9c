import { editorOrAdmin } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { badUserInput, invalidField } from '../graphql/errors.js';
import { editorialArticleOf } from './editorial/resolvers.js';
import { isTag } from '../../../shared/src/text/tags.js';

const MAX_TAGS = 8;

/** A tag as stored (lower case), or null when it is not one. */
export function normalTag(text: string): string | null {
  const tag = text.trim().replace(/^#/, '').toLocaleLowerCase('und');
  return isTag(tag) ? tag : null;
}

/** The feed's tag filter, or BAD_USER_INPUT. */
export function feedTag(text: string | null | undefined): string | null {
  if (text == null || text.trim() === '') return null;
  const tag = normalTag(text);
  if (!tag) throw badUserInput(`"${text.slice(0, 40)}" is not a tag`);
  return tag;
}

/** An article's tags, lower case and once each, or BAD_USER_INPUT on the field `tags`. */
export function cleanTags(tags: readonly string[]): string[] {
  const clean = [...new Set(tags.map((text) => normalTag(text)))];
  if (clean.includes(null)) {
    throw invalidField('tags', 'INVALID_TAG', 'Tags are words of letters, digits and dashes');
  }
  if (clean.length > MAX_TAGS) throw invalidField('tags', 'TOO_LONG', `At most ${MAX_TAGS} tags`);
  return clean as string[];
}

export const setArticleTopics: MutationResolvers['setArticleTopics'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = editorOrAdmin(principal);
  const article = await editorialArticleOf(db, caller, args.id);
  if (article.status === 'ARCHIVED') {
    throw invalidField('status', 'NOT_EDITABLE', 'An archived article cannot be changed');
  }
  const tags = cleanTags(args.tags);
  await db.transaction(async (tx) => {
    await tx.query(
      'update articles set category = $2, tags = $3, updated_at = now() where id = $1',
      [args.id, args.category, tags],
    );
    await recordAudit(tx, caller, {
      action: 'article.topics',
      targetType: 'article',
      targetId: args.id,
      details: { category: args.category, tags },
    });
  });
  return editorialArticleOf(db, caller, args.id);
};
