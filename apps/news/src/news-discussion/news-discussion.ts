import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ApolloCache, InMemoryCache, Reference } from '@apollo/client';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  portalContext,
  type Outbox,
  type PortalContext,
} from '@piazza/shared';
import { AddCommentDocument, type AddCommentMutation } from './add-comment.generated.js';
import {
  ArticleDiscussionDocument,
  type ArticleDiscussionQuery,
} from './article-discussion.generated.js';
import './comment-form.js';
import './comment-item.js';
import type { CommentReportEvent, CommentReplyEvent } from './comment-item.js';
import { discussionTypePolicies } from './discussion-type-policies.js';
import { discussionBaseStyles } from './discussion.styles.js';
import { newsDiscussionStyles } from './news-discussion.styles.js';
import './reactions-bar.js';
import './report-dialog.js';
import type { PiazzaNewsReportDialog } from './report-dialog.js';

type Thread = ArticleDiscussionQuery['articleComments']['edges'][number]['node'];
type NewComment = AddCommentMutation['addComment'];

/** A comment saved in the outbox without signal, shown in its place until it is sent. */
interface WaitingComment {
  key: string;
  parentId: string | null;
  body: string;
}

/** The `common` key the outbox lists a comment or reply under while it waits to be sent. */
export const NEWS_COMMENT_LABEL = 'outbox.label.newsComment';

/** Threads per page: most articles have fewer, so one request shows them all. */
const PAGE = 30;

/**
 * Puts a new comment where it belongs in the cached discussion: a reply at the end of its
 * thread, a thread at the end of the list when the list's last page is loaded (otherwise
 * it comes with that page); a visible one counts in the article's comment count.
 */
function addToCache(
  cache: ApolloCache,
  comment: NewComment,
  article: { id: string; locale: string },
): void {
  // The mutation's answer is in the cache already, replies (none) included.
  const ref = { __ref: cache.identify({ __typename: 'Comment', id: comment.id })! };
  if (comment.parentId) {
    cache.modify({
      id: cache.identify({ __typename: 'Comment', id: comment.parentId }),
      fields: { replies: (existing: readonly Reference[] = []) => [...existing, ref] },
    });
  } else {
    cache.modify({
      fields: {
        articleComments(existing, { storeFieldName }) {
          const list = existing as {
            edges: { cursor: string; node: Reference }[];
            pageInfo: { hasNextPage: boolean };
          };
          if (!storeFieldName.includes(`"${article.id}"`) || list.pageInfo.hasNextPage) {
            return existing;
          }
          const edge = { __typename: 'CommentEdge', cursor: '', node: ref };
          return { ...list, edges: [...list.edges, edge] };
        },
      },
    });
  }
  if (comment.status === 'VISIBLE') {
    cache.modify({
      id: cache.identify({ __typename: 'Article', ...article }),
      fields: { commentCount: (count: number) => count + 1 },
    });
  }
}

/**
 * An article's reactions and comments: the reactions bar, the threads oldest first with
 * their replies, and a form to comment. Loaded with its own code after the article shows,
 * so that reading never waits for it. Comments and replies go through the outbox (each
 * with its idempotency key), as a ticket's do: one written without signal shows as
 * waiting in its thread and is sent later, after which the shell fetches the discussion
 * again; input the server refuses stays in the form with the reason.
 */
export class PiazzaNewsDiscussion extends LitElement {
  static override styles = [buttonStyles, discussionBaseStyles, newsDiscussionStyles];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property({ attribute: 'article-id' }) articleId = '';
  /** The thread whose reply form is open. */
  @state() private replyingTo: string | undefined;
  /** What the last action achieved, announced and shown until the next one. */
  @state() private statusKey: string | undefined;
  @state() private waiting: readonly WaitingComment[] = [];
  private stopWatchingOutbox: (() => void) | undefined;
  @query('piazza-news-report-dialog') private readonly reportDialog?: PiazzaNewsReportDialog;
  @query('.status') private readonly status?: HTMLElement;

