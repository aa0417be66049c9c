import { LitElement, css, html } from 'lit';
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
import type { DealerFieldsFragment } from '../dealer.fragment.generated.js';
import { countryName } from '../labels.js';
import { screenStyles } from '../ui/admin.styles.js';
import { errorPanel } from '../ui/states.js';
import { AdminDealersDocument } from './admin-dealers.generated.js';

/** Enough to find a dealer by a few letters of its name or city. */
const RESULTS = 10;

/** Fired when the person adds a dealer from the results. */
export class DealerPickedEvent extends Event {
  readonly dealer: DealerFieldsFragment;
  constructor(dealer: DealerFieldsFragment) {
    super('piazza-admin-dealer-picked', { bubbles: true, composed: true });
    this.dealer = dealer;
  }
}

/**
 * The dealers matching a search, each with a button to add it to a pilot group.
 *
 * @fires piazza-admin-dealer-picked - when a dealer's "add" button is pressed
 */
export class PiazzaAdminDealerSearch extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    css`
      ul {
        display: grid;
        gap: var(--piazza-space-xs);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: grid;
        grid-template-columns: 1fr auto;
        align-items: center;
        gap: var(--piazza-space-s);
        padding-block: var(--piazza-space-xs);
        border-block-end: 1px solid var(--piazza-color-border);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property() search = '';
  /** The ids already in the pilot group: their button says so instead of adding again. */
  @property({ attribute: false }) chosen: ReadonlySet<string> = new Set();

  private readonly l10n = new LocalizeController(this, 'admin');
  private readonly dealers = new QueryController(this, {
    query: AdminDealersDocument,
    client: () => this.portal?.client,
    variables: () => ({ search: this.search.trim(), first: RESULTS }),
  });

  override render() {
    const { t, language } = this.l10n;
    return this.dealers.render({
      pending: () => html`<p role="status">${t('rolloutForm.searching')}</p>`,
      complete: ({ dealers }) =>
        dealers.edges.length === 0
          ? html`<p role="status">${t('rolloutForm.noDealer', { search: this.search.trim() })}</p>`
          : html`<ul aria-label=${t('rolloutForm.dealerResults')}>
              ${dealers.edges.map(({ node }) => {
                const chosen = this.chosen.has(node.id);
                return html`<li>
                  <span
                    >${node.name}, ${node.city} · ${node.brand.name} ·
                    ${countryName(node.region.country, language)}</span
                  >
                  <button
                    type="button"
                    class="piazza-button"
                    ?disabled=${chosen}
                    @click=${() => this.dispatchEvent(new DealerPickedEvent(node))}
                  >
                    ${chosen ? t('rolloutForm.added') : t('rolloutForm.add')}<span
                      class="visually-hidden"
                      >: ${node.name}, ${node.city}</span
                    >
                  </button>
                </li>`;
              })}
            </ul>`,
      error: (error) =>
        errorPanel({
          heading: t('rolloutForm.dealerSearchFailed'),
          error,
          t,
          retry: () => void this.dealers.refetch(),
        }),
    });
  }
}

defineElement('piazza-admin-dealer-search', PiazzaAdminDealerSearch);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-dealer-search': PiazzaAdminDealerSearch;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-admin-dealer-picked': DealerPickedEvent;
  }
}
