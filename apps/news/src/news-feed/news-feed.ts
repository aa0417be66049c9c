import { LitElement, html, nothing } from 'lit';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import app from '../../app.json' with { type: 'json' };
import type { NewsOpenArticleEvent } from '../news-card/news-card.js';
import '../news-card/news-card.js';
import '../must-read/must-read-section.js';
import {
  NewsFeedDocument,
  type NewsFeedQuery,
  type NewsFeedQueryVariables,
} from './news-feed.generated.js';
import { newsFeedStyles } from './news-feed.styles.js';

/**
 * The page size is part of the first screen the server may embed (app.json's firstView):
 * the same variables, so the embedded result answers this query.
 */
const PAGE_SIZE = app.firstView.variables.first;
/** Cards in the first row or two get their picture eagerly: they are the first paint. */
const EAGER_CARDS = 3;

/** The reader's news, newest first, a page at a time. */
export class PiazzaNewsFeed extends LitElement {
  static override styles = [buttonStyles, newsFeedStyles];

  @consume({ context: portalContext }) portal?: PortalContext;

  private readonly l10n = new LocalizeController(this, 'news');
  private readonly feed = new QueryController(this, {
    query: NewsFeedDocument,
    client: () => this.portal?.client,
    variables: (): NewsFeedQueryVariables => ({ first: PAGE_SIZE, locale: this.l10n.language }),
  });

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('feed.title')}</h1>
      ${this.feed.render({
        pending: () => this.renderSkeleton(),
        complete: (data) => this.renderFeed(data),
        error: (error) =>
          html`<piazza-error-panel
            heading=${t('feed.errorTitle')}
            message=${t(errorMessageKey(error))}
            retry-label=${t('common:actions.retry')}
            @piazza-retry=${() => this.feed.refetch()}
          ></piazza-error-panel>`,
      })}`;
  }

  private readonly openArticle = (event: NewsOpenArticleEvent): void =>
    this.portal?.navigate(`news/${event.articleId}`);

  private renderSkeleton() {
    return html`<ul aria-busy="true" aria-label=${this.l10n.t('feed.loading')}>
      ${[0, 1, 2].map(() => html`<li class="skeleton"></li>`)}
    </ul>`;
  }

  private renderFeed(data: NewsFeedQuery) {
    const { t, language } = this.l10n;
    const { edges, pageInfo } = data.newsFeed;
    const mustReads = html`<piazza-news-must-read-section
      .articles=${data.mustReads}
      .locale=${language}
      @piazza-news-open-article=${this.openArticle}
    ></piazza-news-must-read-section>`;
    if (edges.length === 0)
      return html`${mustReads}
        <p class="empty">${t('feed.empty')}</p>`;
    return html`${mustReads}
      <ul>
        ${edges.map(
          ({ node }, index) =>
            html`<li>
              <piazza-news-card
                .article=${node}
                .href=${this.portal?.href(`news/${node.id}`) ?? ''}
                .locale=${language}
                ?eager=${index < EAGER_CARDS}
                @piazza-news-open-article=${this.openArticle}
              ></piazza-news-card>
            </li>`,
        )}
      </ul>
      <div class="more">
        ${this.feed.moreFailed ? html`<p role="alert">${t('feed.moreFailed')}</p>` : nothing}
        ${
          pageInfo.hasNextPage
            ? html`<button
                class="piazza-button"
                ?disabled=${this.feed.loadingMore}
                @click=${() => this.feed.fetchMore({ after: pageInfo.endCursor ?? null })}
              >
                ${this.feed.loadingMore ? t('feed.loadingMore') : t('feed.loadMore')}
              </button>`
            : html`<p>${t('feed.end')}</p>`
        }
      </div>`;
  }
}

defineElement('piazza-news-feed', PiazzaNewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-feed': PiazzaNewsFeed;
  }
}
