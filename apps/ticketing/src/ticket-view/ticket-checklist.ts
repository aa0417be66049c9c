import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  defineElement,
  errorMessageKey,
  formatTimestamp,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { fieldErrorMessage, fieldErrorsOf, screenStyles } from '@piazza/shared/screens';
import type { TicketFieldsFragment } from '../ticket.fragment.generated.js';
import { SetTicketChecklistItemDocument } from './ticket-view.generated.js';

type ChecklistItem = TicketFieldsFragment['checklist'][number];

/**
 * A ticket's checklist with its progress. Its reporter and its handlers tick and untick the
 * items (each a real checkbox); the others read it. A tick goes straight to the server, not
 * through the outbox: ticked offline and replayed later, it could land on a ticket closed
 * meanwhile. The answer replaces the cached ticket; a refused tick puts the box back as the
 * server has it and says why next to the list.
 */
export class PiazzaTicketingChecklist extends LitElement {
  static override styles = [
    screenStyles,
    css`
      ul {
        display: grid;
        gap: var(--piazza-space-s);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      label {
        display: flex;
        align-items: start;
        gap: var(--piazza-space-s);
        overflow-wrap: anywhere;
      }
      input {
        flex: none;
        margin-block-start: 0.2em;
        inline-size: 1.25rem;
        block-size: 1.25rem;
      }
      .done-by {
        display: block;
        color: var(--piazza-color-text-muted);
        font-size: 0.875em;
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) ticket?: TicketFieldsFragment;

  /** The item whose tick is on its way, if any. */
  @state() private pending = '';
  @state() private failure = '';
  private readonly l10n = new LocalizeController(this, 'ticketing');

  override render() {
    const { t } = this.l10n;
    const ticket = this.ticket;
    if (!ticket?.checklist.length) return nothing;
    const done = ticket.checklist.filter((item) => item.done).length;
    return html`<section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">${t('view.checklist')}</h2>
      <p class="muted" id="checklist-progress">
        ${t('view.checklistProgress', { done, count: ticket.checklist.length })}
      </p>
      <ul aria-describedby="checklist-progress">
        ${ticket.checklist.map((item) => this.renderItem(ticket, item))}
      </ul>
      ${this.failure ? html`<p class="alert" role="alert">${this.failure}</p>` : nothing}
    </section>`;
  }

  private renderItem(ticket: TicketFieldsFragment, item: ChecklistItem) {
    const { t, language } = this.l10n;
    const mayTick = ticket.mine || ticket.handledByMe;
    return html`<li>
      <label>
        <input
          type="checkbox"
          .checked=${item.done}
          ?disabled=${!mayTick || this.pending !== ''}
          @change=${(event: Event) => this.tick(ticket, item, event.target as HTMLInputElement)}
        />
        <span>
          ${item.label}
          ${
            item.done && item.doneAt
              ? html`<span class="done-by">
                  ${t('view.checklistDoneBy', {
                    person: item.doneBy?.displayName ?? t('view.formerMember'),
                    date: formatTimestamp(item.doneAt, language),
                  })}
                </span>`
              : nothing
          }
        </span>
      </label>
    </li>`;
  }

  private async tick(ticket: TicketFieldsFragment, item: ChecklistItem, box: HTMLInputElement) {
    if (!this.portal || this.pending) return;
    const done = box.checked;
    this.pending = item.id;
    this.failure = '';
    try {
      await this.portal.client.mutate({
        mutation: SetTicketChecklistItemDocument,
        variables: { id: ticket.id, itemId: item.id, done, locale: this.l10n.language },
      });
    } catch (error) {
      const { t } = this.l10n;
      const [refused] = fieldErrorsOf(error);
      const reason = refused ? fieldErrorMessage(t, refused) : t(errorMessageKey(error));
      this.failure = t('view.checklistFailed', { reason });
      // The cached ticket did not change, so neither would the binding: back as it was.
      box.checked = item.done;
    } finally {
      this.pending = '';
    }
  }
}

defineElement('piazza-ticketing-checklist', PiazzaTicketingChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-checklist': PiazzaTicketingChecklist;
  }
}
