import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  formatDate,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import {
  fieldStyles,
  messageFor,
  fieldErrorsOf,
  screenStyles,
  type FieldError,
} from '@piazza/shared/screens';
import { formMessage, type FormMessage } from '../ui/form-message.js';
import type { TicketFieldsFragment } from '../ticket.fragment.generated.js';
import { AddTicketCommentDocument } from './ticket-view.generated.js';

/** The `common` key the outbox lists a comment under while it waits to be sent. */
export const TICKET_COMMENT_LABEL = 'outbox.label.ticketComment';

/**
 * A ticket's discussion, oldest first, and the box to add to it. Comments go through the
 * outbox (each with its idempotency key), so one written without signal is sent later.
 * Handlers may mark theirs as an internal note, which the reporter's side never sees.
 * A sent comment comes back with the whole ticket, which the Apollo cache shows at once.
 */
export class PiazzaTicketingDiscussion extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    css`
      ol {
        display: grid;
        gap: var(--piazza-space-s);
        margin: 0 0 var(--piazza-space-m);
        padding: 0;
        list-style: none;
      }
      .comment p {
        margin-block: var(--piazza-space-xs) 0;
        white-space: pre-wrap;
      }
      .internal {
        border-inline-start: 4px solid var(--piazza-color-text-muted);
        background: var(--piazza-color-surface-sunken);
      }
      form {
        display: grid;
        gap: var(--piazza-space-s);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) ticket?: TicketFieldsFragment;

  @state() private body = '';
  @state() private internal = false;
  @state() private sending = false;
  @state() private errors: readonly FieldError[] = [];
  @state() private message: FormMessage | undefined;
  private readonly l10n = new LocalizeController(this, 'ticketing');

  override render() {
    const { t, language } = this.l10n;
    const comments = this.ticket?.comments ?? [];
    const error = messageFor(t, this.errors, 'body');
    return html`<h2>${t('view.discussion')}</h2>
      ${
        comments.length === 0
          ? html`<p class="muted">${t('view.noComments')}</p>`
          : html`<ol>
              ${comments.map(
                (comment) =>
                  html`<li class="card comment ${comment.internal ? 'internal' : ''}">
                    <strong>${comment.author.displayName ?? t('view.formerMember')}</strong>
                    ${
                      comment.internal
                        ? html`<span class="badge">${t('view.internalNote')}</span>`
                        : nothing
                    }
                    <span class="muted">
                      <time datetime=${comment.createdAt}>
                        ${formatDate(comment.createdAt, language)}
                      </time>
                    </span>
                    <p>${comment.body}</p>
                  </li>`,
              )}
            </ol>`
      }
      <form @submit=${this.submit} novalidate>
        <div class="field">
          <label for="comment">${t('view.commentLabel')}</label>
          <textarea
            id="comment"
            rows="4"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'comment-error' : nothing}
            .value=${this.body}
            @input=${(event: Event) => {
              this.body = (event.target as HTMLTextAreaElement).value;
            }}
          ></textarea>
          ${error ? html`<p class="field-error" id="comment-error">${error}</p>` : nothing}
        </div>
        ${
          this.ticket?.handledByMe
            ? html`<label class="choice">
                <input
                  type="checkbox"
                  .checked=${this.internal}
                  @change=${(event: Event) => {
                    this.internal = (event.target as HTMLInputElement).checked;
                  }}
                />
                ${t('view.internalCheckbox')}
              </label>`
            : nothing
        }
        <div class="actions">
          <button class="piazza-button piazza-button--primary" ?disabled=${this.sending}>
            ${this.sending ? t('form.sending') : t('view.sendComment')}
          </button>
        </div>
        ${formMessage(this.message)}
      </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { t } = this.l10n;
    if (this.sending || !this.portal || !this.ticket) return;
    this.message = undefined;
    if (!this.body.trim()) {
      this.errors = [{ field: 'body', reason: 'REQUIRED' }];
      return;
    }
    this.errors = [];
    this.sending = true;
    const key = crypto.randomUUID();
    try {
      const outbox = await this.portal.outbox();
      const result = await outbox.send({
        key,
        mutation: AddTicketCommentDocument,
        variables: {
          id: this.ticket.id,
          body: this.body,
          internal: this.internal,
          idempotencyKey: key,
          locale: this.l10n.language,
        },
        label: { key: TICKET_COMMENT_LABEL, values: { number: this.ticket.number } },
      });
      this.body = '';
      this.internal = false;
      if (result.status === 'queued')
        this.message = { text: t('view.commentQueued'), alert: false };
    } catch (error) {
      this.errors = fieldErrorsOf(error);
      if (this.errors.length === 0) {
        this.message = {
          text: t('view.commentFailed', { reason: t(errorMessageKey(error)) }),
          alert: true,
        };
      }
    } finally {
      this.sending = false;
    }
  }
}

defineElement('piazza-ticketing-discussion', PiazzaTicketingDiscussion);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-discussion': PiazzaTicketingDiscussion;
  }
}
