import { LitElement, html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  followInPortal,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import app from '../../app.json' with { type: 'json' };
import type { NewsOpenArticleEvent } from '../news-card/news-card.js';
import './article-section.js';
import { CATEGORIES, feedPath, isFiltered, NO_FILTER, type FeedFilter } from '../news-route.js';
import { articleList, articleListSkeleton } from './article-list.js';
import { articleListStyles } from './article-list.styles.js';
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
/** The server refuses longer searches (BAD_USER_INPUT); the field stops the reader first. */
const MAX_SEARCH_LENGTH = 100;

/**
 * The reader's news, newest first, a page at a time, with a search field and the
 * categories above it; while a search, a category or a tag is chosen, its results
 * replace the feed and the must-read section.
 */
export class PiazzaNewsFeed extends LitElement {
  static override styles = [buttonStyles, articleListStyles, newsFeedStyles];

  @consume({ context: portalContext }) portal?: PortalContext;
  /** What narrows the feed, from the address (`news?q=…&category=…&tag=…`). */
  @property({ attribute: false }) filter: FeedFilter = NO_FILTER;
  @query('input[type="search"]') private input!: HTMLInputElement;

  private readonly l10n = new LocalizeController(this, 'news');
  // Watched during a search too: the server's embedded first view answers it on a reload,
  // and clearing the search shows the feed at once from the cache.
  private readonly feed = new QueryController(this, {
    query: NewsFeedDocument,
    client: () => this.portal?.client,
    variables: (): NewsFeedQueryVariables => ({ first: PAGE_SIZE, locale: this.l10n.language }),
  });
  /** The search results' code could not be loaded (offline, or a redeploy removed it). */
  @state() private searchFailed = false;

  override willUpdate(): void {
    // Search results load when someone first searches: the feed paints sooner without them.
    if (isFiltered(this.filter)) {
      import('../news-search/news-search-results.js').catch(() => {
        this.searchFailed = true;
      });
    }
  }

  override updated(): void {
    // The pulse surveys' card loads once the feed has painted: neither its code nor its
    // query holds the first view back. When its code cannot load, the feed goes without it.
    if (this.feed.data && !isFiltered(this.filter)) {
      import('../pulse/pulse-card.js').catch(() => undefined);
    }
  }

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('feed.title')}</h1>
      <form role="search" @submit=${this.submit}>
        <label for="search">${t('search.label')}</label>
        <div class="search-row">
          <input
            id="search"
            name="q"
            type="search"
            maxlength=${MAX_SEARCH_LENGTH}
            autocomplete="off"
            enterkeyhint="search"
            .value=${this.filter.search}
          />
          <button class="piazza-button piazza-button--primary">${t('search.submit')}</button>
        </div>
      </form>
      ${this.renderTopics()}
      ${
        isFiltered(this.filter) && this.searchFailed
          ? html`<p role="alert">${t('common:errors.network')}</p>`
          : isFiltered(this.filter)
            ? html`<piazza-news-search-results
                .search=${this.filter.search}
                .category=${this.filter.category}
                .tag=${this.filter.tag}
                @piazza-news-clear-search=${this.clearSearch}
              ></piazza-news-search-results>`
            : this.feed.render({
                pending: () => articleListSkeleton(t('feed.loading')),
                complete: (data) => this.renderFeed(data),
                error: (error) =>
                  html`<piazza-error-panel
                    heading=${t('feed.errorTitle')}
                    message=${t(errorMessageKey(error))}
                    retry-label=${t('common:actions.retry')}
                    @piazza-retry=${() => this.feed.refetch()}
                  ></piazza-error-panel>`,
              })
      }`;
  }

  /** The categories as links (the current one marked), and the tag chosen, if any. */
  private renderTopics() {
    const { t } = this.l10n;
    const link = (filter: FeedFilter, label: string, current: boolean) =>
      html`<li>
        <a
          href=${this.portal?.href(feedPath(filter)) ?? '#'}
          aria-current=${current ? 'page' : 'false'}
          @click=${(event: MouseEvent) => this.follow(event, filter)}
          >${label}</a
        >
      </li>`;
    return html`<nav class="topics" aria-label=${t('filter.categories')}>
        <ul>
          ${link({ ...this.filter, category: '' }, t('filter.all'), this.filter.category === '')}
          ${CATEGORIES.map((category) =>
            link(
              { ...this.filter, category },
              t(`common:categories.${category}`),
              this.filter.category === category,
            ),
          )}
        </ul>
      </nav>
      ${
        this.filter.tag
          ? html`<p class="tag-filter">
              <span>#${this.filter.tag}</span>
              <a
                href=${this.portal?.href(feedPath({ ...this.filter, tag: '' })) ?? '#'}
                @click=${(event: MouseEvent) => this.follow(event, { ...this.filter, tag: '' })}
                >${t('filter.removeTag', { tag: this.filter.tag })}</a
              >
            </p>`
          : ''
      }`;
  }

  private follow(event: MouseEvent, filter: FeedFilter): void {
    followInPortal(event, this.portal, feedPath(filter));
  }

  private readonly openArticle = (event: NewsOpenArticleEvent): void =>
    this.portal?.navigate(`news/${event.articleId}`);

  private renderFeed(data: NewsFeedQuery) {
    const { t, language } = this.l10n;
    const sections = html`<piazza-news-article-section
        class="must-reads"
        accent
        heading=${t('mustRead.heading', { count: data.mustReads.length })}
        .articles=${data.mustReads}
        .locale=${language}
        @piazza-news-open-article=${this.openArticle}
      ></piazza-news-article-section>
      <piazza-news-pulse-card></piazza-news-pulse-card>
      <piazza-news-article-section
        class="pinned"
        heading=${t('feed.pinned')}
        .articles=${data.pinnedArticles}
        .locale=${language}
        @piazza-news-open-article=${this.openArticle}
      ></piazza-news-article-section>`;
    if (data.newsFeed.edges.length === 0 && data.pinnedArticles.length === 0)
      return html`${sections}
        <p class="empty">${t('feed.empty')}</p>`;
    return html`${sections}
    ${articleList(data.newsFeed, {
      portal: this.portal,
      locale: language,
      pager: this.feed,
      labels: {
        loadMore: t('feed.loadMore'),
        loadingMore: t('feed.loadingMore'),
        moreFailed: t('feed.moreFailed'),
        end: t('feed.end'),
      },
    })}`;
  }

  /** A search is a new history entry: back returns to the feed or the previous search. */
  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const search = this.input.value.trim();
    if (search !== this.filter.search) this.portal?.navigate(feedPath({ ...this.filter, search }));
  }

  private readonly clearSearch = (): void => {
    this.portal?.navigate(feedPath(NO_FILTER));
    // The button pressed is gone: the reader goes on from the field, ready for new words.
    this.input.focus();
  };
}

defineElement('piazza-news-feed', PiazzaNewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-feed': PiazzaNewsFeed;
  }
}
