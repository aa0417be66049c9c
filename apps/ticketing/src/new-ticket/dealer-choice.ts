import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { fieldStyles, screenStyles } from '@piazza/shared/screens';
import { TicketingViewerDocument } from '../ticketing-viewer.generated.js';
import { TicketDealersDocument } from './new-ticket.generated.js';

/** Dealers offered at once; people who reach more search by name or city. */
const DEALER_PAGE = 50;

/** The person chose the dealer a ticket is for ('' for their own). */
export class PiazzaTicketingDealerChosenEvent extends Event {
  readonly dealerId: string;
  constructor(dealerId: string) {
    super('piazza-ticketing-dealer-chosen', { bubbles: true, composed: true });
    this.dealerId = dealerId;
  }
}

/**
 * The dealer a new ticket is for: the person's own by default, said in a line; a choice
 * among the dealers their roles reach when they reach several (as the server decides:
 * `dealers` answers those), with a search when they are too many to list.
 *
 * @fires piazza-ticketing-dealer-chosen - PiazzaTicketingDealerChosenEvent
 */
export class PiazzaTicketingDealerChoice extends LitElement {
  static override styles = [screenStyles, fieldStyles];

  @consume({ context: portalContext }) portal?: PortalContext;
  /** The chosen dealer's id; '' for the person's own. */
  @property() value = '';
  /** Why the server or the form refused the dealer, in the person's language. */
  @property() error = '';

  @state() private search = '';
  private readonly l10n = new LocalizeController(this, 'ticketing');
  private readonly viewer = new QueryController(this, {
    query: TicketingViewerDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });
  private readonly dealers = new QueryController(this, {
    query: TicketDealersDocument,
    client: () => this.portal?.client,
    variables: () => ({ search: this.search || null, first: DEALER_PAGE }),
  });

  override render() {
    const { t } = this.l10n;
    const own = this.viewer.data?.me?.person.dealer ?? null;
    const reached = this.dealers.data?.dealers;
    const choices = (reached?.edges.map((edge) => edge.node) ?? []).filter((d) => d.id !== own?.id);
    const searching = !!this.search || !!reached?.pageInfo.hasNextPage;
    if (!searching && choices.length === 0) {
      return own
        ? html`<p>${t('form.forDealer', { dealer: `${own.name}, ${own.city}` })}</p>`
        : nothing;
    }
    return html`${searching ? this.renderSearch() : nothing}
      <div class="field">
        <label for="dealerId">${t('form.dealer')}</label>
        <select
          id="dealerId"
          aria-describedby=${this.error ? 'dealerId-error' : nothing}
          aria-invalid=${this.error ? 'true' : 'false'}
          @change=${(event: Event) =>
            this.dispatchEvent(
              new PiazzaTicketingDealerChosenEvent((event.target as HTMLSelectElement).value),
            )}
        >
          <option value="" ?selected=${!this.value}>
            ${own ? t('form.ownDealer', { dealer: own.name }) : t('form.chooseDealer')}
          </option>
          ${choices.map(
            (dealer) =>
              html`<option value=${dealer.id} ?selected=${dealer.id === this.value}>
                ${dealer.name}, ${dealer.city}
              </option>`,
          )}
        </select>
        ${this.error ? html`<p class="field-error" id="dealerId-error">${this.error}</p>` : nothing}
      </div>`;
  }

  private renderSearch() {
    return html`<div class="field">
      <label for="dealer-search">${this.l10n.t('form.dealerSearch')}</label>
      <input
        id="dealer-search"
        type="search"
        .value=${this.search}
        @change=${(event: Event) => {
          this.search = (event.target as HTMLInputElement).value.trim();
        }}
      />
    </div>`;
  }
}

defineElement('piazza-ticketing-dealer-choice', PiazzaTicketingDealerChoice);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-dealer-choice': PiazzaTicketingDealerChoice;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-ticketing-dealer-chosen': PiazzaTicketingDealerChosenEvent;
  }
}
