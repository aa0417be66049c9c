import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController, defineElement } from '@piazza/shared';
import { fieldStyles } from '@piazza/shared/screens';
import type { BarometerComparison, BarometerScopeInput } from '@piazza/shared/graphql';
import {
  formatBarometerPeriod,
  lastCompletePeriod,
  parseBarometerPeriod,
  shiftPeriod,
  trailingPeriods,
  type BarometerPeriodKind,
} from '../../../../shared/src/barometers/periods.js';
import type { BarometerScopesQuery } from '../barometer-scopes.generated.js';
import { compareParam, scopeParam } from '../barometers-routes.js';
import { periodLabel } from './period-label.js';
import { placeName } from './place-name.js';

type ScopeOption = BarometerScopesQuery['barometerScopes'][number];

/** A part of the network on the way to the scope shown, broadest first. */
export interface ScopeStep {
  level: ScopeOption['level'];
  id: string | null;
  name: string;
}

/** How many periods the picker offers: two years of months, or of quarters. */
const PICKER_PERIODS: Record<BarometerPeriodKind, number> = { MONTH: 24, QUARTER: 8 };

/**
 * Changes the address's parameters (null removes one): the root follows the new address,
 * so that every choice of the bar is shareable and the browser's back button undoes it.
 */
export class BarometerChangeEvent extends Event {
  constructor(readonly changes: Record<string, string | null>) {
    super('barometer-change', { bubbles: true, composed: true });
  }
}

/**
 * The part of the network and the period the barometers show: the brand (for admins, who
 * see every brand), the scope among the person's (with the way drilled down to it), the
 * month or quarter and, for the network, the period to compare with.
 */
export class PiazzaBarometerScopeBar extends LitElement {
  static override styles = [
    fieldStyles,
    css`
      :host {
        display: block;
        margin-block-end: var(--piazza-space-l);
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-m);
        align-items: end;
      }
      label {
        display: grid;
        gap: var(--piazza-space-xs);
        font-weight: 600;
      }
      select {
        min-block-size: var(--piazza-target-size);
      }
      nav ol {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-xs);
        margin: var(--piazza-space-s) 0 0;
        padding: 0;
        list-style: none;
      }
      nav li + li::before {
        content: '›';
        margin-inline-end: var(--piazza-space-xs);
        color: var(--piazza-color-text-muted);
      }
      button.link {
        min-block-size: var(--piazza-target-size);
        padding: 0;
        border: none;
        background: none;
        color: var(--piazza-color-primary);
        font: inherit;
        text-decoration: underline;
        cursor: pointer;
      }
      button.link:focus-visible {
        outline: 3px solid var(--piazza-color-focus);
        outline-offset: 2px;
      }
    `,
  ];

  /** The scopes the person may open, broadest first. */
  @property({ attribute: false }) scopes: readonly ScopeOption[] = [];
  @property({ attribute: false }) scope?: BarometerScopeInput;
  /** From the shown barometer: the scope's parents then the scope (a drilled-down region). */
  @property({ attribute: false }) path: readonly ScopeStep[] = [];
  @property() period = '';
  /** Unset: the screen compares with nothing, the bar asks nothing about it. */
  @property({ attribute: false }) comparison?: BarometerComparison;
  /**
   * The screen counts what happens as it happens (engagement, the voice of the network),
   * unlike KPIs, which arrive once a month is over: the running period is offered too.
   */
  @property({ type: Boolean }) live = false;

  private readonly l10n = new LocalizeController(this, 'barometers');

  override render() {
    const { t } = this.l10n;
    return html`<form aria-label=${t('scopeBar.label')} @submit=${(e: Event) => e.preventDefault()}>
        ${this.renderBrand()} ${this.renderScope()} ${this.renderPeriod()}
        ${this.renderComparison()}
      </form>
      ${this.renderPath()}`;
  }

  private brands() {
    const brands = new Map(this.scopes.map((scope) => [scope.brand.id, scope.brand.name]));
    return [...brands];
  }

  /** Only for those who see more than one brand: admins. */
  private renderBrand() {
    const brands = this.brands();
    if (brands.length < 2) return null;
    return html`<label
      >${this.l10n.t('scopeBar.brand')}
      <select
        name="brand"
        @change=${(event: Event) => this.chooseBrand((event.target as HTMLSelectElement).value)}
      >
        ${brands.map(
          ([id, name]) =>
            html`<option value=${id} ?selected=${id === this.scope?.brandId}>${name}</option>`,
        )}
      </select></label
    >`;
  }

  private renderScope() {
    const { t } = this.l10n;
    const current = this.scope ? scopeParam(this.scope) : '';
    const options = this.scopes.filter((scope) => scope.brand.id === this.scope?.brandId);
    const listed = options.some((scope) => scopeParam(scope) === current);
    const drilled = this.path.at(-1);
    return html`<label
      >${t('scopeBar.scope')}
      <select
        name="scope"
        @change=${(event: Event) =>
          this.dispatchEvent(
            new BarometerChangeEvent({ scope: (event.target as HTMLSelectElement).value }),
          )}
      >
        ${
          listed || !drilled
            ? null
            : html`<option value=${current} selected>${this.scopeName(drilled)}</option>`
        }
        ${options.map(
          (scope) =>
            html`<option value=${scopeParam(scope)} ?selected=${scopeParam(scope) === current}>
              ${this.scopeName(scope)}
            </option>`,
        )}
      </select></label
    >`;
  }