  private readonly l10n = new LocalizeController(this, 'news');
  private readonly query = new QueryController(this, {
    query: ArticleDiscussionDocument,
    client: () => this.portal?.client,
    variables: () => ({
      id: this.articleId,
      locale: this.l10n.language,
      first: PAGE,
      after: null as string | null,
    }),
    fetchPolicy: 'cache-and-network',
  });

  override connectedCallback(): void {
    (this.portal?.client.cache as InMemoryCache | undefined)?.policies.addTypePolicies(
      discussionTypePolicies,
    );
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingOutbox?.();
    this.stopWatchingOutbox = undefined;
  }

  override render() {
    const { t } = this.l10n;
    return this.query.render({
      pending: () =>
        html`<div
          class="skeleton"
          role="status"
          aria-busy="true"
          aria-label=${t('discussion.loading')}
        ></div>`,
      error: (error) =>
        html`<piazza-error-panel
          heading=${t('discussion.errorTitle')}
          message=${t(errorMessageKey(error))}
          retry-label=${t('common:actions.retry')}
          @piazza-retry=${() => this.query.refetch()}
        ></piazza-error-panel>`,
      complete: (data) => this.renderDiscussion(data),
    });
  }

  private renderDiscussion({ article, articleComments }: ArticleDiscussionQuery) {
    const { t } = this.l10n;
    if (!article) return nothing;
    const { edges, pageInfo } = articleComments;
    return html`<piazza-news-reactions
        article-id=${article.id}
        article-locale=${article.locale}
        .reactions=${article.reactions}
      ></piazza-news-reactions>
      <section
        aria-labelledby="comments-heading"
        @piazza-news-comment-reply=${this.openReply}
        @piazza-news-comment-report=${this.openReport}
        @piazza-news-comment-reported=${() => this.announce('discussion.report.sent')}
      >
        <h2 id="comments-heading">
          ${
            article.commentCount > 0
              ? t('discussion.heading', { count: article.commentCount })
              : t('discussion.headingNone')
          }
        </h2>
        ${edges.length === 0 ? html`<p class="muted">${t('discussion.empty')}</p>` : nothing}
        <ol class="threads">
          ${edges.map(({ node }) => this.renderThread(node))}
          ${this.waitingUnder(null).map(
            (comment) => html`<li class="thread">${this.renderWaiting(comment)}</li>`,
          )}
        </ol>
        ${pageInfo.hasNextPage ? this.renderMore(pageInfo.endCursor) : nothing}
        <p class="status ${this.statusKey ? '' : 'quiet'}" role="status" tabindex="-1">
          ${this.statusKey ? t(this.statusKey) : nothing}
        </p>
        <piazza-news-comment-form
          class="new"
          .label=${t('discussion.form.label')}
          .hint=${t('discussion.form.hint')}
          .submitLabel=${t('discussion.form.submit')}
          .send=${(text: string) => this.add(text, null)}
        ></piazza-news-comment-form>
        <piazza-news-report-dialog></piazza-news-report-dialog>
      </section>`;
  }

  private renderThread(thread: Thread) {
    const { t } = this.l10n;
    const replying = this.replyingTo === thread.id;
    const waiting = this.waitingUnder(thread.id);
    const count = thread.replies.length + waiting.length;
    return html`<li class="thread">
      <piazza-news-comment .comment=${thread} can-reply></piazza-news-comment>
      ${
        count > 0
          ? html`<ol class="replies" aria-label=${t('discussion.replies', { count })}>
              ${thread.replies.map(
                (reply) =>
                  html`<li><piazza-news-comment .comment=${reply}></piazza-news-comment></li>`,
              )}
              ${waiting.map((reply) => html`<li>${this.renderWaiting(reply)}</li>`)}
            </ol>`
          : nothing
      }
      ${
        replying
          ? html`<piazza-news-comment-form
              class="reply-form"
              .label=${t('discussion.form.replyLabel', {
                name: thread.author.displayName ?? t('common:person.formerMember'),
              })}
              .submitLabel=${t('discussion.form.replySubmit')}
              .send=${(text: string) => this.add(text, thread.id)}
              cancelable
              @piazza-news-comment-cancel=${() => this.closeReply(thread.id)}
            ></piazza-news-comment-form>`
          : nothing
      }
    </li>`;
  }

