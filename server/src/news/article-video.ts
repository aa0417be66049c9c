import { editorOrAdmin } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type { GraphQLContext } from '../context.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { invalidField } from '../graphql/errors.js';
import { editorialArticleOf } from './editorial/resolvers.js';
import { embedOf, type VideoEmbed } from './video.js';

export const setArticleVideo: MutationResolvers['setArticleVideo'] = async (
  _parent,
  args,
  { db, principal, embedOrigins },
) => {
  const caller = editorOrAdmin(principal);
  const article = await editorialArticleOf(db, caller, args.id);
  if (article.status === 'ARCHIVED') {
    throw invalidField('status', 'NOT_EDITABLE', 'An archived article cannot be changed');
  }
  const video = args.url == null ? null : embedOf(args.url, embedOrigins);
  if (args.url != null && !video) {
    throw invalidField(
      'url',
      'NOT_EMBEDDABLE',
      `"${args.url.slice(0, 200)}" is not the https address of a video Piazza may embed`,
    );
  }
  await db.transaction(async (tx) => {
    await tx.query('update articles set video_url = $2, updated_at = now() where id = $1', [
      args.id,
      video?.embedUrl ?? null,
    ]);
    await recordAudit(tx, caller, {
      action: 'article.video',
      targetType: 'article',
      targetId: args.id,
      details: video ? { url: video.embedUrl } : { removed: true },
    });
  });
  return editorialArticleOf(db, caller, args.id);
};

/**
 * Article.video and EditorialArticle.video. The stored player is checked again against
 * the sites allowed today: one taken off PIAZZA_EMBED_ORIGINS is also gone from the
 * page's frame-src, and a player the page may not frame must not show.
 */
export function video(
  article: { videoUrl: string | null },
  _args: unknown,
  { embedOrigins }: GraphQLContext,
): VideoEmbed | null {
  return article.videoUrl ? embedOf(article.videoUrl, embedOrigins) : null;
}
