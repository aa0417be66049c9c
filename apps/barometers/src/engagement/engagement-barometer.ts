import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  countryName,
  defineElement,
  errorMessageKey,
  followInPortal,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { dataTableStyles, screenStyles } from '@piazza/shared/screens';
import type { BarometerScopeInput } from '@piazza/shared/graphql';
import { dealerPath } from '../barometers-routes.js';
import { downloadCsv } from '../ui/csv-download.js';
import { formatRate } from '../ui/kpi-format.js';
import { periodLabel } from '../ui/period-label.js';
import {
  EngagementBarometerDocument,
  type EngagementRowFieldsFragment,
} from './engagement-barometer.generated.js';
import { shareBar, shareBarStyles } from '../ui/share-bar.js';

type Row = EngagementRowFieldsFragment;

/** A rate's part and whole in a row: active people of all, acknowledged of expected… */
const RATES = {
  active: (row: Row) => [row.activePeople, row.people],
  mustReads: (row: Row) => [row.mustReadsAcknowledged, row.mustReadsExpected],
  sla: (row: Row) => [row.ticketsResolvedWithinSla, row.ticketsResolved],
} as const satisfies Record<string, (row: Row) => readonly [number, number]>;
type Rate = keyof typeof RATES;
const RATE_NAMES = Object.keys(RATES) as Rate[];

type SortKey = 'name' | 'people' | Rate;

/** A rate as a share, or null when nothing was expected (no "0 %" for an empty whole). */
function share(row: Row, rate: Rate): number | null {
  const [part, whole] = RATES[rate](row);
  return whole === 0 ? null : part / whole;
}

/** Sorts rows by a column; rows without a rate go last whichever the direction. */
function sortEngagementRows(rows: readonly Row[], key: SortKey, descending: boolean): Row[] {
  const value = (row: Row): number | string | null =>
    key === 'name' ? row.name : key === 'people' ? row.people : share(row, key);
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number);
    return descending ? -order : order;
  });
}

/**
 * The engagement barometer: for the children of a scope (a region's dealers, a country's
 * regions, the group's countries) and its roll-ups, how many people use the portal, how
 * many acknowledge the must-reads and how many tickets are resolved within their SLA, each
 * rate computed from its counts and drawn as a small bar beside the number. Sortable by any
 * column; a card per row on a phone; exported as CSV.
 */
