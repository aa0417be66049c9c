import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
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
import type { ArticleCategory } from '@piazza/shared/graphql';
import app from '../../app.json' with { type: 'json' };
import { articleList, articleListSkeleton } from '../news-feed/article-list.js';
import { articleListStyles } from '../news-feed/article-list.styles.js';
import {
  NewsSearchDocument,
  type NewsSearchQuery,
  type NewsSearchQueryVariables,
} from './news-search.generated.js';

/** Pages as long as the feed's, so results look and page like it. */
const PAGE_SIZE = app.firstView.variables.first;

/** Fired when the reader asks to leave the search and see the whole feed again. */
export class NewsClearSearchEvent extends Event {
  constructor() {
    super('piazza-news-clear-search', { bubbles: true, composed: true });
  }
}

/**
 * The reader's articles that match a search, a category or a tag, in the reader's
 * language, newest first, a page at a time, under a line that says what was asked for
 * (the API gives no total) and a button that goes back to all the news.
 *
 * @example
 * ```html
 * <piazza-news-search-results search="voiture" category="SALES"></piazza-news-search-results>
 * ```
 *
 * @fires piazza-news-clear-search - when the reader presses "Clear search" / "All news"
 */
export class PiazzaNewsSearchResults extends LitElement {
  static override styles = [
    buttonStyles,
    articleListStyles,
    css`
      :host {
        display: block;
      }
      .summary {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--piazza-space-s) var(--piazza-space-m);
        margin-block-end: var(--piazza-space-l);
      }
      /* The button stays beside the words it clears, below them when they take the line. */
      .summary p {
        flex: 0 1 auto;
        max-inline-size: var(--piazza-reading-width);
        margin: 0;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  /** The words searched for, as the reader typed them (trimmed); empty for none. */
  @property() search = '';
  /** Only this category; empty for all. */
  @property() category: ArticleCategory | '' = '';
  /** Only this tag; empty for all. */
  @property() tag = '';

  private readonly l10n = new LocalizeController(this, 'news');
  private readonly results = new QueryController(this, {
    query: NewsSearchDocument,
    client: () => this.portal?.client,
    variables: (): NewsSearchQueryVariables => ({
      first: PAGE_SIZE,
      locale: this.l10n.language,
      search: this.search || null,
      category: this.category || null,
      tag: this.tag || null,
    }),
  });

  override render() {
    const { t } = this.l10n;
    // A new search (or language) is on its way: the previous results no longer answer it.
    const searching = this.results.loading && !this.results.loadingMore;
    return html`<div class="summary">
        <p role="status">${this.summary(searching)}</p>
        <button class="piazza-button" @click=${this.clear}>
          ${this.search ? t('search.clear') : t('filter.clear')}
        </button>
      </div>
      ${
        searching
          ? articleListSkeleton(this.summary(true))
          : this.results.render({
              pending: () => articleListSkeleton(this.summary(true)),
              complete: (data) => this.renderResults(data),
              error: (error) =>
                html`<piazza-error-panel
                  heading=${t('search.errorTitle')}
                  message=${t(errorMessageKey(error))}
                  retry-label=${t('common:actions.retry')}
                  @piazza-retry=${() => this.results.refetch()}
                ></piazza-error-panel>`,
            })
      }`;
  }

  private summary(searching: boolean): string {
    const { t } = this.l10n;
    const empty = this.results.data?.newsFeed.edges.length === 0;
    if (this.search) {
      const search = this.search;
      if (searching) return t('search.searching', { search });
      return empty ? t('search.empty', { search }) : t('search.resultsFor', { search });
    }
    // A category and a tag, as the feed shows them: "Sales · #ev".
    const what = [
      this.category && t(`common:categories.${this.category}`),
      this.tag && `#${this.tag}`,
    ]
      .filter(Boolean)
      .join(' · ');
    if (searching) return t('filter.loading', { what });
    return empty ? t('filter.empty', { what }) : t('filter.showing', { what });
  }

  private renderResults(data: NewsSearchQuery) {
    const { t, language } = this.l10n;
    if (data.newsFeed.edges.length === 0) return nothing;
    return articleList(data.newsFeed, {
      portal: this.portal,
      locale: language,
      pager: this.results,
      labels: {
        loadMore: t('search.loadMore'),
        loadingMore: t('search.loadingMore'),
        moreFailed: t('search.moreFailed'),
        end: t('search.end'),
      },
    });
  }

  private clear(): void {
    this.dispatchEvent(new NewsClearSearchEvent());
  }
}

defineElement('piazza-news-search-results', PiazzaNewsSearchResults);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-search-results': PiazzaNewsSearchResults;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-news-clear-search': NewsClearSearchEvent;
  }
}
