import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
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
import { dataTableStyles, screenStyles } from '@piazza/shared/screens';
import { APP_ROUTE, pathWith, scopeSearch } from '../barometers-routes.js';
import { downloadCsv } from '../ui/csv-download.js';
import {
  STATUS_SYMBOL,
  attainmentOf,
  formatAttainment,
  formatKpiValue,
  formatRate,
  statusLabel,
} from '../ui/kpi-format.js';
import { periodLabel } from '../ui/period-label.js';
import { statusStyles } from '../ui/status.styles.js';
import {
  DealerBarometerDocument,
  type DealerBarometerQuery,
} from './dealer-barometer.generated.js';
import './kpi-chart.js';

type DealerBarometer = DealerBarometerQuery['dealerBarometer'];
type DealerKpi = DealerBarometer['kpis'][number];

/**
 * A dealer's page: each KPI's two years against target as a chart with its numbers as a
 * table, where the dealer stands in its region, the teams or people behind the figure,
 * its tickets by SLA state and how its people take part in the portal.
 */
export class PiazzaDealerBarometer extends LitElement {
  static override styles = [
    screenStyles,
    dataTableStyles,
    buttonStyles,
    statusStyles,
    css`
      header {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-m);
        align-items: baseline;
        justify-content: space-between;
        margin-block-end: var(--piazza-space-m);
      }
      section {
        margin-block-end: var(--piazza-space-l);
      }
      .current {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-s) var(--piazza-space-l);
        margin: 0 0 var(--piazza-space-m);
      }
      .current div {
        display: grid;
      }
      .current dt {
        color: var(--piazza-color-text-muted);
      }
      .current dd {
        margin: 0;
        font-weight: 600;
      }
      .facts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: var(--piazza-space-m);
      }
      .facts dl {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: var(--piazza-space-xs) var(--piazza-space-m);
        margin: 0;
      }
      .facts dd {
        margin: 0;
        font-weight: 600;
        text-align: end;
      }
      details {
        margin-block-start: var(--piazza-space-s);
      }
      summary {
        min-block-size: var(--piazza-target-size);
        color: var(--piazza-color-primary);
        font-weight: 600;
        cursor: pointer;
      }
      caption {
        padding: var(--piazza-space-s) var(--piazza-space-m);
        font-weight: 600;
        text-align: start;
      }
      .legend {
        display: flex;
        gap: var(--piazza-space-m);
        margin: 0;
        color: var(--piazza-color-text-muted);
      }
      .legend .actual {
        border-block-end: 2px solid var(--piazza-color-primary);
      }
      .legend .target {
        border-block-end: 2px dashed var(--piazza-color-text-muted);
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;

  @property({ attribute: 'dealer-id' }) dealerId = '';
  @property() period = '';
  /** The address's parameters: the way back keeps the network's scope and period. */
  @property({ attribute: false }) search = new URLSearchParams();

  private readonly l10n = new LocalizeController(this, 'barometers');
  private readonly barometer = new QueryController(this, {
    query: DealerBarometerDocument,
    client: () => this.portal?.client,
    variables: () => ({
      dealerId: this.dealerId,
      period: this.period,
      locale: this.l10n.language,
    }),
    fetchPolicy: 'cache-and-network',
  });

  override render() {
    const { t } = this.l10n;
    const back = pathWith(APP_ROUTE, scopeSearch(this.search));
    return html`<p>
        <a
          class="target-link"
          href=${this.portal?.href(back) ?? back}
          @click=${(event: MouseEvent) => this.portal && followInPortal(event, this.portal, back)}
          >← ${t('dealer.back')}</a
        >
      </p>
      ${this.barometer.render({
        pending: () =>
          html`<h1>${t('dealer.title')}</h1>
            <p role="status">${t('dealer.loading')}</p>
            <div class="skeleton"></div>`,
        error: (error) =>
          html`<h1>${t('dealer.title')}</h1>
            <piazza-error-panel
              heading=${t('dealer.failed')}
              message=${t(errorMessageKey(error))}
              retry-label=${t('common:actions.retry')}
              @piazza-retry=${() => void this.barometer.refetch()}
            ></piazza-error-panel>`,
        complete: ({ dealerBarometer }) => this.renderDealer(dealerBarometer),
      })}`;
  }

  private renderDealer(dealer: DealerBarometer) {
    const { t, language } = this.l10n;
    return html`<header>
        <div>
          <h1>${dealer.dealer.name}</h1>
          <p class="muted">
            ${t('dealer.place', {
              city: dealer.dealer.city,
              region: dealer.dealer.region.name,
              period: periodLabel(dealer.period, language, t),
            })}
          </p>
        </div>
        <button type="button" class="piazza-button download" @click=${() => this.download(dealer)}>
          ${t('dealer.download')}
        </button>
      </header>
      <div class="facts">${this.renderTickets(dealer)} ${this.renderEngagement(dealer)}</div>
      ${
        dealer.kpis.length === 0
          ? html`<p>${t('dealer.noKpis')}</p>`
          : dealer.kpis.map((kpi) => this.renderKpi(kpi))
      }`;
  }

  private renderTickets({ tickets }: DealerBarometer) {
    const { t, language } = this.l10n;
    return html`<section class="card" aria-labelledby="tickets">
      <h2 id="tickets">${t('dealer.tickets.title')}</h2>
      <dl>
        <dt>${t('dealer.tickets.openOnTrack')}</dt>
        <dd>${tickets.openOnTrack}</dd>
        <dt>${t('dealer.tickets.openAtRisk')}</dt>
        <dd>${tickets.openAtRisk}</dd>
        <dt>${t('dealer.tickets.openBreached')}</dt>
        <dd>${tickets.openBreached}</dd>
        <dt>${t('dealer.tickets.resolvedWithinSla')}</dt>
        <dd>
          ${formatRate(tickets.resolvedWithinSla, tickets.resolved, language)}
          <span class="muted"
            >${t('dealer.ofCount', { part: tickets.resolvedWithinSla, whole: tickets.resolved })}</span
          >
        </dd>
      </dl>
    </section>`;
  }

  private renderEngagement({ engagement }: DealerBarometer) {
    const { t, language } = this.l10n;
    const rate = (part: number, whole: number) =>
      html`${formatRate(part, whole, language)}
        <span class="muted">${t('dealer.ofCount', { part, whole })}</span>`;
    return html`<section class="card" aria-labelledby="engagement">
      <h2 id="engagement">${t('dealer.engagement.title')}</h2>
      <dl>
        <dt>${t('dealer.engagement.active')}</dt>
        <dd>${rate(engagement.activePeople, engagement.people)}</dd>
        <dt>${t('dealer.engagement.mustReads')}</dt>
        <dd>${rate(engagement.mustReadsAcknowledged, engagement.mustReadsExpected)}</dd>
        <dt>${t('dealer.engagement.sla')}</dt>
        <dd>${rate(engagement.ticketsResolvedWithinSla, engagement.ticketsResolved)}</dd>
      </dl>
    </section>`;
  }

  private renderKpi({ kpi, current, points, breakdown }: DealerKpi) {
    const { t, language } = this.l10n;
    const value = (v: number | null | undefined) => formatKpiValue(v, kpi, language);
    const headingId = `kpi-${kpi.code}`;
    return html`<section class="card" aria-labelledby=${headingId}>
      <h2 id=${headingId}>${kpi.name}</h2>
      <p class="muted">${kpi.description}</p>
      <dl class="current">
        <div>
          <dt>${t('dealer.current.status')}</dt>
          <dd>
            <span class="kpi-status ${current.status}"
              ><span aria-hidden="true">${STATUS_SYMBOL[current.status]}</span>
              ${statusLabel(current.status, t)}</span
            >
            ${formatAttainment(current.attainment, language)}
          </dd>
        </div>
        <div>
          <dt>${t('dealer.current.actual')}</dt>
          <dd>${value(current.actual)}</dd>
        </div>
        <div>
          <dt>${t('dealer.current.target')}</dt>
          <dd>${value(current.target)}</dd>
        </div>
        <div>
          <dt>${t('dealer.current.rank')}</dt>
          <dd>
            ${
              current.rank === null || current.rank === undefined
                ? '–'
                : t('dealer.current.rankOf', { rank: current.rank, of: current.rankOf })
            }
          </dd>
        </div>
      </dl>
      <p class="legend" aria-hidden="true">
        <span class="actual">${t('dealer.chart.actual')}</span>
        <span class="target">${t('dealer.chart.target')}</span>
      </p>
      <piazza-kpi-chart
        aria-hidden="true"
        .series=${{
          labels: points.map((point) => periodLabel(point.period, language, t, 'short')),
          actual: points.map((point) => point.actual ?? null),
          target: points.map((point) => point.target ?? null),
          format: (v: number) => value(v),
        }}
      ></piazza-kpi-chart>
      <details>
        <summary>${t('dealer.showTable')}</summary>
        <table>
          <caption>
            ${t('dealer.tableCaption', { kpi: kpi.name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('dealer.columns.period')}</th>
              <th scope="col">${t('dealer.columns.actual')}</th>
              <th scope="col">${t('dealer.columns.target')}</th>
            </tr>
          </thead>
          <tbody>
            ${points.map(
              (point) =>
                html`<tr>
                  <th scope="row">${periodLabel(point.period, language, t)}</th>
                  <td data-label=${t('dealer.columns.actual')}>${value(point.actual)}</td>
                  <td data-label=${t('dealer.columns.target')}>${value(point.target)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
      ${breakdown.length === 0 ? null : this.renderBreakdown(kpi, breakdown)}
    </section>`;
  }

  private renderBreakdown(kpi: DealerKpi['kpi'], rows: DealerKpi['breakdown']) {
    const { t, language } = this.l10n;
    return html`<details>
      <summary>${t(`dealer.breakdown.${kpi.breakdown}`)}</summary>
      <table>
        <caption>
          ${t('dealer.breakdown.caption', { kpi: kpi.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('dealer.columns.name')}</th>
            <th scope="col">${t('dealer.columns.actual')}</th>
            <th scope="col">${t('dealer.columns.target')}</th>
            <th scope="col">${t('dealer.columns.attainment')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.name}</th>
                <td data-label=${t('dealer.columns.actual')}>
                  ${formatKpiValue(row.actual, kpi, language)}
                </td>
                <td data-label=${t('dealer.columns.target')}>
                  ${formatKpiValue(row.target, kpi, language)}
                </td>
                <td data-label=${t('dealer.columns.attainment')}>
                  ${formatAttainment(attainmentOf(row, kpi.higherIsBetter), language)}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }

  /** Every KPI's monthly series as one CSV: raw numbers, a line per KPI and month. */
  private download(dealer: DealerBarometer): void {
    const { t } = this.l10n;
    downloadCsv(
      `barometer-${dealer.dealer.id}-${dealer.period}.csv`,
      [
        t('csv.kpiCode'),
        t('csv.kpi'),
        t('csv.period'),
        t('dealer.columns.actual'),
        t('dealer.columns.target'),
      ],
      dealer.kpis.flatMap(({ kpi, points }) =>
        points.map((point) => [
          kpi.code,
          kpi.name,
          point.period,
          point.actual ?? null,
          point.target ?? null,
        ]),
      ),
    );
  }
}

defineElement('piazza-dealer-barometer', PiazzaDealerBarometer);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-dealer-barometer': PiazzaDealerBarometer;
  }
}
