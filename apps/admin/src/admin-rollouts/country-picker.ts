import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { countryName } from '../labels.js';
import { formStyles, screenStyles } from '../ui/admin.styles.js';
import { errorPanel, loadingRows } from '../ui/states.js';
import { AdminCountriesDocument } from './admin-countries.generated.js';

/** Fired when a country is ticked or unticked. */
export class CountryToggledEvent extends Event {
  readonly code: string;
  constructor(code: string) {
    super('piazza-admin-country-toggled', { bubbles: true, composed: true });
    this.code = code;
  }
}

/**
 * A checkbox per country of the network, by name in the reader's language.
 *
 * @fires piazza-admin-country-toggled - when a country is ticked or unticked
 */
export class PiazzaAdminCountryPicker extends LitElement {
  static override styles = [
    screenStyles,
    formStyles,
    css`
      .countries {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
        column-gap: var(--piazza-space-m);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  /** The codes of the ticked countries. */
  @property({ attribute: false }) chosen: ReadonlySet<string> = new Set();

  private readonly l10n = new LocalizeController(this, 'admin');
  private readonly source = new QueryController(this, {
    query: AdminCountriesDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });

  override render() {
    const { t, language } = this.l10n;
    return this.source.render({
      pending: () => loadingRows(t('rolloutForm.loadingCountries'), 1),
      complete: ({ countries }) => {
        const names = new Map(
          countries.map((country) => [country.code, countryName(country, language)]),
        );
        const sorted = [...names].sort(([, a], [, b]) => a.localeCompare(b, language));
        return html`<div class="countries">
          ${sorted.map(
            ([code, name]) =>
              html`<label class="choice">
                <input
                  type="checkbox"
                  .checked=${this.chosen.has(code)}
                  @change=${() => this.dispatchEvent(new CountryToggledEvent(code))}
                />
                ${name}
              </label>`,
          )}
        </div>`;
      },
      error: (error) =>
        errorPanel({
          heading: t('rolloutForm.countriesFailed'),
          error,
          t,
          retry: () => void this.source.refetch(),
        }),
    });
  }
}

defineElement('piazza-admin-country-picker', PiazzaAdminCountryPicker);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-country-picker': PiazzaAdminCountryPicker;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-admin-country-toggled': CountryToggledEvent;
  }
}
