import { LitElement, html, nothing } from 'lit';
import { consume } from '@lit/context';
import { query, state } from 'lit/decorators.js';
import type { ApolloCache, InMemoryCache, Reference, TypePolicies } from '@apollo/client';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import './moderation-item.js';
import type { CommentModeratedEvent } from './moderation-item.js';
import {
  ModerationQueueDocument,
  type ModerationQueueQuery,
} from './moderation-queue.generated.js';
import { moderationQueueStyles } from './moderation-queue.styles.js';

type Queue = ModerationQueueQuery['moderationQueue'];

const PAGE_SIZE = 20;

/** One queue per language of the titles, growing as pages come. */
const queueTypePolicies: TypePolicies = {
  ModerationItem: { keyFields: false },
  Query: {
    fields: {
      moderationQueue: {
        keyArgs: ['locale'],
        merge(existing: Queue | undefined, incoming: Queue, { args }): Queue {
          if (existing === undefined || !args?.['after']) return incoming;
          return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
        },
      },
    },
  },
};

/** A decided comment leaves every cached queue, which counts one less. */
function dropFromQueue(cache: ApolloCache, commentId: string): void {
  const ref = cache.identify({ __typename: 'Comment', id: commentId });
  cache.modify({
    fields: {
      moderationQueue(existing, { readField }) {
        const queue = existing as { edges: { node: Reference }[]; total: number };
        const edges = queue.edges.filter(
          (edge) => readField<Reference>('comment', edge.node)?.__ref !== ref,
        );
        const gone = queue.edges.length - edges.length;
        return { ...queue, edges, total: queue.total - gone };
      },
    },
  });
}

/**
 * The moderation queue: the comments on the articles of the editor's communities that
 * wait for a decision (held by a rule, or reported), the longest waiting first. Each
 * decided comment leaves the list at once, and what was done is announced.
 */
export class PiazzaNewsroomModerationQueue extends LitElement {
  static override styles = [buttonStyles, moderationQueueStyles];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @state() private statusKey: string | undefined;
  @query('.status') private readonly status?: HTMLElement;

  private readonly l10n = new LocalizeController(this, 'newsroom');
  private readonly queue = new QueryController(this, {
    query: ModerationQueueDocument,
    client: () => this.portal?.client,
    variables: () => ({
      locale: this.l10n.language,
      first: PAGE_SIZE,
      after: null as string | null,
    }),
    fetchPolicy: 'cache-and-network',
  });

  override connectedCallback(): void {
    (this.portal?.client.cache as InMemoryCache | undefined)?.policies.addTypePolicies(
      queueTypePolicies,
    );
    super.connectedCallback();
  }

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('moderation.title')}</h1>
      <p class="intro">${t('moderation.intro')}</p>
      <p class="status ${this.statusKey ? '' : 'quiet'}" role="status" tabindex="-1">
        ${this.statusKey ? t(this.statusKey) : nothing}
      </p>
      ${this.queue.render({
        pending: () =>
          html`<div
            class="skeleton"
            role="status"
            aria-busy="true"
            aria-label=${t('moderation.loading')}
          ></div>`,
        error: (error) =>
          html`<piazza-error-panel
            heading=${t('moderation.errorTitle')}
            message=${t(errorMessageKey(error))}
            retry-label=${t('common:actions.retry')}
            @piazza-retry=${() => this.queue.refetch()}
          ></piazza-error-panel>`,
        complete: ({ moderationQueue }) => this.renderQueue(moderationQueue),
      })}`;
  }

  private renderQueue({ total, edges, pageInfo }: Queue) {
    const { t } = this.l10n;
    if (edges.length === 0) return html`<p class="empty">${t('moderation.empty')}</p>`;
    return html`<p class="total">${t('moderation.total', { count: total })}</p>
      <ol @piazza-newsroom-comment-moderated=${this.onModerated}>
        ${edges.map(
          ({ node }) =>
            html`<li>
              <piazza-newsroom-moderation-item .item=${node}></piazza-newsroom-moderation-item>
            </li>`,
        )}
      </ol>
      ${
        pageInfo.hasNextPage
          ? html`<div class="more">
              <button
                class="piazza-button"
                ?disabled=${this.queue.loadingMore}
                @click=${() => this.queue.fetchMore({ after: pageInfo.endCursor ?? null })}
              >
                ${this.queue.loadingMore ? t('moderation.loadingMore') : t('moderation.loadMore')}
              </button>
              ${
                this.queue.moreFailed
                  ? html`<p role="alert">${t('moderation.moreFailed')}</p>`
                  : nothing
              }
            </div>`
          : nothing
      }`;
  }

  private async onModerated(event: CommentModeratedEvent): Promise<void> {
    const cache = this.portal?.client.cache;
    if (cache) dropFromQueue(cache, event.commentId);
    this.statusKey = event.decision === 'APPROVE' ? 'moderation.approved' : 'moderation.hidden';
    // The card that had focus is gone: the confirmation takes it.
    await this.updateComplete;
    this.status?.focus();
  }
}

defineElement('piazza-newsroom-moderation-queue', PiazzaNewsroomModerationQueue);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-moderation-queue': PiazzaNewsroomModerationQueue;
  }
}
