import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { CombinedGraphQLErrors } from '@apollo/client';
import {
  downloadFile,
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { ArticleReachDocument, type ArticleReachQuery } from './article-reach.generated.js';
import { articleReachStyles } from './article-reach.styles.js';
import { PollController } from './poll-controller.js';
import { reachCsv, reachFileName, share, type Reach } from './reach-figures.js';
import {
  localizedCountries,
  notAcknowledgedTable,
  reachFormat,
  reachTable,
  type ReachFormat,
} from './reach-tables.js';

/** How often the numbers are asked for again while the panel is in the page. */
export const REACH_POLL_MS = 30_000;

/** The server says the viewer reads the article but does not edit it: nothing to show. */
function isForbidden(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.['code'] === 'FORBIDDEN';
}

/**
 * For the editors of an article (and admins): how many of the people it is meant for
 * opened it and, for a must-read, acknowledged it, in all and by country, region and
 * dealer; who has not acknowledged yet, downloadable as CSV. The numbers refresh every
 * 30 seconds while the panel is in the page. Renders nothing for a viewer the server
 * refuses (FORBIDDEN).
 */
export class PiazzaNewsArticleReach extends LitElement {
  static override styles = [buttonStyles, articleReachStyles];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: 'article-id' }) articleId = '';
  /** A must-read shows acknowledgements and who is missing. */
  @property({ type: Boolean, attribute: 'must-read' }) mustRead = false;
  /** Milliseconds between two refreshes, read when the element connects. */
  @property({ attribute: false }) pollInterval = REACH_POLL_MS;
  @state() private refreshing = false;
  @state() private updatedAt: Date | undefined;
  private shownReach: ArticleReachQuery | undefined;

  private readonly l10n = new LocalizeController(this, 'news');
  private readonly query = new QueryController(this, {
    query: ArticleReachDocument,
    client: () => this.portal?.client,
    variables: () => ({ id: this.articleId }),
    fetchPolicy: 'cache-and-network',
  });
  private readonly poll = new PollController(this, {
    every: () => this.pollInterval,
    run: () => {
      if (!isForbidden(this.query.error)) void this.query.refetch();
    },
  });

  override render() {
    const { t } = this.l10n;
    return this.query.render({
      pending: () =>
        this.section(
          html`<div role="status" aria-busy="true" aria-label=${t('reach.loading')}>
            <div class="skeleton"></div>
            <div class="skeleton"></div>
          </div>`,
        ),
      complete: ({ articleReach }) => this.section(this.renderReach(articleReach)),
      error: (error) =>
        isForbidden(error)
          ? nothing
          : this.section(
              html`<piazza-error-panel
                heading=${t('reach.errorTitle')}
                message=${t(errorMessageKey(error))}
                retry-label=${t('common:actions.retry')}
                @piazza-retry=${() => this.query.refetch()}
              ></piazza-error-panel>`,
            ),
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const data = this.query.data;
    if (data !== undefined && data !== this.shownReach) {
      this.shownReach = data;
      this.updatedAt = new Date();
    }
  }

  private section(content: unknown) {
    return html`<section class="reach" aria-labelledby="reach-heading">
      <h2 id="reach-heading">${this.l10n.t('reach.title')}</h2>
      ${content}
    </section>`;
  }

  private renderReach(reach: Reach) {
    const { t, language } = this.l10n;
    const format = reachFormat(t, language);
    const time = this.updatedAt
      ? new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(this.updatedAt)
      : '';
    return html`${this.renderTotals(reach, format)}
      <div class="actions">
        <button class="piazza-button refresh" ?disabled=${this.refreshing} @click=${this.refresh}>
          ${this.refreshing ? t('reach.refreshing') : t('reach.refresh')}
        </button>
        <p class="updated">${t('reach.updatedAt', { time })}</p>
      </div>
      ${reachTable({
        caption: t('reach.byCountry'),
        nameColumn: t('reach.columns.country'),
        groups: localizedCountries(reach.byCountry, language),
        mustRead: this.mustRead,
        format,
      })}
      ${this.details(
        t('reach.byRegionSummary', { count: reach.byRegion.length }),
        reachTable({
          caption: t('reach.byRegion'),
          nameColumn: t('reach.columns.region'),
          groups: reach.byRegion,
          mustRead: this.mustRead,
          format,
        }),
      )}
      ${this.details(
        t('reach.byDealerSummary', { count: reach.byDealer.length }),
        reachTable({
          caption: t('reach.byDealer'),
          nameColumn: t('reach.columns.dealer'),
          groups: reach.byDealer,
          mustRead: this.mustRead,
          format,
        }),
      )}
      ${this.mustRead ? this.renderNotAcknowledged(reach, format) : nothing}`;
  }

  private renderTotals(reach: Reach, format: ReachFormat) {
    const { t } = format;
    const figure = (label: string, count: number) =>
      html`<div>
        <dt>${label}</dt>
        <dd>
          <strong>${format.percent.format(share(count, reach.audience))}</strong>
          <span>
            ${t('reach.ofAudience', {
              number: format.count.format(count),
              audience: format.count.format(reach.audience),
            })}
          </span>
        </dd>
      </div>`;
    return html`<dl class="totals">
      <div>
        <dt>${t('reach.audience')}</dt>
        <dd>
          <strong>${format.count.format(reach.audience)}</strong>
          <span>${t('reach.people', { count: reach.audience })}</span>
        </dd>
      </div>
      ${figure(t('reach.opened'), reach.opened)}
      ${this.mustRead ? figure(t('reach.acknowledged'), reach.acknowledged) : nothing}
    </dl>`;
  }

  private renderNotAcknowledged(reach: Reach, format: ReachFormat) {
    const { t } = format;
    return html`<section class="missing" aria-labelledby="missing-heading">
      <h3 id="missing-heading">${t('reach.notAcknowledged.title')}</h3>
      <button class="piazza-button download" @click=${() => this.download(reach)}>
        ${t('reach.download')}
      </button>
      ${
        reach.notAcknowledged.length === 0
          ? notAcknowledgedTable(reach, format)
          : this.details(
              t('reach.notAcknowledged.summary', { count: reach.notAcknowledged.length }),
              notAcknowledgedTable(reach, format),
            )
      }
    </section>`;
  }

  private details(summary: string, content: unknown) {
    return html`<details>
      <summary>${summary}</summary>
      ${content}
    </details>`;
  }

  private async refresh(): Promise<void> {
    this.refreshing = true;
    try {
      await this.query.refetch();
    } finally {
      this.refreshing = false;
    }
  }

  private download(reach: Reach): void {
    downloadFile({
      fileName: reachFileName(this.articleId, new Date()),
      text: reachCsv(reach, this.l10n.t, this.l10n.language),
      type: 'text/csv;charset=utf-8',
    });
  }
}

defineElement('piazza-news-article-reach', PiazzaNewsArticleReach);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-article-reach': PiazzaNewsArticleReach;
  }
}
