import { LitElement, css, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import type { CommentFieldsFragment } from './comment.fragment.generated.js';
import { discussionErrorKey } from './discussion-errors.js';
import { discussionBaseStyles, formStyles } from './discussion.styles.js';
import { ReportCommentDocument } from './report-comment.generated.js';

/** The server's limit on a reason, in characters. */
const MAX_REASON = 500;

/** Fired once the moderators received a report. */
export class CommentReportedEvent extends Event {
  constructor() {
    super('piazza-news-comment-reported', { bubbles: true, composed: true });
  }
}

/**
 * Asks why a comment should be looked at, says what happens next, and sends the report
 * once confirmed. A modal dialog: Escape or Cancel closes it and focus returns to the
 * Report button; on an error it stays open with the reason typed.
 *
 * @fires piazza-news-comment-reported - the report was sent
 */
export class PiazzaNewsReportDialog extends LitElement {
  static override styles = [
    buttonStyles,
    discussionBaseStyles,
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
      h2 {
        margin: 0;
        font-size: var(--piazza-font-size-title);
      }
      blockquote {
        margin: 0;
        padding-inline-start: var(--piazza-space-m);
        border-inline-start: 4px solid var(--piazza-color-border);
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @state() private comment: CommentFieldsFragment | undefined;
  @state() private reason = '';
  @state() private busy = false;
  @state() private errorKey: string | undefined;
  @query('dialog') private readonly dialog!: HTMLDialogElement;
  private opener: HTMLElement | undefined;

  private readonly l10n = new LocalizeController(this, 'news');

  /** Opens the dialog for a comment; a reason typed for the same comment is kept. */
  async open(comment: CommentFieldsFragment, opener: HTMLElement): Promise<void> {
    if (comment.id !== this.comment?.id) this.reason = '';
    this.comment = comment;
    this.opener = opener;
    this.errorKey = undefined;
    await this.updateComplete;
    this.dialog.showModal();
    this.renderRoot.querySelector('textarea')?.focus();
  }

  override render() {
    const { t } = this.l10n;
    const excerpt = this.comment?.body ?? '';
    return html`<dialog
      aria-labelledby="report-title"
      aria-describedby="report-hint"
      @close=${() => this.opener?.focus()}
    >
      <form novalidate @submit=${this.submit}>
        <h2 id="report-title">${t('discussion.report.title')}</h2>
        <blockquote>${excerpt}</blockquote>
        <p id="report-hint" class="hint">${t('discussion.report.hint')}</p>
        <label for="reason">${t('discussion.report.reasonLabel')}</label>
        <textarea
          id="reason"
          maxlength=${MAX_REASON}
          aria-describedby="report-hint report-error"
          aria-invalid=${this.errorKey?.startsWith('discussion.errors.REASON_') ? 'true' : 'false'}
          .value=${this.reason}
          @input=${(event: InputEvent) =>
            (this.reason = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <div class="alert" role="alert" id="report-error">
          ${this.errorKey ? html`<p>${t(this.errorKey)}</p>` : nothing}
        </div>
        <div class="buttons">
          <button class="piazza-button piazza-button--primary" ?disabled=${this.busy}>
            ${this.busy ? t('discussion.report.sending') : t('discussion.report.confirm')}
          </button>
          <button type="button" class="piazza-button" @click=${() => this.dialog.close()}>
            ${t('discussion.form.cancel')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.portal?.client;
    const id = this.comment?.id;
    if (client === undefined || id === undefined || this.busy) return;
    if (this.reason.trim() === '') {
      this.errorKey = 'discussion.errors.REASON_EMPTY';
      return;
    }
    this.busy = true;
    this.errorKey = undefined;
    try {
      await client.mutate({
        mutation: ReportCommentDocument,
        variables: { id, reason: this.reason },
      });
      this.reason = '';
      this.dialog.close();
      this.dispatchEvent(new CommentReportedEvent());
    } catch (error) {
      this.errorKey = discussionErrorKey(error);
    } finally {
      this.busy = false;
    }
  }
}

defineElement('piazza-news-report-dialog', PiazzaNewsReportDialog);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-report-dialog': PiazzaNewsReportDialog;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-news-comment-reported': CommentReportedEvent;
  }
}
