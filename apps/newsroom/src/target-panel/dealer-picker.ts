import { fieldStyles, screenStyles } from '@piazza/shared/screens';
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { Debounced } from '../ui/debounced.js';
import type { DealerChoice } from './target-draft.js';
import { TargetDealersDocument } from './target-panel.generated.js';

const SEARCH_DELAY_MS = 350;
const RESULTS = 20;

/** Fired when the editor picks a dealer from the results. */
export class PiazzaNewsroomDealerPickEvent extends Event {
  readonly dealer: DealerChoice;
  constructor(dealer: DealerChoice) {
    super('piazza-newsroom-dealer-pick', { bubbles: true, composed: true });
    this.dealer = dealer;
  }
}

/**
 * Finds a dealer of the article's brand in its countries by name or town, as the editor
 * types, and offers each result as a button.
 *
 * @fires piazza-newsroom-dealer-pick - with the dealer chosen
 */
export class PiazzaNewsroomDealerPicker extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    css`
      ul {
        display: grid;
        gap: var(--piazza-space-xs);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .result {
        justify-content: start;
        inline-size: 100%;
        text-align: start;
        font-weight: 400;
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: 'brand-id' }) brandId = '';
  /** The countries the dealer may be in (the article's). */
  @property({ attribute: false }) countries: readonly string[] = [];
  /** The field's label, which names the group of readers it is for. */
  @property() label = '';

  private readonly l10n = new LocalizeController(this, 'newsroom');
  private readonly search = new Debounced(this, { delay: SEARCH_DELAY_MS, initial: '' });
  private readonly dealers = new QueryController(this, {
    query: TargetDealersDocument,
    client: () => (this.search.value.trim() ? this.portal?.client : undefined),
    variables: () => ({ search: this.search.value.trim(), first: RESULTS }),
  });

  override render() {
    return html`<div class="field">
        <label for="search">${this.label}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          enterkeyhint="search"
          @input=${(event: Event) => this.search.set((event.target as HTMLInputElement).value)}
        />
      </div>
      <div aria-live="polite">${this.search.value.trim() ? this.renderResults() : nothing}</div>`;
  }

  private renderResults() {
    const { t } = this.l10n;
    if (this.search.pending || this.dealers.loading) {
      return html`<p class="muted">${t('target.dealer.searching')}</p>`;
    }
    if (this.dealers.error !== undefined) {
      return html`<p class="alert">${t('target.dealer.failed')}</p>`;
    }
    const found = (this.dealers.data?.dealers.edges ?? [])
      .map(({ node }) => node)
      .filter(
        (dealer) =>
          dealer.brand.id === this.brandId && this.countries.includes(dealer.region.country.code),
      );
    if (found.length === 0) {
      return html`<p class="muted">${t('target.dealer.none', { search: this.search.value })}</p>`;
    }
    return html`<ul aria-label=${t('target.dealer.results')}>
      ${found.map(
        (dealer) =>
          html`<li>
            <button
              type="button"
              class="piazza-button result"
              @click=${() =>
                this.dispatchEvent(
                  new PiazzaNewsroomDealerPickEvent({
                    id: dealer.id,
                    name: dealer.name,
                    city: dealer.city,
                  }),
                )}
            >
              ${t('target.dealer.choose', { name: dealer.name, city: dealer.city })}
            </button>
          </li>`,
      )}
    </ul>`;
  }
}

defineElement('piazza-newsroom-dealer-picker', PiazzaNewsroomDealerPicker);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-dealer-picker': PiazzaNewsroomDealerPicker;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-newsroom-dealer-pick': PiazzaNewsroomDealerPickEvent;
  }
}
