import type { Db } from '../../db/db.js';
import type { Comment, CommentHoldReason, CommentStatus } from '../../generated/resolvers.js';
import { EDIT_WINDOW_MINUTES } from './comment-rules.js';

/**
 * A comment as resolvers pass it on: the schema's fields, whether the caller moderates its
 * article (which decides what of its thread they see), and its replies when a thread page
 * has loaded them already (`Comment.replies` loads them otherwise).
 */
export interface CommentModel extends Omit<Comment, 'replies'> {
  moderator: boolean;
  replies?: CommentModel[];
}

/** Who looks at comments: the caller, and whether they moderate the article. */
export interface CommentViewer {
  personId: string;
  moderator: boolean;
}

export interface CommentRow {
  id: string;
  article_id: string;
  parent_id: string | null;
  author_id: string;
  author_given_name: string;
  author_family_name: string;
  author_erased: boolean;
  body: string;
  created_at: Date;
  /** created_at to the microsecond, for cursors. */
  created_key: string;
  edited_at: Date | null;
  editable_until: Date | null;
  status: 'visible' | 'held' | 'hidden';
  held_for: CommentHoldReason | null;
  reported_by_me: boolean;
}

export const MICROSECONDS = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

/**
 * The columns of a CommentRow from `article_comments c join people au`, for the person
 * bound at `me` (a parameter such as `$2`).
 */
export function commentColumns(me: string): string {
  return `c.id, c.article_id, c.parent_id, c.author_id, au.given_name as author_given_name,
    au.family_name as author_family_name, au.erased_at is not null as author_erased,
    c.body, c.created_at, to_char(c.created_at at time zone 'UTC', ${MICROSECONDS}) as created_key,
    c.edited_at, c.status, c.held_for,
    case when c.author_id = ${me} and c.status <> 'hidden'
              and c.created_at + interval '${EDIT_WINDOW_MINUTES} minutes' > now()
         then c.created_at + interval '${EDIT_WINDOW_MINUTES} minutes' end as editable_until,
    exists (select 1 from comment_reports r
            where r.comment_id = c.id and r.reporter_id = ${me}) as reported_by_me`;
}

export const COMMENT_FROM = 'article_comments c join people au on au.id = c.author_id';

/**
 * The condition on `c` that the viewer sees the comment: anyone sees visible and hidden
 * ones, a held one only its author and the article's moderators.
 */
export function shownTo(me: string, moderator: boolean): string {
  return moderator ? 'true' : `(c.status <> 'held' or c.author_id = ${me})`;
}

export function toComment(row: CommentRow, viewer: CommentViewer): CommentModel {
  const mine = row.author_id === viewer.personId;
  return {
    id: row.id,
    articleId: row.article_id,
    parentId: row.parent_id,
    author: {
      displayName: row.author_erased ? null : `${row.author_given_name} ${row.author_family_name}`,
      jobTitle: null,
    },
    body: row.status === 'hidden' ? null : row.body,
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at?.toISOString() ?? null,
    editableUntil: row.editable_until?.toISOString() ?? null,
    status: row.status.toUpperCase() as CommentStatus,
    heldFor: mine || viewer.moderator ? row.held_for : null,
    mine,
    reportedByMe: row.reported_by_me,
    moderator: viewer.moderator,
  };
}

/** The replies the viewer sees of each of these threads, oldest first. */
export async function repliesOf(
  db: Db,
  viewer: CommentViewer,
  threadIds: readonly string[],
): Promise<Map<string, CommentModel[]>> {
  const byThread = new Map<string, CommentModel[]>(threadIds.map((id) => [id, []]));
  if (threadIds.length === 0) return byThread;
  const rows = await db.query<CommentRow>(
    `select ${commentColumns('$2')} from ${COMMENT_FROM}
     where c.parent_id = any($1::text[]) and ${shownTo('$2', viewer.moderator)}
     order by c.created_at, c.id`,
    [threadIds, viewer.personId],
  );
  for (const row of rows) byThread.get(row.parent_id!)?.push(toComment(row, viewer));
  return byThread;
}

/** One comment by id as the viewer would see it in its thread, or null when they would not. */
export async function commentById(
  db: Db,
  viewer: CommentViewer,
  id: string,
): Promise<CommentModel | null> {
  const [row] = await db.query<CommentRow>(
    `select ${commentColumns('$2')} from ${COMMENT_FROM}
     where c.id = $1 and ${shownTo('$2', viewer.moderator)}`,
    [id, viewer.personId],
  );
  return row ? toComment(row, viewer) : null;
}
