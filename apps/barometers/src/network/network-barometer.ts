import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
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
import { dataTableStyles, fieldStyles, screenStyles } from '@piazza/shared/screens';
import type { BarometerScopeInput, KpiStatus } from '@piazza/shared/graphql';
import {
  APP_ROUTE,
  comparisonOf,
  dealerPath,
  networkFiltersOf,
  pathWith,
  scopeParam,
  scopeSearch,
  type NetworkFilters,
} from '../barometers-routes.js';
import { downloadCsv } from '../ui/csv-download.js';
import {
  STATUS_SYMBOL,
  formatAttainment,
  cellUnit,
  formatDelta,
  formatKpiValue,
  statusLabel,
} from '../ui/kpi-format.js';
import { periodLabel } from '../ui/period-label.js';
import { placeName } from '../ui/place-name.js';
import { sparkline, trendDirection } from '../ui/sparkline.js';
import { statusStyles } from '../ui/status.styles.js';
import { BarometerChangeEvent } from '../ui/scope-bar.js';
import { BarometerPathEvent } from './barometer-path-event.js';
import { NetworkBarometerDocument } from './network-barometer.generated.js';
import {
  networkCsv,
  visibleRows,
  type Barometer,
  type BarometerKpi,
  type BarometerRow,
} from './network-rows.js';

type Cell = BarometerRow['cells'][number];

const STATUSES: readonly KpiStatus[] = ['MISSED', 'NEAR', 'MET', 'NO_DATA'];

/**
 * "My network": the children of a scope (a region's dealers, a country's regions, the
 * group's countries) against their KPIs' targets in a period, with the scope's roll-ups,
 * sorted and narrowed as the address says; a region drills down, a dealer opens its page.
 * A table on wide screens, a card per row on a phone.
 */
export class PiazzaNetworkBarometer extends LitElement {
  static override styles = [
    screenStyles,
    dataTableStyles,
    fieldStyles,
    buttonStyles,
    statusStyles,
    css`
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-m);
        align-items: end;
        margin-block-end: var(--piazza-space-m);
      }
      .toolbar .field {
        inline-size: min(100%, 16rem);
      }
      /* Positioned: the visually hidden words of the cells scroll with it, not the page. */
      .scroller {
        position: relative;
        overflow-x: auto;
      }
      .scroller:focus-visible {
        outline: 3px solid var(--piazza-color-focus);
      }
      caption {
        padding: var(--piazza-space-m);
        font-size: var(--piazza-font-size-title);
        font-weight: 600;
        text-align: start;
      }
      caption .muted {
        display: block;
        font-size: 1rem;
        font-weight: 400;
      }
      th[scope='col'] {
        min-inline-size: 9rem;
        vertical-align: bottom;
      }
      td {
        white-space: nowrap;
      }
      .rollup {
        background: var(--piazza-color-accent-surface);
        font-weight: 600;
      }
      .rollups {
        border-block-end: 3px double var(--piazza-color-border);
      }
      .line {
        display: block;
      }
      .sparkline {
        vertical-align: middle;
        color: var(--piazza-color-primary);
      }
      button.sort {
        display: inline-flex;
        gap: var(--piazza-space-xs);
        align-items: center;
        min-block-size: var(--piazza-target-size);
        padding: 0;
        border: none;
        background: none;
        color: var(--piazza-color-primary);
        font: inherit;
        font-weight: 600;
        text-align: start;
        cursor: pointer;
      }
      button.sort:focus-visible {
        outline: 3px solid var(--piazza-color-focus);
      }
      .cards {
        display: none;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .cards > li {
        margin-block-end: var(--piazza-space-m);
      }
      .cards dl {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: var(--piazza-space-xs) var(--piazza-space-m);
        margin: 0;
      }
      .cards dt {
        /* A long one-word name ("Gebrauchtwagenverkäufe") breaks rather than overlaps. */
        overflow-wrap: anywhere;
        hyphens: auto;
      }
      .cards dd {
        margin: 0;
        text-align: end;
      }
      @media (max-width: 40rem) {
        .scroller {
          display: none;
        }
        .cards {
          display: block;
        }
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;

  @property({ attribute: false }) scope?: BarometerScopeInput;
  @property() period = '';
  /** The address's parameters: the comparison, the sort and the filters. */
  @property({ attribute: false }) search = new URLSearchParams();

  /** The name being typed: the address follows once the field is left or Enter pressed. */
  @state() private typed: string | undefined;
  private readonly l10n = new LocalizeController(this, 'barometers');
  private readonly barometer = new QueryController(this, {
    query: NetworkBarometerDocument,
    client: () => this.portal?.client,
    variables: () => ({
      scope: this.scope!,
      period: this.period,
      compareTo: comparisonOf(this.search),
      locale: this.l10n.language,
    }),
    fetchPolicy: 'cache-and-network',
  });
  private announcedPath = '';

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('network.title')}</h1>
      ${this.barometer.render({
        pending: () =>
          html`<p role="status">${t('network.loading')}</p>
            <div class="skeleton"></div>`,
        error: (error) =>
          html`<piazza-error-panel
            heading=${t('network.failed')}
            message=${t(errorMessageKey(error))}
            retry-label=${t('common:actions.retry')}
            @piazza-retry=${() => void this.barometer.refetch()}
          ></piazza-error-panel>`,
        complete: ({ barometer }) => this.renderBarometer(barometer),
      })}`;
  }

