import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocalizeController, buttonStyles, defineElement } from '@piazza/shared';
import { discussionErrorKey } from './discussion-errors.js';
import { discussionBaseStyles, formStyles } from './discussion.styles.js';

/** The server's limit, in characters. */
export const MAX_COMMENT_LENGTH = 2000;
/** The counter shows once this few characters are left. */
const COUNT_FROM = 200;

/** Fired when the person gives up writing (Cancel, or Escape in the text). */
export class CommentFormCancelEvent extends Event {
  constructor() {
    super('piazza-news-comment-cancel', { bubbles: true, composed: true });
  }
}

let forms = 0;

/**
 * A text to write and send: a new comment, a reply or an edit. `send` does the request;
 * while it runs the button says so, and when it fails the form says why in the reader's
 * language and keeps every word typed. Sent, the text is cleared.
 *
 * @example
 * ```ts
 * html`<piazza-news-comment-form .label=${t('…')} .send=${(text) => add(text)}>`
 * ```
 * @fires piazza-news-comment-cancel - Cancel was chosen (only with `cancelable`)
 */
export class PiazzaNewsCommentForm extends LitElement {
  static override styles = [buttonStyles, discussionBaseStyles, formStyles];

  @property() label = '';
  @property() hint = '';
  @property({ attribute: 'submit-label' }) submitLabel = '';
  @property({ type: Boolean }) cancelable = false;
  /** The text to start from (an edit's). */
  @property() value = '';
  @property({ attribute: false }) send: (text: string) => Promise<void> = async () => undefined;
  @state() private text = '';
  @state() private busy = false;
  @state() private errorKey: string | undefined;
  @query('textarea') private readonly textarea?: HTMLTextAreaElement;

  private readonly l10n = new LocalizeController(this, 'news');
  private readonly fieldId = `comment-form-${++forms}`;

  override connectedCallback(): void {
    super.connectedCallback();
    this.text = this.value;
  }

  override focus(): void {
    void this.updateComplete.then(() => this.textarea?.focus());
  }

  override render() {
    const { t } = this.l10n;
    const left = MAX_COMMENT_LENGTH - this.text.length;
    const describedBy = [
      this.hint ? `${this.fieldId}-hint` : '',
      left <= COUNT_FROM ? `${this.fieldId}-count` : '',
      `${this.fieldId}-error`,
    ].join(' ');
    return html`<form novalidate @submit=${this.submit}>
      <label for=${this.fieldId}>${this.label}</label>
      ${this.hint ? html`<p class="hint" id="${this.fieldId}-hint">${this.hint}</p>` : nothing}
      <textarea
        id=${this.fieldId}
        maxlength=${MAX_COMMENT_LENGTH}
        aria-describedby=${describedBy.trim()}
        aria-invalid=${this.errorKey?.startsWith('discussion.errors.COMMENT_') ? 'true' : 'false'}
        .value=${this.text}
        @input=${(event: InputEvent) => (this.text = (event.target as HTMLTextAreaElement).value)}
        @keydown=${this.onKeydown}
      ></textarea>
      ${
        left <= COUNT_FROM
          ? html`<p class="hint" id="${this.fieldId}-count">
              ${t('discussion.form.charactersLeft', { count: left })}
            </p>`
          : nothing
      }
      <div class="alert" role="alert" id="${this.fieldId}-error">
        ${this.errorKey ? html`<p>${t(this.errorKey)}</p>` : nothing}
      </div>
      <div class="buttons">
        <button class="piazza-button piazza-button--primary" ?disabled=${this.busy}>
          ${this.busy ? t('discussion.form.sending') : this.submitLabel}
        </button>
        ${
          this.cancelable
            ? html`<button type="button" class="piazza-button" @click=${this.cancel}>
                ${t('discussion.form.cancel')}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    if (this.text.trim() === '') {
      this.errorKey = 'discussion.errors.COMMENT_EMPTY';
      this.textarea?.focus();
      return;
    }
    this.busy = true;
    this.errorKey = undefined;
    try {
      await this.send(this.text);
      this.text = '';
    } catch (error) {
      this.errorKey = discussionErrorKey(error);
      await this.updateComplete;
      this.textarea?.focus();
    } finally {
      this.busy = false;
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.cancelable) this.cancel();
  }

  private cancel(): void {
    this.errorKey = undefined;
    this.dispatchEvent(new CommentFormCancelEvent());
  }
}

defineElement('piazza-news-comment-form', PiazzaNewsCommentForm);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-comment-form': PiazzaNewsCommentForm;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-news-comment-cancel': CommentFormCancelEvent;
  }
}
