import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { AdminAuditLogDocument } from '../admin-audit/admin-audit.generated.js';
import { formStyles, screenStyles } from '../ui/admin.styles.js';
import { isBadInput } from '../ui/errors.js';
import { liveMessage } from '../ui/states.js';
import { ErasePersonDocument } from './erase-person.generated.js';

/** The server's limit on the reason's length. */
const MAX_REASON = 500;

/** Fired once a person's data was erased. */
export class PersonErasedEvent extends Event {
  /** The name the person had, for the confirmation: the record no longer holds it. */
  readonly formerName: string;
  constructor(formerName: string) {
    super('piazza-admin-person-erased', { bubbles: true, composed: true });
    this.formerName = formerName;
  }
}

/**
 * Asks for the reason of an erasure and says plainly that it cannot be undone, then
 * erases. A modal <dialog>: the rest of the page is inert, Escape cancels, and Tab cycles
 * through the dialog's own controls. On an error the dialog stays open with the reason.
 *
 * @fires piazza-admin-person-erased - after the server erased the person
 */
export class PiazzaAdminEraseDialog extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    formStyles,
    css`
      dialog {
        box-sizing: border-box;
        inline-size: min(36rem, calc(100vw - 2 * var(--piazza-space-m)));
        padding: var(--piazza-space-l);
        border: none;
        border-radius: var(--piazza-radius);
        background: var(--piazza-color-surface-raised);
        color: var(--piazza-color-text-default);
        box-shadow: var(--piazza-shadow-card);
      }
      dialog::backdrop {
        background: rgb(20 25 34 / 0.6);
      }
      h2,
      .warning {
        margin: 0;
      }
      .warning {
        padding: var(--piazza-space-m);
        border-inline-start: 4px solid var(--piazza-color-danger);
        background: var(--piazza-color-danger-surface);
      }
      textarea {
        min-block-size: 6rem;
        resize: vertical;
      }
      .piazza-button--primary.danger {
        border-color: var(--piazza-color-danger);
        background: var(--piazza-color-danger);
        color: var(--piazza-color-surface-default);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) person?: { id: string; displayName: string };
  @state() private reason = '';
  @state() private error: string | undefined;
  @state() private busy = false;
  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly l10n = new LocalizeController(this, 'admin');

  /** Opens the dialog, with the reason typed before if it was cancelled. */
  show(): void {
    this.error = undefined;
    this.dialog.showModal();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // A reason is about one person: another person's dialog starts empty.
    if (changed.has('person') && changed.get('person')?.id !== this.person?.id) {
      this.reason = '';
      this.error = undefined;
    }
  }

  override render() {
    const { t } = this.l10n;
    return html`<dialog
      aria-labelledby="erase-title"
      aria-describedby="erase-warning"
      @keydown=${this.keepFocusInside}
    >
      <form novalidate @submit=${this.submit}>
        <h2 id="erase-title">${t('person.erase.title', { name: this.person?.displayName })}</h2>
        <p id="erase-warning" class="warning">${t('person.erase.warning')}</p>
        <div class="field">
          <label for="reason">${t('person.erase.reasonLabel')}</label>
          <p class="hint" id="reason-hint">${t('person.erase.reasonHint')}</p>
          <textarea
            id="reason"
            autofocus
            required
            maxlength=${MAX_REASON}
            aria-describedby="reason-hint erase-error"
            aria-invalid=${this.error ? 'true' : 'false'}
            .value=${this.reason}
            @input=${(event: InputEvent) =>
              (this.reason = (event.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        ${liveMessage('alert', this.error && t(this.error), 'erase-error')}
        <div class="actions">
          <button type="button" class="piazza-button" @click=${() => this.dialog.close()}>
            ${t('person.erase.cancel')}
          </button>
          <button class="piazza-button piazza-button--primary danger" ?disabled=${this.busy}>
            ${this.busy ? t('person.erase.busy') : t('person.erase.confirm')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.portal?.client;
    const person = this.person;
    if (client === undefined || person === undefined || this.busy) return;
    if (this.reason.trim() === '') {
      this.error = 'person.erase.reasonRequired';
      return;
    }
    this.busy = true;
    this.error = undefined;
    try {
      await client.mutate({
        mutation: ErasePersonDocument,
        variables: { personId: person.id, reason: this.reason.trim() },
        refetchQueries: [AdminAuditLogDocument],
      });
      this.reason = '';
      this.dialog.close();
      this.dispatchEvent(new PersonErasedEvent(person.displayName));
    } catch (error) {
      // The server refuses an admin's own erasure as bad input: say why in plain words.
      const yourself = person.id === this.portal?.session.personId;
      this.error =
        isBadInput(error) && yourself ? 'person.erase.notYourself' : errorMessageKey(error);
    } finally {
      this.busy = false;
    }
  }

  /** A modal dialog lets Tab leave for the browser's toolbar; keep it on the dialog instead. */
  private keepFocusInside(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const controls = [
      ...this.renderRoot.querySelectorAll<HTMLElement>('textarea, button:not([disabled])'),
    ];
    const first = controls[0];
    const last = controls.at(-1);
    const active = this.shadowRoot?.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  }
}

defineElement('piazza-admin-erase-dialog', PiazzaAdminEraseDialog);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-erase-dialog': PiazzaAdminEraseDialog;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-admin-person-erased': PersonErasedEvent;
  }
}