  override updated(): void {
    this.announcePath();
  }

  /** The root's scope bar names the scope and the way up to it from the roll-ups. */
  private announcePath(): void {
    this.barometer.render({
      pending: () => undefined,
      error: () => undefined,
      complete: ({ barometer }) => {
        const scope = scopeParam(barometer.scope);
        const steps = [...barometer.rollups]
          .reverse()
          .map(({ level, id, name }) => ({ level, id: level === 'GROUP' ? null : id, name }))
          .map((step) => ({ ...step, name: placeName(step, this.l10n.language) }));
        const key = JSON.stringify(steps);
        if (key === this.announcedPath) return;
        this.announcedPath = key;
        this.dispatchEvent(new BarometerPathEvent(scope, steps));
      },
    });
  }

  private filters(): NetworkFilters {
    return networkFiltersOf(this.search);
  }

  private renderBarometer(barometer: Barometer) {
    const { t, language } = this.l10n;
    const filters = this.filters();
    const rows = visibleRows(barometer, { ...filters, q: this.typed ?? filters.q }, language);
    if (barometer.kpis.length === 0) return html`<p>${t('network.noKpis')}</p>`;
    const caption = t(`network.caption.${barometer.scope.level}`, {
      name: placeName(barometer.scope, language),
      period: periodLabel(barometer.period, language, t),
    });
    return html`${this.renderToolbar(barometer, rows)}
      <p role="status" class="muted">
        ${t('network.shown', { count: rows.length, total: barometer.rows.length })}
      </p>
      <div class="scroller" tabindex="0" role="region" aria-label=${caption}>
        <table>
          <caption>
            ${caption}
            <span class="muted"
              >${t('network.comparedWith', {
                period: periodLabel(barometer.comparisonPeriod, language, t),
              })}</span
            >
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort=${this.sortOrder('')}>
                ${this.sortButton('', t(`network.rowHeading.${barometer.scope.level}`))}
              </th>
              ${barometer.kpis.map(
                (kpi) =>
                  html`<th
                    scope="col"
                    aria-sort=${this.sortOrder(kpi.code)}
                    title=${kpi.description}
                  >
                    ${this.sortButton(kpi.code, kpi.name)}
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody class="rollups">
            ${barometer.rollups.map((row) => this.renderRow(barometer, row, true))}
          </tbody>
          <tbody>
            ${rows.map((row) => this.renderRow(barometer, row, false))}
          </tbody>
        </table>
      </div>
      ${this.renderCards(barometer, rows)}
      ${rows.length === 0 ? html`<p>${t('network.empty')}</p>` : null}`;
  }

  private renderToolbar(barometer: Barometer, rows: readonly BarometerRow[]) {
    const { t } = this.l10n;
    const filters = this.filters();
    return html`<form class="toolbar" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label for="q">${t('network.filters.search')}</label>
        <input
          id="q"
          type="search"
          .value=${this.typed ?? filters.q}
          @input=${(event: InputEvent) => {
            this.typed = (event.target as HTMLInputElement).value;
          }}
          @change=${(event: Event) =>
            this.change({ q: (event.target as HTMLInputElement).value.trim() || null })}
        />
      </div>
      <div class="field">
        <label for="status">${t('network.filters.status')}</label>
        <select
          id="status"
          @change=${(event: Event) =>
            this.change({ status: (event.target as HTMLSelectElement).value || null })}
        >
          <option value="" ?selected=${filters.status === ''}>${t('network.filters.all')}</option>
          ${STATUSES.map(
            (status) =>
              html`<option value=${status} ?selected=${filters.status === status}>
                ${t(`network.filters.statuses.${status}`)}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="sort">${t('network.filters.sort')}</label>
        <select
          id="sort"
          @change=${(event: Event) => this.sortBy((event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${filters.sort === ''}>${t('network.filters.byName')}</option>
          ${barometer.kpis.map(
            (kpi) =>
              html`<option value=${kpi.code} ?selected=${filters.sort === kpi.code}>
                ${t('network.filters.byKpi', { kpi: kpi.name })}
              </option>`,
          )}
        </select>
      </div>
      <button
        type="button"
        class="piazza-button download"
        @click=${() => this.download(barometer, rows)}
      >
        ${t('network.download')}
      </button>
    </form>`;
  }

  private sortOrder(code: string): 'ascending' | 'descending' | 'none' {
    const { sort, dir } = this.filters();
    if (sort !== code) return 'none';
    return dir === 'desc' ? 'descending' : 'ascending';
  }

  private sortButton(code: string, label: string) {
    const { sort, dir } = this.filters();
    const arrow = sort === code ? (dir === 'desc' ? '▼' : '▲') : '';
    return html`<button type="button" class="sort" @click=${() => this.sortBy(code, true)}>
      ${label}<span aria-hidden="true">${arrow}</span>
    </button>`;
  }

  /** From a heading, a second click turns the order round; from the picker, the usual order. */
  private sortBy(code: string, toggle = false): void {
    const { sort, dir } = this.filters();
    const usual = code ? 'desc' : 'asc';
    const next = toggle && sort === code ? (dir === 'desc' ? 'asc' : 'desc') : usual;
    this.change({ sort: code || null, dir: next === usual ? null : next });
  }

  private change(changes: Record<string, string | null>): void {
    if ('q' in changes) this.typed = undefined;
    this.dispatchEvent(new BarometerChangeEvent(changes));
  }

  private renderRow(barometer: Barometer, row: BarometerRow, rollup: boolean) {
    return html`<tr class=${rollup ? 'rollup' : ''}>
      <th scope="row">${this.rowName(row, rollup)}</th>
      ${barometer.kpis.map((kpi, index) => {
        const cell = row.cells[index]!;
        return html`<td data-label=${kpi.name}>${this.renderCell(barometer, kpi, cell)}</td>`;
      })}
    </tr>`;
  }

  /** A dealer opens its page; a region or a country drills down to its own barometer. */
  private rowName(row: BarometerRow, rollup: boolean) {
    const { t } = this.l10n;
    if (rollup)
      return t(`network.rollup.${row.level}`, { name: placeName(row, this.l10n.language) });
    const name = placeName(row, this.l10n.language);
    // Below the link: inside it, the link's flex layout would set it beside the name.
    const city = row.city ? html`<span class="line muted">${row.city}</span>` : null;
    const path =
      row.level === 'DEALER'
        ? pathWith(dealerPath(row.id), scopeSearch(this.search))
        : pathWith(APP_ROUTE, this.search, { scope: scopeParam(row) });
    return html`<a
        class="target-link"
        href=${this.portal?.href(path) ?? path}
        @click=${(event: MouseEvent) => this.portal && followInPortal(event, this.portal, path)}
        >${name}</a
      >${city}`;
  }

  private renderCell(barometer: Barometer, column: BarometerKpi, cell: Cell) {
    const { t, language } = this.l10n;
    const kpi = cellUnit(column, cell);
    return html`<span class="line"
        ><span class="kpi-status ${cell.status}"
          ><span aria-hidden="true">${STATUS_SYMBOL[cell.status]}</span>
          ${statusLabel(cell.status, t)}</span
        >
        ${formatAttainment(cell.attainment, language)}</span
      >
      <span class="line">${formatKpiValue(cell.actual, kpi, language)}</span>
      <span class="line muted"
        >${t('network.cell.target', { value: formatKpiValue(cell.target, kpi, language) })}</span
      >
      <span class="line"
        ><span class="visually-hidden"
          >${t('network.cell.delta', {
            period: periodLabel(barometer.comparisonPeriod, language, t),
          })}</span
        >
        ${formatDelta(cell.actual, cell.comparison, kpi, language)}</span
      >
      <span class="line"
        >${sparkline(cell.trend)}
        <span class="visually-hidden"
          >${t(`network.trend.${trendDirection(cell.trend)}`, { periods: cell.trend.length })}</span
        ></span
      >
      ${
        cell.rank === null || cell.rank === undefined
          ? null
          : html`<span class="line muted"
              >${t('network.cell.rank', { rank: cell.rank, of: cell.rankOf })}</span
            >`
      }`;
  }

  /** At phone width: a card per row, each KPI a term and its figures. */
  private renderCards(barometer: Barometer, rows: readonly BarometerRow[]) {
    const { t, language } = this.l10n;
    const card = (row: BarometerRow, rollup: boolean) =>
      html`<li class="card ${rollup ? 'rollup' : ''}">
        <h2>${this.rowName(row, rollup)}</h2>
        <dl>
          ${barometer.kpis.map((column, index) => {
            const cell = row.cells[index]!;
            const kpi = cellUnit(column, cell);
            return html`<dt>${column.name}</dt>
              <dd>
                <span class="kpi-status ${cell.status}"
                  ><span aria-hidden="true">${STATUS_SYMBOL[cell.status]}</span>
                  ${statusLabel(cell.status, t)}</span
                >
                ${formatAttainment(cell.attainment, language)}
                <span class="line">${formatKpiValue(cell.actual, kpi, language)}</span>
                <span class="line muted"
                  >${t('network.cell.target', {
                    value: formatKpiValue(cell.target, kpi, language),
                  })}</span
                >
                ${
                  cell.rank === null || cell.rank === undefined
                    ? null
                    : html`<span class="line muted"
                        >${t('network.cell.rank', { rank: cell.rank, of: cell.rankOf })}</span
                      >`
                }
              </dd>`;
          })}
        </dl>
      </li>`;
    return html`<ul class="cards" aria-label=${t('network.cardsLabel')}>
      ${barometer.rollups.map((row) => card(row, true))} ${rows.map((row) => card(row, false))}
    </ul>`;
  }

  private download(barometer: Barometer, rows: readonly BarometerRow[]): void {
    const { header, rows: lines } = networkCsv(barometer, rows, this.l10n.t);
    const scope = scopeParam(barometer.scope).replace(':', '-');
    downloadCsv(`barometer-${scope}-${barometer.period}.csv`, header, lines);
  }
}

defineElement('piazza-network-barometer', PiazzaNetworkBarometer);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-network-barometer': PiazzaNetworkBarometer;
  }
}
