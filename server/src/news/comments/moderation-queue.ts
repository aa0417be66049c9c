import { editorOrAdmin, isAdmin } from '../../access/guard.js';
import type { Db } from '../../db/db.js';
import type { CommentReport, QueryResolvers } from '../../generated/resolvers.js';
import { connection, pageRequest } from '../../graphql/pagination.js';
import { requestedLocale } from '../resolvers.js';
import { editedCommunities, ownedBy } from '../visibility.js';
import {
  COMMENT_FROM,
  commentColumns,
  MICROSECONDS,
  toComment,
  type CommentRow,
  type CommentViewer,
} from './comment-model.js';
import { afterTimeKey } from './comment-page.js';

const MAX_PAGE = 50;

interface QueueRow extends CommentRow {
  queued_key: string;
  article_title: string;
  reports: { reason: string; reportedAt: string }[];
}

/**
 * The comments waiting for the caller's decision: held by a rule or reported since the
 * last decision, on the published articles of their communities (all, for admins), the
 * longest waiting first.
 */
export const moderationQueue: QueryResolvers['moderationQueue'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = editorOrAdmin(principal);
  const locale = requestedLocale(args.locale, caller);
  const page = pageRequest(args, { parts: 2, max: MAX_PAGE, default: 20 });
  // The caller's communities are $1 in both statements.
  const params: unknown[] = isAdmin(caller) ? [] : [editedCommunities(caller)];
  const scope = isAdmin(caller) ? 'true' : ownedBy('$1::text[]');
  const waiting = `c.queued_at is not null and a.status = 'published' and ${scope}`;
  const [count] = await db.query<{ total: number }>(
    `select count(*)::int as total
     from article_comments c join articles a on a.id = c.article_id
     where ${waiting}`,
    params,
  );
  const me = `$${params.push(caller.personId)}`;
  const wanted = `$${params.push(locale)}::text`;
  const after = afterTimeKey(page, { time: 'c.queued_at', id: 'c.id' }, params);
  params.push(page.limit);
  const rows = await db.query<QueueRow>(
    `select ${commentColumns(me)},
            to_char(c.queued_at at time zone 'UTC', ${MICROSECONDS}) as queued_key,
            t.title as article_title,
            coalesce((select json_agg(json_build_object('reason', r.reason,
                                                        'reportedAt', r.reported_at)
                                      order by r.reported_at)
                      from comment_reports r
                      where r.comment_id = c.id
                        and r.reported_at > coalesce(c.moderated_at, '-infinity')), '[]')
              as reports
     from ${COMMENT_FROM}
     join articles a on a.id = c.article_id
     cross join lateral (
       select tr.title from article_translations tr
       where tr.article_id = a.id and tr.locale in (${wanted}, a.original_locale)
       order by tr.locale = ${wanted} desc
       limit 1
     ) t
     where ${waiting} ${after}
     order by c.queued_at, c.id
     limit $${params.length}`,
    params,
  );
  const viewer: CommentViewer = { personId: caller.personId, moderator: true };
  const parents = await parentsOf(
    db,
    viewer,
    rows.flatMap((row) => (row.parent_id ? [row.parent_id] : [])),
  );
  return {
    ...connection(
      rows,
      page,
      (row) => [row.queued_key, row.id],
      (row) => ({
        comment: toComment(row, viewer),
        articleTitle: row.article_title,
        inReplyTo: row.parent_id ? (parents.get(row.parent_id) ?? null) : null,
        reports: row.reports.map((report): CommentReport => ({
          reason: report.reason,
          reportedAt: new Date(report.reportedAt).toISOString(),
        })),
      }),
    ),
    total: count?.total ?? 0,
  };
};

/** The comments these replies answer, for context, by id. */
async function parentsOf(db: Db, viewer: CommentViewer, ids: string[]) {
  const rows =
    ids.length === 0
      ? []
      : await db.query<CommentRow>(
          `select ${commentColumns('$2')} from ${COMMENT_FROM} where c.id = any($1::text[])`,
          [ids, viewer.personId],
        );
  return new Map(rows.map((row) => [row.id, toComment(row, viewer)]));
}