  private scopeName(scope: ScopeStep | ScopeOption): string {
    const name = placeName(scope, this.l10n.language);
    return this.l10n.t(`scopeBar.levels.${scope.level}`, { name });
  }

  /**
   * Whether the person may open a step of the path: a scope of theirs, or inside one (an
   * admin's group holds every country). A region manager sees the country's roll-up, but
   * the country's barometer is not theirs to open.
   */
  private opens(step: ScopeStep): boolean {
    const broadest = this.path.findIndex((candidate) =>
      this.scopes.some(
        (scope) =>
          scope.brand.id === this.scope?.brandId && scopeParam(scope) === scopeParam(candidate),
      ),
    );
    return broadest >= 0 && this.path.indexOf(step) >= broadest;
  }

  private renderPeriod() {
    const { t, language } = this.l10n;
    const chosen = parseBarometerPeriod(this.period);
    const kind = chosen?.kind ?? 'MONTH';
    const today = new Date().toISOString().slice(0, 10);
    const complete = lastCompletePeriod(kind, today);
    const newest = this.live ? shiftPeriod(complete, -1) : complete;
    const running = this.live ? formatBarometerPeriod(newest) : undefined;
    const periods = trailingPeriods(newest, PICKER_PERIODS[kind])
      .map(formatBarometerPeriod)
      .reverse();
    // A shared link may name a period older than the picker's: keep it choosable.
    if (!periods.includes(this.period)) periods.push(this.period);
    return html`<label
        >${t('scopeBar.periodKind')}
        <select
          name="periodKind"
          @change=${(event: Event) => this.chooseKind((event.target as HTMLSelectElement).value)}
        >
          ${(['MONTH', 'QUARTER'] as const).map(
            (option) =>
              html`<option value=${option} ?selected=${option === kind}>
                ${t(`scopeBar.kinds.${option}`)}
              </option>`,
          )}
        </select></label
      >
      <label
        >${t('scopeBar.period')}
        <select
          name="period"
          @change=${(event: Event) =>
            this.dispatchEvent(
              new BarometerChangeEvent({ period: (event.target as HTMLSelectElement).value }),
            )}
        >
          ${periods.map(
            (period) =>
              html`<option value=${period} ?selected=${period === this.period}>
                ${
                  period === running
                    ? t('scopeBar.soFar', { period: periodLabel(period, language, t) })
                    : periodLabel(period, language, t)
                }
              </option>`,
          )}
        </select></label
      >`;
  }

  private renderComparison() {
    if (this.comparison === undefined) return null;
    const { t } = this.l10n;
    return html`<label
      >${t('scopeBar.compare')}
      <select
        name="compare"
        @change=${(event: Event) =>
          this.dispatchEvent(
            new BarometerChangeEvent({
              compare: compareParam(
                (event.target as HTMLSelectElement).value as BarometerComparison,
              ),
            }),
          )}
      >
        ${(['PREVIOUS_PERIOD', 'SAME_PERIOD_LAST_YEAR'] as const).map(
          (option) =>
            html`<option value=${option} ?selected=${option === this.comparison}>
              ${t(`scopeBar.comparisons.${option}`)}
            </option>`,
        )}
      </select></label
    >`;
  }

  /** The way down to a drilled scope, each step going back up to it. */
  private renderPath() {
    if (this.path.length < 2) return null;
    const { t } = this.l10n;
    return html`<nav aria-label=${t('scopeBar.path')}>
      <ol>
        ${this.path.map((step, index) =>
          index === this.path.length - 1 || !this.opens(step)
            ? html`<li aria-current=${index === this.path.length - 1 ? 'location' : 'false'}>
                ${this.scopeName(step)}
              </li>`
            : html`<li>
                <button
                  type="button"
                  class="link"
                  @click=${() =>
                    this.dispatchEvent(new BarometerChangeEvent({ scope: scopeParam(step) }))}
                >
                  ${this.scopeName(step)}
                </button>
              </li>`,
        )}
      </ol>
    </nav>`;
  }

  private chooseBrand(brandId: string): void {
    const broadest = this.scopes.find((scope) => scope.brand.id === brandId);
    this.dispatchEvent(
      new BarometerChangeEvent({
        brand: brandId,
        scope: broadest ? scopeParam(broadest) : null,
      }),
    );
  }

  /** The same moment in the other kind: October 2026 becomes 2026-Q4 and back (its last month). */
  private chooseKind(kind: string): void {
    const chosen = parseBarometerPeriod(this.period);
    if (!chosen || chosen.kind === kind) return;
    const period =
      kind === 'QUARTER'
        ? { kind: 'QUARTER' as const, year: chosen.year, index: Math.ceil(chosen.index / 3) }
        : { kind: 'MONTH' as const, year: chosen.year, index: chosen.index * 3 };
    this.dispatchEvent(new BarometerChangeEvent({ period: formatBarometerPeriod(period) }));
  }
}

defineElement('piazza-barometer-scope-bar', PiazzaBarometerScopeBar);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-barometer-scope-bar': PiazzaBarometerScopeBar;
  }
}
