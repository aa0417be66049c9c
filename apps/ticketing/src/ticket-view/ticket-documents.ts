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
import { fileSize } from '../file-size.js';
import { fileListStyles } from '../ui/ticketing.styles.js';
import type { TicketFieldsFragment } from '../ticket.fragment.generated.js';

type TicketDocument = TicketFieldsFragment['attachments'][number];

/**
 * The documents of a ticket, each with its name, size and a Download button. Their URLs
 * answer only with the person's token, so a plain link cannot fetch them: the portal's
 * fetchApi does, and the file is saved from an object URL under its name. Opened once, a
 * document downloads offline too (the service worker keeps it, see shell/src/sw).
 */
export class PiazzaTicketingDocuments extends LitElement {
  static override styles = [
    buttonStyles,
    fileListStyles,
    css`
      .error {
        color: var(--piazza-color-danger);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) documents: readonly TicketDocument[] = [];

  @state() private failed = '';
  private readonly l10n = new LocalizeController(this, 'ticketing');

  override render() {
    const { t } = this.l10n;
    return html`<ul class="files">
        ${this.documents.map(
          (document, index) =>
            html`<li>
              <span class="name" id="document-${index}">${document.fileName}</span>
              <span class="size">${fileSize(document.size, this.l10n.language)}</span>
              <button
                class="piazza-button"
                type="button"
                aria-describedby="document-${index}"
                @click=${() => this.download(document)}
              >
                ${t('view.download')}
              </button>
            </li>`,
        )}
      </ul>
      <div aria-live="polite">
        ${
          this.failed
            ? html`<p class="error">${t('view.downloadFailed', { name: this.failed })}</p>`
            : nothing
        }
      </div>`;
  }

  private async download(document: TicketDocument): Promise<void> {
    this.failed = '';
    try {
      const response = await this.portal!.fetchApi(document.url);
      if (!response.ok) throw new Error(`document ${response.status}`);
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(window.document.createElement('a'), {
        href: url,
        download: document.fileName,
      });
      link.click();
      // The browser has taken the file once the click is handled.
      setTimeout(() => URL.revokeObjectURL(url));
    } catch {
      this.failed = document.fileName;
    }
  }
}

defineElement('piazza-ticketing-documents', PiazzaTicketingDocuments);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-documents': PiazzaTicketingDocuments;
  }
}
