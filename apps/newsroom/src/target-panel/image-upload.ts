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
import { fieldStyles, screenStyles } from '../ui/newsroom.styles.js';

/** Where pictures are uploaded: the file's bytes as the body, its type as Content-Type. */
export const MEDIA_PATH = '/api/media';
const ACCEPTED = 'image/png,image/jpeg,image/webp,image/gif';

/** Why an upload failed: the server's codes (server: http/media.ts), or FAILED for the rest. */
const REFUSALS = [
  'NOT_AN_IMAGE',
  'TOO_LARGE',
  'RATE_LIMITED',
  'FORBIDDEN',
  'UNAUTHENTICATED',
] as const;
type Refusal = (typeof REFUSALS)[number] | 'FAILED';

/** The words for each refusal: the picture's own, or the portal's common ones. */
const REFUSAL_MESSAGES: Record<Refusal, string> = {
  NOT_AN_IMAGE: 'target.image.errors.NOT_AN_IMAGE',
  TOO_LARGE: 'target.image.errors.TOO_LARGE',
  FAILED: 'target.image.errors.FAILED',
  RATE_LIMITED: 'common:errors.rateLimited',
  FORBIDDEN: 'common:errors.forbidden',
  UNAUTHENTICATED: 'common:errors.unauthenticated',
};

/** What an upload gives: the picture's address, or why it was refused. */
export type UploadResult = { url: string } | { error: Refusal };

/** Sends a picture to Piazza's server with the person's token. Never throws. */
export async function uploadImage(portal: PortalContext, file: File): Promise<UploadResult> {
  if (!file.type.startsWith('image/')) return { error: 'NOT_AN_IMAGE' };
  try {
    const response = await portal.fetchApi(MEDIA_PATH, {
      method: 'POST',
      headers: { 'content-type': file.type },
      body: file,
    });
    const body = (await response.json().catch(() => ({}))) as {
      url?: string;
      error?: { code?: string };
    };
    if (response.ok && body.url) return { url: body.url };
    const code = REFUSALS.find((refusal) => refusal === body.error?.code);
    return { error: code ?? 'FAILED' };
  } catch {
    return { error: 'FAILED' };
  }
}

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
      /* The browser's own file button speaks the browser's language: a label of ours stands
         in for it, and the input, still focusable, shows its focus on the label. */
      input[type='file']:focus-visible + label {
        outline: 3px solid var(--piazza-color-focus);
        outline-offset: 2px;
      }
      .actions label {
        text-align: center;
        cursor: pointer;
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
          accept=${ACCEPTED}
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
    const result = await uploadImage(this.portal, file);
    this.uploading = false;
    input.value = '';
    if ('url' in result) this.change(result.url);
    else this.problem = this.l10n.t(REFUSAL_MESSAGES[result.error]);
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
