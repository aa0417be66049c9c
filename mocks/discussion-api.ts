import {
  characterCount,
  EDIT_WINDOW_MINUTES,
  holdReason,
  MAX_COMMENT_LENGTH,
  MAX_REASON_LENGTH,
  normaliseBody,
} from '../server/src/news/comments/comment-text.js';
import {
  generateDiscussion,
  type ArticleCommentRow,
  type ReactionKindCode,
} from '../server/src/seed/generate-discussion.js';
import type { Network, PersonRow } from '../server/src/seed/generate-network.js';
import { MockUserError, type MockApi } from './mock-api.js';

const KINDS: ReactionKindCode[] = ['LIKE', 'CELEBRATE', 'INSIGHTFUL'];
/** A few words of the server's list (migration 0007), enough for components. */
const WORDS = ['idiot', 'arnaque', 'idiota', 'truffa', 'kretyn', 'oszustwo'];
const MAX_THREADS = 50;

type Viewer = PersonRow | undefined;

interface StoredComment extends Omit<ArticleCommentRow, 'status' | 'heldFor'> {
  status: 'visible' | 'held' | 'hidden';
  heldFor: 'LINK' | 'WORD' | null;
  editedAt: string | null;
  moderatedAt: string | null;
  /** The client's key: a replay from the outbox answers this comment again. */
  idempotencyKey?: string | null;
}

/** BAD_USER_INPUT with the reason the server gives (`extensions.reason`). */
function inputError(reason: string, message: string): MockUserError {
  const error = new MockUserError('BAD_USER_INPUT', message);
  Object.assign(error.extensions, { reason });
  return error;
}

/**
 * Reactions, comments and their moderation, answered like the server does, from the seed's
 * discussion (generateDiscussion) kept in memory: a test sees its own changes. Which
 * articles a viewer reads is MockApi's rule.
 */
export class MockDiscussionApi {
  private readonly comments: StoredComment[];
  private readonly reports: { commentId: string; reporterId: string; reason: string; at: string }[];
  private readonly reactions: { articleId: string; personId: string; kind: ReactionKindCode }[];
  private created = 0;

  constructor(
    private readonly api: MockApi,
    private readonly network: Network,
  ) {
    const seeded = generateDiscussion(network);
    this.comments = seeded.comments.map((c) => ({ ...c, editedAt: null, moderatedAt: null }));
    this.reports = seeded.reports.map((r) => ({ ...r, at: r.reportedAt }));
    this.reactions = seeded.reactions.map(({ articleId, personId, kind }) => ({
      articleId,
      personId,
      kind,
    }));
  }

  /** An article of MockApi's with its reactions and comment count, as the schema has them. */
  withDiscussion<A extends { id: string }>(viewer: Viewer, article: A) {
    return {
      ...article,
      reactions: () =>
        KINDS.map((kind) => {
          const given = this.reactions.filter((r) => r.articleId === article.id && r.kind === kind);
          return { kind, count: given.length, mine: given.some((r) => r.personId === viewer?.id) };
        }),
      commentCount: () =>
        this.comments.filter((c) => c.articleId === article.id && c.status === 'visible').length,
    };
  }

  reactToArticle(
    viewer: Viewer,
    args: { articleId: string; kind: ReactionKindCode; active: boolean; locale?: string | null },
  ) {
    const article = this.api.article(viewer, { id: args.articleId, locale: args.locale });
    const index = this.reactions.findIndex(
      (r) => r.articleId === args.articleId && r.personId === viewer!.id && r.kind === args.kind,
    );
    if (args.active && index < 0) {
      this.reactions.push({ articleId: args.articleId, personId: viewer!.id, kind: args.kind });
    }
    if (!args.active && index >= 0) this.reactions.splice(index, 1);
    return this.withDiscussion(viewer, article);
  }

  articleComments(viewer: Viewer, args: { articleId: string; first?: number; after?: string }) {
    const moderator = this.moderates(viewer, args.articleId);
    const first = args.first ?? 30;
    if (first < 1 || first > MAX_THREADS) {
      throw new MockUserError('BAD_USER_INPUT', `first must be between 1 and ${MAX_THREADS}`);
    }
    const threads = this.shown(viewer!, moderator).filter(
      (c) => c.articleId === args.articleId && c.parentId === null,
    );
    const start = args.after ? threads.findIndex((c) => c.id === atob(args.after!)) + 1 : 0;
    const slice = threads.slice(start, start + first);
    return {
      edges: slice.map((thread) => ({
        cursor: btoa(thread.id),
        node: {
          ...this.view(thread, viewer!, moderator),
          replies: this.shown(viewer!, moderator)
            .filter((c) => c.parentId === thread.id)
            .map((c) => this.view(c, viewer!, moderator)),
        },
      })),
      pageInfo: {
        endCursor: slice.length ? btoa(slice.at(-1)!.id) : null,
        hasNextPage: start + first < threads.length,
      },
    };
  }