  private waitingUnder(parentId: string | null): readonly WaitingComment[] {
    return this.waiting.filter((comment) => comment.parentId === parentId);
  }

  private renderWaiting(comment: WaitingComment) {
    return html`<div class="waiting">
      <p class="muted">${this.l10n.t('discussion.comment.waiting')}</p>
      <p class="body">${comment.body}</p>
    </div>`;
  }

  private renderMore(after: string | null | undefined) {
    const { t } = this.l10n;
    return html`<div class="more">
      <button
        class="piazza-button"
        ?disabled=${this.query.loadingMore}
        @click=${() => this.query.fetchMore({ after: after ?? null })}
      >
        ${this.query.loadingMore ? t('discussion.loadingMore') : t('discussion.loadMore')}
      </button>
      ${this.query.moreFailed ? html`<p role="alert">${t('discussion.moreFailed')}</p>` : nothing}
    </div>`;
  }

  /** Rejects with the server's refusal of the first attempt, for the form to show. */
  private async add(body: string, parentId: string | null): Promise<void> {
    const portal = this.portal;
    const article = this.query.data?.article;
    if (portal === undefined || !article) return;
    const key = crypto.randomUUID();
    const outbox = await portal.outbox();
    const result = await outbox.send({
      key,
      mutation: AddCommentDocument,
      variables: { articleId: this.articleId, parentId, body, idempotencyKey: key },
      label: { key: NEWS_COMMENT_LABEL, values: { title: article.title } },
    });
    if (result.status === 'sent') {
      // The answer is in the cache already; it still has to join its thread.
      addToCache(portal.client.cache, result.data.addComment, article);
      const held = result.data.addComment.status === 'HELD';
      this.announce(held ? 'discussion.form.held' : 'discussion.form.published');
    } else {
      this.waiting = [...this.waiting, { key, parentId, body }];
      this.watchOutbox(outbox);
      this.announce('discussion.form.queued');
    }
    if (parentId) this.closeReply(parentId);
  }

  /**
   * Lets a waiting comment go once the outbox no longer holds it: sent, it comes back with
   * the discussion the shell fetches again; or the person gave it up.
   */
  private watchOutbox(outbox: Outbox): void {
    this.stopWatchingOutbox ??= outbox.subscribe(() => {
      const held = new Set(outbox.entries().map((entry) => entry.key));
      this.waiting = this.waiting.filter((comment) => held.has(comment.key));
    });
  }

  private async openReply(event: CommentReplyEvent): Promise<void> {
    this.replyingTo = event.commentId;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.reply-form')?.focus();
  }

  /** Closes a thread's reply form and gives focus back to its Reply button. */
  private async closeReply(threadId: string): Promise<void> {
    if (this.replyingTo !== threadId) return;
    this.replyingTo = undefined;
    await this.updateComplete;
    const item = [...this.renderRoot.querySelectorAll('piazza-news-comment')].find(
      (element) => element.comment?.id === threadId,
    );
    item?.shadowRoot?.querySelector<HTMLElement>('.reply')?.focus();
  }

  private openReport(event: CommentReportEvent): void {
    void this.reportDialog?.open(event.comment, event.opener);
  }

  private async announce(key: string): Promise<void> {
    this.statusKey = key;
    await this.updateComplete;
    if (key === 'discussion.report.sent') this.status?.focus();
  }
}

defineElement('piazza-news-discussion', PiazzaNewsDiscussion);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-discussion': PiazzaNewsDiscussion;
  }
}
