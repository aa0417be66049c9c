import { editorOrAdmin } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { invalidField } from '../graphql/errors.js';
import { UPLOADS_PATH } from '../http/media.js';
import { editorialArticleOf } from './editorial/resolvers.js';

const MAX_ATTACHMENTS = 10;
const MAX_NAME_LENGTH = 120;

/** SQL for an article's attachments as GraphQL Attachment objects, in order. */
export function attachmentsJson(articleId: string): string {
  return `coalesce((select json_agg(json_build_object('name', at.name,
      'url', '${UPLOADS_PATH}' || at.media_id, 'contentType', m.content_type,
      'size', m.byte_size) order by at.position)
    from article_attachments at join media m on m.id = at.media_id
    where at.article_id = ${articleId}), '[]')`;
}

export const setArticleAttachments: MutationResolvers['setArticleAttachments'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = editorOrAdmin(principal);
  const article = await editorialArticleOf(db, caller, args.id);
  if (article.status === 'ARCHIVED') {
    throw invalidField('status', 'NOT_EDITABLE', 'An archived article cannot be changed');
  }
  if (args.attachments.length > MAX_ATTACHMENTS) {
    throw invalidField('attachments', 'TOO_LONG', `At most ${MAX_ATTACHMENTS} attachments`);
  }
  const attachments = args.attachments.map((attachment) => ({
    name: attachment.name.trim(),
    mediaId: attachment.url.startsWith(UPLOADS_PATH)
      ? attachment.url.slice(UPLOADS_PATH.length)
      : '',
  }));
  if (attachments.some((a) => a.name === '' || a.name.length > MAX_NAME_LENGTH)) {
    throw invalidField('attachments', 'TOO_LONG', `Names have 1 to ${MAX_NAME_LENGTH} characters`);
  }
  const ids = attachments.map((a) => a.mediaId);
  const known = await db.query<{ id: string }>('select id from media where id = any($1::text[])', [
    ids,
  ]);
  if (ids.some((id) => !known.some((row) => row.id === id))) {
    throw invalidField('attachments', 'NOT_UPLOADED', 'Upload the file before attaching it');
  }
  await db.transaction(async (tx) => {
    await tx.query('delete from article_attachments where article_id = $1', [args.id]);
    await tx.query(
      `insert into article_attachments (article_id, position, media_id, name)
       select $1, t.position, t.media_id, t.name
       from unnest($2::text[], $3::text[]) with ordinality as t(media_id, name, position)`,
      [args.id, ids, attachments.map((a) => a.name)],
    );
    await tx.query('update articles set updated_at = now() where id = $1', [args.id]);
    await recordAudit(tx, caller, {
      action: 'article.attachments',
      targetType: 'article',
      targetId: args.id,
      details: { attachments: attachments.map((a) => a.name) },
    });
  });
  return editorialArticleOf(db, caller, args.id);
};
