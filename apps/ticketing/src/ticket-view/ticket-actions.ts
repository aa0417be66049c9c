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
import {
  fieldErrorMessage,
  fieldErrorsOf,
  fieldStyles,
  screenStyles,
} from '@piazza/shared/screens';
import type { TicketStatus } from '@piazza/shared/graphql';
import type { TicketFieldsFragment } from '../ticket.fragment.generated.js';
import { formMessage, type FormMessage } from '../ui/form-message.js';
import { conflictOf } from './conflict.js';
import { moveLabelKey } from './ticket-moves.js';
import { MoveTicketDocument, TicketDocument } from './ticket-view.generated.js';

/**
 * The moves this person may make on a ticket, as buttons, with an optional note that goes
 * with the move. Each move names the status it was decided from: when someone moved the
 * ticket meanwhile, the server refuses it and the screen shows the ticket as it is now,
 * never overwriting the other person's move.
 */
export class PiazzaTicketingActions extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    css`
      section {
        display: grid;
        gap: var(--piazza-space-s);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) ticket?: TicketFieldsFragment;

  @state() private note = '';
  @state() private moving = false;
  @state() private message: FormMessage | undefined;
  private readonly l10n = new LocalizeController(this, 'ticketing');

  override render() {
    const { t } = this.l10n;
    const moves = this.ticket?.moves ?? [];
    if (moves.length === 0 && !this.message) return nothing;
    return html`<section aria-labelledby="moves-heading">
      <h2 id="moves-heading">${t('view.moves')}</h2>
      ${
        moves.length
          ? html`<div class="field">
                <label for="move-note">${t('view.moveNote')}</label>
                <textarea
                  id="move-note"
                  rows="3"
                  .value=${this.note}
                  @input=${(event: Event) => {
                    this.note = (event.target as HTMLTextAreaElement).value;
                  }}
                ></textarea>
              </div>
              <div class="actions">
                ${moves.map(
                  (to) =>
                    html`<button
                      class="piazza-button"
                      type="button"
                      ?disabled=${this.moving}
                      @click=${() => this.move(to)}
                    >
                      ${t(moveLabelKey(this.ticket!.status, to, this.ticket!.handledByMe))}
                    </button>`,
                )}
              </div>`
          : nothing
      }
      ${formMessage(this.message)}
    </section>`;
  }

  private async move(to: TicketStatus): Promise<void> {
    const { t } = this.l10n;
    const ticket = this.ticket;
    if (!ticket || !this.portal || this.moving) return;
    this.moving = true;
    this.message = undefined;
    try {
      await this.portal.client.mutate({
        mutation: MoveTicketDocument,
        variables: {
          id: ticket.id,
          to,
          comment: this.note.trim() || null,
          expectedStatus: ticket.status,
          locale: this.l10n.language,
        },
      });
      this.note = '';
      this.message = { text: t('view.moved', { status: t(`status.${to}`) }), alert: false };
    } catch (error) {
      this.message = { text: await this.failureMessage(error), alert: true };
    } finally {
      this.moving = false;
    }
  }

  /** What to say about a refused move; on a conflict the ticket is fetched as it is now. */
  private async failureMessage(error: unknown): Promise<string> {
    const { t } = this.l10n;
    const now = conflictOf(error)?.['status'] as TicketStatus | undefined;
    if (now) {
      await this.portal!.client.query({
        query: TicketDocument,
        variables: { id: this.ticket!.id, locale: this.l10n.language },
        fetchPolicy: 'network-only',
      }).catch(() => undefined);
      return t('view.conflict', { status: t(`status.${now}`) });
    }
    const refused = fieldErrorsOf(error);
    if (refused.length) return refused.map((e) => fieldErrorMessage(t, e)).join(' ');
    return t('view.moveFailed', { reason: t(errorMessageKey(error)) });
  }
}

defineElement('piazza-ticketing-actions', PiazzaTicketingActions);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-actions': PiazzaTicketingActions;
  }
}
