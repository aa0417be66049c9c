import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  countryName,
  defineElement,
  errorMessageKey,
  languageName,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { dataTableStyles, fieldStyles, screenStyles } from '@piazza/shared/screens';
import type { WebVitalName } from '@piazza/shared/graphql';
import { downloadCsv } from '../ui/csv-download.js';
import { NO_VALUE } from '../ui/kpi-format.js';
import { BarometerChangeEvent } from '../ui/scope-bar.js';
import { statusStyles } from '../ui/status.styles.js';
import {
  PortalHealthDocument,
  PortalHealthFiltersDocument,
  type PortalHealthQuery,
  type VitalsRowFieldsFragment,
} from './portal-health.generated.js';
import { sparkline } from '../ui/sparkline.js';
import { RATING_SYMBOL, VITAL_NAMES, formatVital, rateVital, vitalTrend } from './vitals-rating.js';

type Health = PortalHealthQuery['portalHealth'];
type VitalsRow = VitalsRowFieldsFragment;
const DIMENSIONS = ['byApp', 'byLocale', 'byCountry', 'byDay'] as const;
type Dimension = (typeof DIMENSIONS)[number];
const DAY_CHOICES = [1, 7, 28, 90];
const DEFAULT_DAYS = 28;

/** The filters the address holds: `?days=28&app=news&locale=de&country=DE`. */
function healthFiltersOf(search: URLSearchParams) {
  const days = Number(search.get('days'));
  return {
    days: Number.isInteger(days) && days >= 1 && days <= 90 ? days : DEFAULT_DAYS,
    app: search.get('app') || null,
    locale: search.get('locale') || null,
    countryCode: search.get('country') || null,
  };
}

const vitalOf = (row: VitalsRow, name: WebVitalName) =>
  row[name.toLowerCase() as 'lcp' | 'inp' | 'cls' | 'ttfb'];

/**
 * Portal health, for admins: the 75th percentile of each Core Web Vital people met in their
 * own browsers, by app, language, country and day, each rated good, needs improvement or
 * poor (symbol and words beside the colour), with the number of samples behind it. The
 * filters are in the address, so a view can be shared; every table exports as CSV.
 */
