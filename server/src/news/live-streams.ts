import { editorOrAdmin } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type {
  LiveStreamInput,
  LiveStreamResolvers,
  MutationResolvers,
} from '../generated/resolvers.js';
import { invalidField } from '../graphql/errors.js';
import { announceDue } from '../notifications/announcer.js';
import { editorialArticleOf } from './editorial/resolvers.js';
import { articleList } from './resolvers.js';
import { embedOf } from './video.js';

const MAX_HOURS = 12;
const MAX_LIVE = 10;
const MAX_URL_LENGTH = 2000;

/** The stream's times and address, or BAD_USER_INPUT naming the field refused. */
export function cleanLiveStream(input: LiveStreamInput, now: Date) {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (Number.isNaN(startsAt.getTime()))
    throw invalidField('startsAt', 'REQUIRED', 'Give the start');
  if (Number.isNaN(endsAt.getTime())) throw invalidField('endsAt', 'REQUIRED', 'Give the end');
  if (endsAt <= startsAt) {
    throw invalidField('endsAt', 'ENDS_BEFORE_START', 'The stream has to end after it starts');
  }
  if (endsAt <= now) throw invalidField('endsAt', 'IN_THE_PAST', 'The stream has already ended');
  if (endsAt.getTime() - startsAt.getTime() > MAX_HOURS * 3_600_000) {
    throw invalidField('endsAt', 'TOO_LONG', `A stream lasts at most ${MAX_HOURS} hours`);
  }
  let url: URL | null = null;
  try {
    url = input.url.length <= MAX_URL_LENGTH ? new URL(input.url.trim()) : null;
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'https:') {
    throw invalidField('url', 'NOT_HTTPS', 'Give the stream’s https address');
  }
  return { startsAt, endsAt, url: url.href };
}

export const setArticleLiveStream: MutationResolvers['setArticleLiveStream'] = async (
  _parent,
  args,
  { db, principal, news },
) => {
  const caller = editorOrAdmin(principal);
  const article = await editorialArticleOf(db, caller, args.id);
  if (article.status === 'ARCHIVED') {
    throw invalidField('status', 'NOT_EDITABLE', 'An archived article cannot announce a stream');
  }
  const stream = args.liveStream ? cleanLiveStream(args.liveStream, new Date()) : null;
  await db.transaction(async (tx) => {
    // A changed stream is announced again when its new start comes near.
    await tx.query(
      `update articles set live_starts_at = $2, live_ends_at = $3, stream_url = $4,
         stream_announced_at = null, updated_at = now()
       where id = $1`,
      [args.id, stream?.startsAt ?? null, stream?.endsAt ?? null, stream?.url ?? null],
    );
    await recordAudit(tx, caller, {
      action: 'article.live-stream',
      targetType: 'article',
      targetId: args.id,
      details: stream
        ? {
            startsAt: stream.startsAt.toISOString(),
            endsAt: stream.endsAt.toISOString(),
            url: stream.url,
          }
        : { removed: true },
    });
  });
  await announceDue(db, news);
  return editorialArticleOf(db, caller, args.id);
};

export const liveNow = articleList({ liveNow: true }, MAX_LIVE);

/**
 * A stream on YouTube, Vimeo or one of the deployment's video sites plays in the article;
 * any other stays a link (decision 27).
 */
export const LiveStream: LiveStreamResolvers = {
  embedUrl: (stream, _args, { embedOrigins }) =>
    embedOf(stream.url, embedOrigins)?.embedUrl ?? null,
  provider: (stream, _args, { embedOrigins }) =>
    embedOf(stream.url, embedOrigins)?.provider ?? null,
};