export class PiazzaEngagementBarometer extends LitElement {
  static override styles = [
    screenStyles,
    dataTableStyles,
    buttonStyles,
    shareBarStyles,
    css`
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-m);
        justify-content: space-between;
        align-items: center;
        margin-block-end: var(--piazza-space-m);
      }
      th button {
        min-block-size: var(--piazza-target-size);
        padding: 0;
        border: none;
        background: none;
        color: inherit;
        font: inherit;
        font-weight: 700;
        text-align: start;
        cursor: pointer;
      }
      th button:focus-visible {
        outline: 3px solid var(--piazza-color-focus);
      }
      .rollup {
        background: var(--piazza-color-accent-surface);
      }
      .counts {
        display: block;
        color: var(--piazza-color-text-muted);
        font-size: 0.875em;
      }
      .rate {
        white-space: nowrap;
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property({ attribute: false }) scope: BarometerScopeInput | undefined;
  @property() period = '';
  @property({ attribute: false }) search = new URLSearchParams();
  @state() private sortKey: SortKey = 'name';
  @state() private descending = false;

  private readonly l10n = new LocalizeController(this, 'barometers');
  private readonly engagement = new QueryController(this, {
    query: EngagementBarometerDocument,
    client: () => (this.scope && this.period ? this.portal?.client : undefined),
    variables: () => ({
      scope: { level: this.scope!.level, id: this.scope!.id ?? null, brandId: this.scope!.brandId },
      period: this.period,
    }),
    fetchPolicy: 'cache-and-network',
  });

  override render() {
    const { t } = this.l10n;
    if (!this.scope || !this.period) return html`<p>${t('engagement.noScope')}</p>`;
    return this.engagement.render({
      pending: () =>
        html`<h1>${t('engagement.title')}</h1>
          <div class="skeleton" aria-busy="true"></div>`,
      complete: ({ engagementBarometer }) => this.renderBarometer(engagementBarometer),
      error: (error) =>
        html`<h1>${t('engagement.title')}</h1>
          <piazza-error-panel
            heading=${t('engagement.loadFailed')}
            message=${t(errorMessageKey(error))}
            retry-label=${t('common:actions.retry')}
            @piazza-retry=${() => void this.engagement.refetch()}
          ></piazza-error-panel>`,
    });
  }

  private renderBarometer(barometer: {
    scope: { name: string };
    period: string;
    rows: readonly Row[];
    rollups: readonly Row[];
  }) {
    const { t, language } = this.l10n;
    const period = periodLabel(barometer.period, language, t);
    const rows = sortEngagementRows(barometer.rows, this.sortKey, this.descending);
    return html`<h1>${t('engagement.title')}</h1>
      <div class="toolbar">
        <p class="muted">${t('engagement.intro')}</p>
        <button
          class="piazza-button"
          ?disabled=${rows.length === 0}
          @click=${() => this.exportCsv(barometer, rows)}
        >
          ${t('engagement.export')}
        </button>
      </div>
      ${
        rows.length === 0
          ? html`<p>${t('engagement.empty')}</p>`
          : html`<table>
              <caption class="visually-hidden">
                ${t('engagement.caption', { scope: barometer.scope.name, period })}
              </caption>
              <thead>
                <tr>
                  ${this.renderHeading('name')} ${this.renderHeading('people')}
                  ${RATE_NAMES.map((rate) => this.renderHeading(rate))}
                </tr>
              </thead>
              <tbody>
                ${barometer.rollups.map((row) => this.renderRow(row, true))}
              </tbody>
              <tbody>
                ${rows.map((row) => this.renderRow(row, false))}
              </tbody>
            </table>`
      }`;
  }

  /** A column heading that sorts by it; pressed again, the other way round. */
  private renderHeading(key: SortKey) {
    const { t } = this.l10n;
    const sorted = this.sortKey === key;
    const sort = sorted ? (this.descending ? 'descending' : 'ascending') : 'none';
    return html`<th scope="col" aria-sort=${sort}>
      <button
        @click=${() => {
          this.descending = sorted ? !this.descending : key !== 'name';
          this.sortKey = key;
        }}
      >
        ${t(`engagement.columns.${key}`)}${sorted ? (this.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>`;
  }

  private renderRow(row: Row, rollup: boolean) {
    const { t, language } = this.l10n;
    const count = new Intl.NumberFormat(language);
    const name =
      row.level === 'DEALER' && !rollup
        ? html`<a
            href=${this.portal?.href(dealerPath(row.id)) ?? ''}
            @click=${(event: MouseEvent) => followInPortal(event, this.portal, dealerPath(row.id))}
            >${row.name}</a
          >`
        : row.level === 'COUNTRY'
          ? countryName(row.id, language, row.name)
          : row.name;
    return html`<tr class=${rollup ? 'rollup' : ''}>
      <th scope="row">
        ${name} ${rollup ? html`<span class="badge">${t('engagement.total')}</span>` : nothing}
      </th>
      <td data-label=${t('engagement.columns.people')}>${count.format(row.people)}</td>
      ${RATE_NAMES.map((rate) => {
        const [part, whole] = RATES[rate](row);
        return html`<td data-label=${t(`engagement.columns.${rate}`)}>
          <span class="rate"
            >${shareBar(share(row, rate))}${formatRate(part, whole, language)}</span
          >
          <span class="counts"
            >${t(`engagement.counts.${rate}`, {
              part: count.format(part),
              whole: count.format(whole),
            })}</span
          >
        </td>`;
      })}
    </tr>`;
  }

  /** The table as shown (roll-ups first, rows in their order), counts raw, rates as fractions. */
  private exportCsv(barometer: { period: string; rollups: readonly Row[] }, rows: Row[]): void {
    const { t } = this.l10n;
    const header = [
      t('engagement.csv.level'),
      t('engagement.csv.id'),
      t('engagement.columns.name'),
      t('engagement.columns.people'),
      t('engagement.csv.activePeople'),
      t('engagement.columns.active'),
      t('engagement.csv.mustReadsExpected'),
      t('engagement.csv.mustReadsAcknowledged'),
      t('engagement.columns.mustReads'),
      t('engagement.csv.ticketsResolved'),
      t('engagement.csv.ticketsResolvedWithinSla'),
      t('engagement.columns.sla'),
    ];
    const lines = [...barometer.rollups, ...rows].map((row) => [
      row.level,
      row.id,
      row.name,
      row.people,
      row.activePeople,
      share(row, 'active'),
      row.mustReadsExpected,
      row.mustReadsAcknowledged,
      share(row, 'mustReads'),
      row.ticketsResolved,
      row.ticketsResolvedWithinSla,
      share(row, 'sla'),
    ]);
    const scope = this.scope?.id ?? this.scope?.brandId ?? 'group';
    downloadCsv(`engagement-${scope}-${barometer.period}.csv`, header, lines);
  }
}

defineElement('piazza-engagement-barometer', PiazzaEngagementBarometer);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-engagement-barometer': PiazzaEngagementBarometer;
  }
}
