import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { screenStyles } from '@piazza/shared/screens';
import type { TicketFieldsFragment } from '../ticket.fragment.generated.js';
import { WatchTicketDocument } from './ticket-view.generated.js';

/**
 * Follow a ticket, or stop following it, with how many people follow it. The reporter and
 * each assignee follow from the start and may leave; the answer replaces the cached ticket.
 */
export class PiazzaTicketingWatch extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--piazza-space-s);
      }
      p {
        margin: 0;
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) ticket?: TicketFieldsFragment;

  @state() private busy = false;
  @state() private failure = '';
  private readonly l10n = new LocalizeController(this, 'ticketing');

  override render() {
    const { t } = this.l10n;
    const ticket = this.ticket;
    if (!ticket) return nothing;
    return html`<button
        class="piazza-button"
        type="button"
        ?disabled=${this.busy}
        @click=${() => this.toggle(ticket)}
      >
        ${ticket.watchedByMe ? t('watch.stop') : t('watch.start')}
      </button>
      <p class="muted" role="status">${t('watch.count', { count: ticket.watcherCount })}</p>
      ${this.failure ? html`<p class="alert" role="alert">${this.failure}</p>` : nothing}`;
  }

  private async toggle(ticket: TicketFieldsFragment): Promise<void> {
    if (!this.portal || this.busy) return;
    this.busy = true;
    this.failure = '';
    try {
      await this.portal.client.mutate({
        mutation: WatchTicketDocument,
        variables: { id: ticket.id, watching: !ticket.watchedByMe, locale: this.l10n.language },
      });
    } catch (error) {
      const { t } = this.l10n;
      this.failure = t('watch.failed', { reason: t(errorMessageKey(error)) });
    } finally {
      this.busy = false;
    }
  }
}

defineElement('piazza-ticketing-watch', PiazzaTicketingWatch);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-watch': PiazzaTicketingWatch;
  }
}
