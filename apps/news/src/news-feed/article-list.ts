import { html, nothing } from 'lit';
import type { PortalContext } from '@piazza/shared';
import type { ArticleSummaryFieldsFragment } from '../news-article.fragment.generated.js';
import type { NewsOpenArticleEvent } from '../news-card/news-card.js';
import '../news-card/news-card.js';

/** Cards in the first row or two get their picture eagerly: they are the first paint. */
const EAGER_CARDS = 3;

/** One page or more of a connection of articles, as the feed and the search ask for it. */
export interface ArticlePage {
  edges: readonly { node: ArticleSummaryFieldsFragment }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** What the "show more" button drives: a QueryController over such a connection. */
export interface ArticlePager {
  readonly loadingMore: boolean;
  readonly moreFailed: boolean;
  fetchMore(variables: { after: string | null }): Promise<void>;
}

/** The texts below the cards, in the words of the list they end. */
export interface ArticleListLabels {
  loadMore: string;
  loadingMore: string;
  moreFailed: string;
  end: string;
}

export interface ArticleListOptions {
  portal: PortalContext | undefined;
  locale: string;
  pager: ArticlePager;
  labels: ArticleListLabels;
}

/**
 * The cards of a list of articles and its "show more" button: one look for the feed and
 * for search results. Styled by `articleListStyles`.
 */
export function articleList(page: ArticlePage, options: ArticleListOptions) {
  const { portal, locale, pager, labels } = options;
  const open = (event: NewsOpenArticleEvent) => portal?.navigate(`news/${event.articleId}`);
  const { endCursor, hasNextPage } = page.pageInfo;
  return html`<ul>
      ${page.edges.map(
        ({ node }, index) =>
          html`<li>
            <piazza-news-card
              .article=${node}
              .href=${portal?.href(`news/${node.id}`) ?? ''}
              .locale=${locale}
              ?eager=${index < EAGER_CARDS}
              @piazza-news-open-article=${open}
            ></piazza-news-card>
          </li>`,
      )}
    </ul>
    <div class="more">
      ${pager.moreFailed ? html`<p role="alert">${labels.moreFailed}</p>` : nothing}
      ${
        hasNextPage
          ? html`<button
              class="piazza-button"
              ?disabled=${pager.loadingMore}
              @click=${() => pager.fetchMore({ after: endCursor })}
            >
              ${pager.loadingMore ? labels.loadingMore : labels.loadMore}
            </button>`
          : html`<p>${labels.end}</p>`
      }
    </div>`;
}

/** Grey cards where the articles will be, with a label for screen readers. */
export function articleListSkeleton(label: string) {
  return html`<ul aria-busy="true" aria-label=${label}>
    ${[0, 1, 2].map(() => html`<li class="skeleton"></li>`)}
  </ul>`;
}