export class PiazzaPortalHealth extends LitElement {
  static override styles = [
    screenStyles,
    fieldStyles,
    dataTableStyles,
    buttonStyles,
    statusStyles,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-m);
        align-items: end;
        margin-block-end: var(--piazza-space-l);
      }
      form .field {
        inline-size: min(100%, 12rem);
      }
      section {
        margin-block-end: var(--piazza-space-l);
      }
      .vital {
        white-space: nowrap;
      }
      .trends {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: var(--piazza-space-m);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .trends li {
        display: grid;
        gap: var(--piazza-space-xs);
        padding: var(--piazza-space-m);
        border-radius: var(--piazza-radius);
        background: var(--piazza-color-surface-raised);
        box-shadow: var(--piazza-shadow-card);
      }
      .trends .sparkline {
        inline-size: 100%;
        block-size: auto;
        color: var(--piazza-color-primary);
      }
      .trends path {
        vector-effect: non-scaling-stroke;
        stroke-width: 2px;
      }
      .rating {
        display: block;
        font-weight: 700;
      }
      .GOOD {
        color: var(--barometer-met);
      }
      .NEEDS_IMPROVEMENT {
        color: var(--barometer-near);
      }
      .POOR {
        color: var(--piazza-color-danger);
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property({ attribute: false }) search = new URLSearchParams();

  private readonly l10n = new LocalizeController(this, 'barometers');
  private readonly health = new QueryController(this, {
    query: PortalHealthDocument,
    client: () => this.portal?.client,
    variables: () => healthFiltersOf(this.search),
    fetchPolicy: 'cache-and-network',
  });
  private readonly filters = new QueryController(this, {
    query: PortalHealthFiltersDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('health.title')}</h1>
      <p class="muted">${t('health.intro')}</p>
      ${this.renderFilters()}
      ${this.health.render({
        pending: () => html`<div class="skeleton" aria-busy="true"></div>`,
        complete: ({ portalHealth }) => this.renderHealth(portalHealth),
        error: (error) =>
          html`<piazza-error-panel
            heading=${t('health.loadFailed')}
            message=${t(errorMessageKey(error))}
            retry-label=${t('common:actions.retry')}
            @piazza-retry=${() => void this.health.refetch()}
          ></piazza-error-panel>`,
      })}`;
  }

  private renderFilters() {
    const { t, language } = this.l10n;
    const chosen = healthFiltersOf(this.search);
    // The person's apps, those measured, and the one the address names (a shared link).
    const measured = this.health.data?.portalHealth.byApp.map((row) => row.key) ?? [];
    const apps = [
      ...new Set([
        ...(this.portal?.session.apps ?? []),
        'shell',
        ...measured,
        chosen.app ?? 'shell',
      ]),
    ].sort();
    const locales = this.filters.data?.translationLocales.map((locale) => locale.code) ?? [];
    const countries = this.filters.data?.countries ?? [];
    const select = (
      name: string,
      value: string | null,
      options: readonly { value: string; label: string }[],
    ) =>
      html`<div class="field">
        <label for=${name}>${t(`health.filters.${name}`)}</label>
        <select id=${name} @change=${this.onFilter(name)}>
          <option value="" ?selected=${!value}>${t('health.filters.all')}</option>
          ${options.map(
            (option) =>
              html`<option value=${option.value} ?selected=${option.value === value}>
                ${option.label}
              </option>`,
          )}
        </select>
      </div>`;
    return html`<form @submit=${(event: Event) => event.preventDefault()}>
      <div class="field">
        <label for="days">${t('health.filters.days')}</label>
        <select id="days" @change=${this.onFilter('days')}>
          ${DAY_CHOICES.map(
            (days) =>
              html`<option value=${days} ?selected=${days === chosen.days}>
                ${t('health.lastDays', { count: days })}
              </option>`,
          )}
        </select>
      </div>
      ${select(
        'app',
        chosen.app,
        apps.map((app) => ({ value: app, label: this.appName(app) })),
      )}
      ${select(
        'locale',
        chosen.locale,
        locales.map((code) => ({ value: code, label: languageName(code, language) })),
      )}
      ${select(
        'country',
        chosen.countryCode,
        countries.map(({ code, name }) => ({
          value: code,
          label: countryName(code, language, name),
        })),
      )}
    </form>`;
  }

  private onFilter(name: string) {
    return (event: Event) => {
      const value = (event.target as HTMLSelectElement).value;
      this.dispatchEvent(
        new BarometerChangeEvent({
          [name]: name === 'days' && value === String(DEFAULT_DAYS) ? null : value || null,
        }),
      );
    };
  }

  private renderHealth(health: Health) {
    const { t, language } = this.l10n;
    const samples = health.byDay.reduce((sum, row) => sum + row.samples, 0);
    const range = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).formatRange(new Date(`${health.from}T00:00:00Z`), new Date(`${health.to}T00:00:00Z`));
    return html`<div class="toolbar actions">
        <p>
          ${t('health.summary', { range, count: samples, samples: new Intl.NumberFormat(language).format(samples) })}
        </p>
        <button
          class="piazza-button"
          ?disabled=${samples === 0}
          @click=${() => this.exportCsv(health)}
        >
          ${t('health.export')}
        </button>
      </div>
      ${
        samples === 0
          ? html`<p>${t('health.empty')}</p>`
          : html`${this.renderTrends(health.byDay)}
            ${DIMENSIONS.map((dimension) => this.renderTable(dimension, health[dimension]))}`
      }`;
  }

  /** Each vital's p75 day by day, as a line for the eye and in words for everyone. */
  private renderTrends(days: readonly VitalsRow[]) {
    const { t } = this.l10n;
    return html`<section class="trend" aria-labelledby="trend-heading">
      <h2 id="trend-heading">${t('health.trend.title')}</h2>
      <ul class="trends">
        ${VITAL_NAMES.map((name) => {
          const values = days.map((row) => vitalOf(row, name));
          return html`<li>
            <strong>${t(`health.vitals.${name}`)}</strong>
            ${sparkline(values)}
            <span>${t(`health.trend.${vitalTrend(values)}`)}</span>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderTable(dimension: Dimension, rows: readonly VitalsRow[]) {
    const { t } = this.l10n;
    const heading = t(`health.dimensions.${dimension}`);
    return html`<section aria-labelledby="${dimension}-heading">
      <h2 id="${dimension}-heading">${heading}</h2>
      <table>
        <caption class="visually-hidden">
          ${heading}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t(`health.keys.${dimension}`)}</th>
            <th scope="col">${t('health.samples')}</th>
            ${VITAL_NAMES.map((name) => html`<th scope="col">${t(`health.vitals.${name}`)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${this.keyLabel(dimension, row.key)}</th>
                <td data-label=${t('health.samples')}>
                  ${new Intl.NumberFormat(this.l10n.language).format(row.samples)}
                </td>
                ${VITAL_NAMES.map((name) => this.renderVital(name, vitalOf(row, name)))}
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private renderVital(name: WebVitalName, value: number | null) {
    const { t, language } = this.l10n;
    if (value === null) return html`<td data-label=${t(`health.vitals.${name}`)}>${NO_VALUE}</td>`;
    const rating = rateVital(name, value);
    return html`<td data-label=${t(`health.vitals.${name}`)} class="vital">
      ${formatVital(name, value, language)}
      <span class="rating ${rating}"
        >${RATING_SYMBOL[rating]} ${t(`health.ratings.${rating}`)}</span
      >
    </td>`;
  }

  private appName(app: string): string {
    return app === 'shell'
      ? this.l10n.t('health.shellApp')
      : this.l10n.t(`common:apps.${app}`, { defaultValue: app });
  }

  private keyLabel(dimension: Dimension, key: string): string {
    const { language } = this.l10n;
    switch (dimension) {
      case 'byApp':
        return this.appName(key);
      case 'byLocale':
        return languageName(key, language);
      case 'byCountry':
        return countryName(key, language);
      case 'byDay':
        return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
          new Date(`${key}T00:00:00Z`),
        );
    }
  }

  /** Every table in one file: a dimension column, raw p75 values and their ratings. */
  private exportCsv(health: Health): void {
    const { t } = this.l10n;
    const header = [
      t('health.csv.dimension'),
      t('health.csv.key'),
      t('health.samples'),
      ...VITAL_NAMES.flatMap((name) => [
        t(`health.vitals.${name}`),
        t('health.csv.rating', { vital: name }),
      ]),
    ];
    const lines = DIMENSIONS.flatMap((dimension) =>
      health[dimension].map((row) => [
        t(`health.dimensions.${dimension}`),
        row.key,
        row.samples,
        ...VITAL_NAMES.flatMap((name) => {
          const value = vitalOf(row, name);
          return [value, value === null ? null : t(`health.ratings.${rateVital(name, value)}`)];
        }),
      ]),
    );
    downloadCsv(`portal-health-${health.from}-${health.to}.csv`, header, lines);
  }
}

defineElement('piazza-portal-health', PiazzaPortalHealth);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-portal-health': PiazzaPortalHealth;
  }
}