  addComment(
    viewer: Viewer,
    args: {
      articleId: string;
      parentId?: string | null;
      body: string;
      idempotencyKey?: string | null;
    },
  ) {
    const moderator = this.moderates(viewer, args.articleId);
    const replayed = this.comments.find(
      (c) =>
        args.idempotencyKey &&
        c.idempotencyKey === args.idempotencyKey &&
        c.articleId === args.articleId &&
        c.authorId === viewer?.id,
    );
    if (replayed) return this.view(replayed, viewer!, moderator);
    if (args.parentId) {
      const parent = this.shown(viewer!, moderator).find((c) => c.id === args.parentId);
      if (!parent || parent.articleId !== args.articleId) {
        throw new MockUserError('NOT_FOUND', 'No such comment, or it is not available to you');
      }
      if (parent.parentId) throw inputError('REPLY_TO_REPLY', 'Threads are one level deep');
      if (parent.status !== 'visible') {
        throw inputError('PARENT_NOT_VISIBLE', 'A held or hidden comment cannot be answered');
      }
    }
    const body = this.body(args.body);
    const held = holdReason(body, WORDS);
    const now = new Date().toISOString();
    const comment: StoredComment = {
      id: `comment-mock-${++this.created}`,
      articleId: args.articleId,
      parentId: args.parentId ?? null,
      authorId: viewer!.id,
      body,
      createdAt: now,
      status: held ? 'held' : 'visible',
      heldFor: held,
      queuedAt: held ? now : null,
      editedAt: null,
      moderatedAt: null,
      idempotencyKey: args.idempotencyKey ?? null,
    };
    this.comments.push(comment);
    return this.view(comment, viewer!, moderator);
  }

  editComment(viewer: Viewer, args: { id: string; body: string }) {
    const { comment, moderator } = this.reachable(viewer, args.id);
    if (comment.authorId !== viewer!.id) {
      throw new MockUserError('FORBIDDEN', 'Your roles do not allow this');
    }
    if (comment.status === 'hidden') throw inputError('COMMENT_HIDDEN', 'A moderator hid it');
    if (!this.editable(comment)) {
      throw inputError('EDIT_WINDOW_CLOSED', `${EDIT_WINDOW_MINUTES} minutes have passed`);
    }
    comment.body = this.body(args.body);
    comment.editedAt = new Date().toISOString();
    const held = holdReason(comment.body, WORDS);
    comment.heldFor = held;
    if (held) {
      comment.status = 'held';
      comment.queuedAt ??= comment.editedAt;
    } else if (comment.status === 'held') {
      comment.status = 'visible';
      comment.queuedAt = this.openReports(comment).length > 0 ? comment.queuedAt : null;
    }
    return this.view(comment, viewer!, moderator);
  }

  reportComment(viewer: Viewer, args: { id: string; reason: string }) {
    const { comment, moderator } = this.reachable(viewer, args.id);
    if (comment.authorId === viewer!.id) throw inputError('OWN_COMMENT', 'Your own comment');
    if (comment.status !== 'visible') throw inputError('NOT_REPORTABLE', 'Not visible');
    const reason = this.reason(args.reason);
    if (!this.reports.some((r) => r.commentId === comment.id && r.reporterId === viewer!.id)) {
      const at = new Date().toISOString();
      this.reports.push({ commentId: comment.id, reporterId: viewer!.id, reason, at });
      comment.queuedAt ??= at;
    }
    return this.view(comment, viewer!, moderator);
  }

  moderationQueue(viewer: Viewer, args: { first?: number; after?: string; locale?: string }) {
    if (viewer === undefined) throw new MockUserError('UNAUTHENTICATED', 'Sign in');
    if (!this.isAdmin(viewer) && this.editedCommunities(viewer).length === 0) {
      throw new MockUserError('FORBIDDEN', 'Your roles do not allow this');
    }
    const waiting = this.comments
      .filter((c) => c.queuedAt !== null && this.moderatesArticle(viewer, c.articleId))
      .sort((a, b) => a.queuedAt!.localeCompare(b.queuedAt!) || a.id.localeCompare(b.id));
    const first = args.first ?? 20;
    const start = args.after ? waiting.findIndex((c) => c.id === atob(args.after!)) + 1 : 0;
    const slice = waiting.slice(start, start + first);
    const locale = args.locale ?? viewer.locale;
    return {
      total: waiting.length,
      edges: slice.map((comment) => {
        const parent = this.comments.find((c) => c.id === comment.parentId);
        return {
          cursor: btoa(comment.id),
          node: {
            comment: { ...this.view(comment, viewer, true), replies: [] },
            articleTitle: this.title(comment.articleId, locale),
            inReplyTo: parent ? { ...this.view(parent, viewer, true), replies: [] } : null,
            reports: this.openReports(comment).map((r) => ({
              reason: r.reason,
              reportedAt: r.at,
            })),
          },
        };
      }),
      pageInfo: {
        endCursor: slice.length ? btoa(slice.at(-1)!.id) : null,
        hasNextPage: start + first < waiting.length,
      },
    };
  }

