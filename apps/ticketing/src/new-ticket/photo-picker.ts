import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { LocalizeController, buttonStyles, defineElement } from '@piazza/shared';
import { fieldStyles, filePickerStyles, screenStyles } from '@piazza/shared/screens';
import { refusedFileErrors, sortChosenFiles, type RefusedFile } from './chosen-files.js';
import { MAX_PHOTOS, photoProblem, resizedPhoto, type PhotoProblem } from './photos.js';

interface Photo {
  blob: Blob;
  /** An object URL of `blob` for its thumbnail, revoked when the photo goes. */
  url: string;
}

/**
 * The photos of a new ticket: up to MAX_PHOTOS pictures chosen from the device (or taken
 * with a phone's camera), each resized as it is chosen, shown as thumbnails that can be
 * removed. Refused files are named with the reason, in the person's language.
 */
export class PiazzaTicketingPhotoPicker extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    filePickerStyles,
    css`
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-s);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: grid;
        gap: var(--piazza-space-xs);
        justify-items: center;
      }
      img {
        inline-size: 6rem;
        block-size: 6rem;
        object-fit: cover;
        border-radius: var(--piazza-radius);
      }
    `,
  ];

  @state() private chosen: readonly Photo[] = [];
  @state() private refused: readonly RefusedFile<PhotoProblem>[] = [];
  @state() private busy = false;
  private readonly l10n = new LocalizeController(this, 'ticketing');

  /** The photos to send, resized, in the order they were chosen. */
  get photos(): Blob[] {
    return this.chosen.map((photo) => photo.blob);
  }

  /** Forgets every photo (the ticket they were for is on its way). */
  clear(): void {
    for (const photo of this.chosen) URL.revokeObjectURL(photo.url);
    this.chosen = [];
    this.refused = [];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clear();
  }

  override render() {
    const { t } = this.l10n;
    const full = this.chosen.length >= MAX_PHOTOS;
    return html`<fieldset>
      <legend>${t('form.photos')}</legend>
      <p class="hint" id="photos-hint">${t('form.photosHint', { count: MAX_PHOTOS })}</p>
      ${
        this.chosen.length
          ? html`<ul>
              ${this.chosen.map(
                (photo, index) =>
                  html`<li>
                    <img src=${photo.url} alt=${t('form.photoAlt', { number: index + 1 })} />
                    <button
                      class="piazza-button"
                      type="button"
                      @click=${() => this.removePhoto(photo)}
                    >
                      ${t('form.removePhoto', { number: index + 1 })}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <div aria-live="polite">
        ${refusedFileErrors(this.refused, (file) =>
          t(`form.photoRefused.${file.problem}`, { name: file.name, count: MAX_PHOTOS }),
        )}
        ${this.busy ? html`<p>${t('form.preparingPhotos')}</p>` : nothing}
      </div>
      <div>
        <input
          id="photo-files"
          class="visually-hidden"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          multiple
          aria-describedby="photos-hint"
          ?disabled=${full || this.busy}
          @change=${this.choose}
        />
        <label class="piazza-button" for="photo-files">${t('form.addPhotos')}</label>
      </div>
    </fieldset>`;
  }

  private async choose(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const room = MAX_PHOTOS - this.chosen.length;
    const { accepted, refused } = sortChosenFiles(files, room, photoProblem);
    this.refused = refused;
    this.busy = true;
    try {
      const added: Photo[] = [];
      for (const file of accepted) {
        try {
          const blob = await resizedPhoto(file);
          added.push({ blob, url: URL.createObjectURL(blob) });
        } catch {
          // The browser could not read it as a picture, whatever its type said.
          this.refused = [...this.refused, { name: file.name, problem: 'NOT_A_PHOTO' }];
        }
      }
      this.chosen = [...this.chosen, ...added];
    } finally {
      this.busy = false;
    }
  }

  private removePhoto(photo: Photo): void {
    URL.revokeObjectURL(photo.url);
    this.chosen = this.chosen.filter((candidate) => candidate !== photo);
  }
}

defineElement('piazza-ticketing-photo-picker', PiazzaTicketingPhotoPicker);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-photo-picker': PiazzaTicketingPhotoPicker;
  }
}
