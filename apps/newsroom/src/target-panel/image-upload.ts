import { fieldStyles, filePickerStyles, screenStyles } from '@piazza/shared/screens';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { acceptedTypes, uploadFile, uploadRefusalMessage } from '../ui/media-upload.js';

/** Fired when the article's picture changes: a new upload, or removed (null). */
export class PiazzaNewsroomImageChangeEvent extends Event {
  readonly url: string | null;
  constructor(url: string | null) {
    super('piazza-newsroom-image-change', { bubbles: true, composed: true });
    this.url = url;
  }
}

/**
 * The article's picture: a preview of the current one, a file chooser that uploads at
 * once, and why a file was refused (not a picture, too large) in the editor's language.
 *
 * @fires piazza-newsroom-image-change - with the uploaded picture's address, or null
 */
export class PiazzaNewsroomImageUpload extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    filePickerStyles,
    css`
      img {
        display: block;
        inline-size: 100%;
        max-inline-size: 24rem;
        block-size: auto;
        aspect-ratio: 16 / 9;
        object-fit: cover;
        border-radius: var(--piazza-radius);
        background: var(--piazza-color-skeleton);
      }
      fieldset {
        gap: var(--piazza-space-s);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  /** The current picture's address, or null for none. */
  @property({ attribute: false }) url: string | null = null;
  @property({ type: Boolean }) disabled = false;
  /** A message from the form about the picture (the server refused it on save). */
  @property() error = '';

  @state() private uploading = false;
  @state() private problem = '';

  private readonly l10n = new LocalizeController(this, 'newsroom');

  override render() {
    const { t } = this.l10n;
    const message = this.problem || this.error;
    return html`<fieldset>
      <legend>${t('target.image.choose')}</legend>
      ${
        this.url
          ? html`<img src=${this.url} alt=${t('target.image.preview')} />`
          : html`<p class="muted">${t('target.image.none')}</p>`
      }
      <div class="actions">
        <input
          id="file"
          class="visually-hidden"
          type="file"
          accept=${acceptedTypes('image')}
          ?disabled=${this.disabled || this.uploading}
          aria-describedby=${message ? 'file-hint file-error' : 'file-hint'}
          aria-invalid=${message ? 'true' : 'false'}
          @change=${this.upload}
        />
        <label for="file" class="piazza-button" ?hidden=${this.disabled}>
          ${t(this.url ? 'target.image.replace' : 'target.image.pick')}
        </label>
        ${
          this.url && !this.disabled
            ? html`<button type="button" class="piazza-button" @click=${() => this.change(null)}>
                ${t('target.image.remove')}
              </button>`
            : nothing
        }
      </div>
      <p id="file-hint" class="hint">${t('target.image.hint')}</p>
      <div role="status">
        ${this.uploading ? html`<p class="muted">${t('target.image.uploading')}</p>` : nothing}
      </div>
      ${message ? html`<p id="file-error" class="field-error" role="alert">${message}</p>` : nothing}
    </fieldset>`;
  }

  private async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !this.portal) return;
    this.problem = '';
    this.uploading = true;
    const result = await uploadFile(this.portal, file, 'image');
    this.uploading = false;
    input.value = '';
    if ('url' in result) this.change(result.url);
    else this.problem = uploadRefusalMessage(this.l10n.t, result.error, 'target.image.errors');
  }

  private change(url: string | null): void {
    this.problem = '';
    this.dispatchEvent(new PiazzaNewsroomImageChangeEvent(url));
  }
}

defineElement('piazza-newsroom-image-upload', PiazzaNewsroomImageUpload);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-image-upload': PiazzaNewsroomImageUpload;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-newsroom-image-change': PiazzaNewsroomImageChangeEvent;
  }
}