  moderateComment(
    viewer: Viewer,
    args: { id: string; decision: 'APPROVE' | 'HIDE'; reason: string },
  ) {
    const { comment, moderator } = this.reachable(viewer, args.id);
    if (!moderator) throw new MockUserError('FORBIDDEN', 'Your roles do not allow this');
    this.reason(args.reason);
    comment.status = args.decision === 'APPROVE' ? 'visible' : 'hidden';
    comment.queuedAt = null;
    comment.moderatedAt = new Date().toISOString();
    return this.view(comment, viewer!, true);
  }

  private view(comment: StoredComment, viewer: PersonRow, moderator: boolean) {
    const author = this.network.people.find((p) => p.id === comment.authorId)!;
    const mine = comment.authorId === viewer.id;
    const until = new Date(Date.parse(comment.createdAt) + EDIT_WINDOW_MINUTES * 60_000);
    return {
      id: comment.id,
      articleId: comment.articleId,
      parentId: comment.parentId,
      author: { displayName: `${author.givenName} ${author.familyName}`, jobTitle: null },
      body: comment.status === 'hidden' ? null : comment.body,
      createdAt: comment.createdAt,
      editedAt: comment.editedAt,
      editableUntil: mine && this.editable(comment) ? until.toISOString() : null,
      status: comment.status.toUpperCase(),
      heldFor: mine || moderator ? comment.heldFor : null,
      mine,
      reportedByMe: this.reports.some(
        (r) => r.commentId === comment.id && r.reporterId === viewer.id,
      ),
      replies: [],
    };
  }

  private editable(comment: StoredComment): boolean {
    const until = Date.parse(comment.createdAt) + EDIT_WINDOW_MINUTES * 60_000;
    return comment.status !== 'hidden' && until > Date.now();
  }

  private openReports(comment: StoredComment) {
    return this.reports.filter(
      (r) => r.commentId === comment.id && (!comment.moderatedAt || r.at > comment.moderatedAt),
    );
  }

  private shown(viewer: PersonRow, moderator: boolean) {
    return this.comments
      .filter((c) => moderator || c.status !== 'held' || c.authorId === viewer.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  private reachable(viewer: Viewer, id: string) {
    const stored = this.comments.find((c) => c.id === id);
    if (stored === undefined) throw new MockUserError('NOT_FOUND', 'No such comment');
    const moderator = this.moderates(viewer, stored.articleId);
    const comment = this.shown(viewer!, moderator).find((c) => c.id === id);
    if (comment === undefined) throw new MockUserError('NOT_FOUND', 'No such comment');
    return { comment, moderator };
  }

  /** Whether the viewer moderates the article; throws as MockApi does when they cannot read it. */
  private moderates(viewer: Viewer, articleId: string): boolean {
    this.api.article(viewer, { id: articleId });
    return this.moderatesArticle(viewer!, articleId);
  }

  private moderatesArticle(viewer: PersonRow, articleId: string): boolean {
    const article = this.network.articles.find((a) => a.id === articleId)!;
    return (
      this.isAdmin(viewer) ||
      this.editedCommunities(viewer).some(
        (c) =>
          c.brandId === article.brandId &&
          (article.countryCode === null || article.countryCode === c.countryCode),
      )
    );
  }

  private isAdmin(viewer: PersonRow): boolean {
    return this.network.roles.some((r) => r.personId === viewer.id && r.role === 'ADMIN');
  }

  private editedCommunities(viewer: PersonRow) {
    const ids = this.network.roles
      .filter((r) => r.personId === viewer.id && r.role === 'EDITOR')
      .map((r) => r.scopeId);
    return this.network.communities.filter((c) => ids.includes(c.id));
  }

  private title(articleId: string, locale: string): string {
    const versions = this.network.articleTranslations.filter((t) => t.articleId === articleId);
    const original = this.network.articles.find((a) => a.id === articleId)!.originalLocale;
    return (versions.find((t) => t.locale === locale) ??
      versions.find((t) => t.locale === original))!.title;
  }

  private body(text: string): string {
    const body = normaliseBody(text);
    if (body === '') throw inputError('COMMENT_EMPTY', 'Write something first');
    if (characterCount(body) > MAX_COMMENT_LENGTH) {
      throw inputError('COMMENT_TOO_LONG', `At most ${MAX_COMMENT_LENGTH} characters`);
    }
    return body;
  }

  private reason(text: string): string {
    const reason = text.trim();
    if (reason === '') throw inputError('REASON_EMPTY', 'Give a reason');
    if (characterCount(reason) > MAX_REASON_LENGTH) {
      throw inputError('REASON_TOO_LONG', `At most ${MAX_REASON_LENGTH} characters`);
    }
    return reason;
  }
}

/** The discussion's queries and mutations, bound to the viewer. */
export function discussionFields(discussion: MockDiscussionApi, viewer: Viewer) {
  const bind =
    <A>(field: (viewer: Viewer, args: A) => unknown) =>
    (args: A) =>
      field.call(discussion, viewer, args);
  return {
    articleComments: bind(discussion.articleComments),
    moderationQueue: bind(discussion.moderationQueue),
    reactToArticle: bind(discussion.reactToArticle),
    addComment: bind(discussion.addComment),
    editComment: bind(discussion.editComment),
    reportComment: bind(discussion.reportComment),
    moderateComment: bind(discussion.moderateComment),
  };
}
