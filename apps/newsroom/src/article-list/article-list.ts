import { screenStyles } from '@piazza/shared/screens';
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  formatDate,
  formatTimestamp,
  languageName,
  portalContext,
  stackedTableStyles,
  type PortalContext,
  followInPortal,
} from '@piazza/shared';
import { timeZoneName } from '../ui/time-zone.js';
import type { ArticleStatus } from '@piazza/shared/graphql';
import { NEW_ARTICLE_PATH, articlePath, articlesPath } from '../newsroom-routes.js';
import {
  EditorialArticlesDocument,
  type EditorialArticlesQuery,
  type EditorialArticlesQueryVariables,
} from './article-list.generated.js';
import { articleListStyles } from './article-list.styles.js';

const PAGE_SIZE = 25;

/** The statuses an editor filters by, in the order of the workflow; '' is all of them. */
export const STATUS_FILTERS = [
  '',
  'DRAFT',
  'IN_REVIEW',
  'SCHEDULED',
  'PUBLISHED',
  'ARCHIVED',
] as const;

type Article = EditorialArticlesQuery['editorialArticles']['edges'][number]['node'];

function isStatus(value: string): value is ArticleStatus {
  return (STATUS_FILTERS as readonly string[]).includes(value) && value !== '';
}

/**
 * The articles of the editor's communities, the last changed first, filtered by status
 * (`newsroom?status=DRAFT`), a page at a time; each opens in the article editor.
 */
export class PiazzaNewsroomArticles extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    stackedTableStyles,
    articleListStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  /** The status shown, from the address (`?status=`); empty or unknown shows every status. */
  @property() status = '';

  private readonly l10n = new LocalizeController(this, 'newsroom');
  private readonly articles = new QueryController(this, {
    query: EditorialArticlesDocument,
    client: () => this.portal?.client,
    variables: (): EditorialArticlesQueryVariables => ({
      status: isStatus(this.status) ? this.status : null,
      first: PAGE_SIZE,
    }),
    fetchPolicy: 'cache-and-network',
  });

  override render() {
    const { t } = this.l10n;
    return html`<div class="heading">
        <h1>${t('list.title')}</h1>
        <a
          class="piazza-button piazza-button--primary"
          href=${this.portal?.href(NEW_ARTICLE_PATH) ?? ''}
          @click=${(event: MouseEvent) => followInPortal(event, this.portal, NEW_ARTICLE_PATH)}
          >${t('list.newArticle')}</a
        >
      </div>
      ${this.renderFilters()}
      <div aria-busy=${this.articles.loading ? 'true' : 'false'}>
        ${this.articles.render({
          pending: () =>
            html`<ul class="loading" aria-label=${t('list.loading')}>
              ${[0, 1, 2].map(() => html`<li class="skeleton"></li>`)}
            </ul>`,
          complete: (data) => this.renderArticles(data),
          error: (error) =>
            html`<piazza-error-panel
              heading=${t('list.errorTitle')}
              message=${t(errorMessageKey(error))}
              retry-label=${t('common:actions.retry')}
              @piazza-retry=${() => this.articles.refetch()}
            ></piazza-error-panel>`,
        })}
      </div>`;
  }

  private renderFilters() {
    const { t } = this.l10n;
    const current = isStatus(this.status) ? this.status : '';
    return html`<nav class="filters" aria-label=${t('list.filterLabel')}>
      <ul>
        ${STATUS_FILTERS.map((status) => {
          const path = articlesPath(status);
          return html`<li>
            <a
              href=${this.portal?.href(path) ?? ''}
              aria-current=${status === current ? 'page' : 'false'}
              @click=${(event: MouseEvent) => followInPortal(event, this.portal, path)}
              >${t(status ? `status.${status}` : 'list.all')}</a
            >
          </li>`;
        })}
      </ul>
    </nav>`;
  }

  private renderArticles(data: EditorialArticlesQuery) {
    const { t } = this.l10n;
    const { edges, pageInfo } = data.editorialArticles;
    if (edges.length === 0) {
      return html`<p class="status" role="status">
        ${
          isStatus(this.status)
            ? t('list.emptyStatus', { status: t(`status.${this.status}`) })
            : t('list.empty')
        }
      </p>`;
    }
    return html`<table>
        <thead>
          <tr>
            <th scope="col">${t('list.columns.title')}</th>
            <th scope="col">${t('list.columns.status')}</th>
            <th scope="col">${t('list.columns.languages')}</th>
            <th scope="col">${t('list.columns.publication')}</th>
            <th scope="col">${t('list.columns.updated')}</th>
          </tr>
        </thead>
        <tbody>
          ${edges.map(({ node }) => this.renderArticle(node))}
        </tbody>
      </table>
      <div class="more">
        ${this.articles.moreFailed ? html`<p role="alert">${t('list.moreFailed')}</p>` : nothing}
        ${
          pageInfo.hasNextPage
            ? html`<button
                class="piazza-button"
                ?disabled=${this.articles.loadingMore}
                @click=${() => this.articles.fetchMore({ after: pageInfo.endCursor })}
              >
                ${this.articles.loadingMore ? t('list.loadingMore') : t('list.loadMore')}
              </button>`
            : html`<p>${t('list.end')}</p>`
        }
      </div>`;
  }

  private renderArticle(article: Article) {
    const { t, language } = this.l10n;
    const original = article.versions.find((v) => v.locale === article.originalLocale);
    const path = articlePath(article.id);
    const outdated = article.versions.filter((version) => version.outdated).length;
    return html`<tr>
      <th scope="row">
        <a
          class="target-link"
          lang=${article.originalLocale}
          href=${this.portal?.href(path) ?? ''}
          @click=${(event: MouseEvent) => followInPortal(event, this.portal, path)}
          >${original?.title || t('list.untitled')}</a
        >
      </th>
      <td data-label=${t('list.columns.status')}>
        <span class="badge badge--${article.status.toLowerCase()}">
          ${t(`status.${article.status}`)}
        </span>
        ${
          article.mustRead
            ? html`<span class="badge badge--strong">${t('list.mustRead')}</span>`
            : nothing
        }
      </td>
      <td data-label=${t('list.columns.languages')}>
        ${article.versions.map((version) => languageName(version.locale, language)).join(', ')}
        ${
          outdated > 0
            ? html`<span class="badge badge--warning">
                ${t('list.outdated', { count: outdated })}
              </span>`
            : nothing
        }
      </td>
      <td data-label=${t('list.columns.publication')}>${this.renderPublication(article)}</td>
      <td data-label=${t('list.columns.updated')}>
        <time datetime=${article.updatedAt}>${formatDate(article.updatedAt, language)}</time>
      </td>
    </tr>`;
  }

  /** When it is (to be) published, on the clocks of the zone it was scheduled in. */
  private renderPublication(article: Article) {
    const { t, language } = this.l10n;
    if (!article.publishAt) return html`<span class="muted">${t('list.notScheduled')}</span>`;
    const zone = article.timeZone ?? undefined;
    return html`<time datetime=${article.publishAt}>
        ${formatTimestamp(article.publishAt, language, zone)}
      </time>
      ${
        zone
          ? html`<span class="zone muted">${timeZoneName(zone, language, article.publishAt)}</span>`
          : nothing
      }`;
  }
}

defineElement('piazza-newsroom-articles', PiazzaNewsroomArticles);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-articles': PiazzaNewsroomArticles;
  }
}
