import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { LocalizeController, buttonStyles, defineElement } from '@piazza/shared';
import { fieldStyles, filePickerStyles, screenStyles } from '@piazza/shared/screens';
import { fileSize } from '../file-size.js';
import { fileListStyles } from '../ui/ticketing.styles.js';
import { refusedFileErrors, sortChosenFiles, type RefusedFile } from './chosen-files.js';
import { MAX_DOCUMENTS, documentProblem, type DocumentProblem } from './documents.js';

/**
 * The documents of a new ticket (repair orders, invoices): up to MAX_DOCUMENTS PDFs chosen
 * from the device, listed with their name and size, each removable. Refused files are
 * named with the reason, in the person's language.
 */
export class PiazzaTicketingDocumentPicker extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    filePickerStyles,
    fileListStyles,
  ];

  @state() private chosen: readonly File[] = [];
  @state() private refused: readonly RefusedFile<DocumentProblem>[] = [];
  private readonly l10n = new LocalizeController(this, 'ticketing');

  /** The documents to send, in the order they were chosen. */
  get documents(): File[] {
    return [...this.chosen];
  }

  /** Forgets every document (the ticket they were for is on its way). */
  clear(): void {
    this.chosen = [];
    this.refused = [];
  }

  override render() {
    const { t } = this.l10n;
    return html`<fieldset>
      <legend>${t('form.documents')}</legend>
      <p class="hint" id="documents-hint">${t('form.documentsHint', { count: MAX_DOCUMENTS })}</p>
      ${
        this.chosen.length
          ? html`<ul class="files">
              ${this.chosen.map(
                (file) =>
                  html`<li>
                    <span class="name">${file.name}</span>
                    <span class="size">${fileSize(file.size, this.l10n.language)}</span>
                    <button
                      class="piazza-button"
                      type="button"
                      @click=${() => this.removeDocument(file)}
                    >
                      ${t('form.removeDocument', { name: file.name })}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <div aria-live="polite">
        ${refusedFileErrors(this.refused, (file) =>
          t(`form.documentRefused.${file.problem}`, { name: file.name, count: MAX_DOCUMENTS }),
        )}
      </div>
      <div>
        <input
          id="document-files"
          class="visually-hidden"
          type="file"
          accept="application/pdf,.pdf"
          multiple
          aria-describedby="documents-hint"
          ?disabled=${this.chosen.length >= MAX_DOCUMENTS}
          @change=${this.choose}
        />
        <label class="piazza-button" for="document-files">${t('form.addDocuments')}</label>
      </div>
    </fieldset>`;
  }

  private choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const room = MAX_DOCUMENTS - this.chosen.length;
    const { accepted, refused } = sortChosenFiles(files, room, documentProblem);
    this.refused = refused;
    this.chosen = [...this.chosen, ...accepted];
  }

  private removeDocument(file: File): void {
    this.chosen = this.chosen.filter((candidate) => candidate !== file);
  }
}

defineElement('piazza-ticketing-document-picker', PiazzaTicketingDocumentPicker);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-document-picker': PiazzaTicketingDocumentPicker;
  }
}
