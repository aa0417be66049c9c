import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';

/**
 * One photo of a ticket. Photos are private (their URL answers only with the person's
 * token), so an <img src> cannot fetch them: the portal's fetchApi does, and the picture is
 * shown from an object URL, revoked when the element goes.
 */
export class PiazzaTicketingPhoto extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    img,
    .placeholder {
      display: block;
      inline-size: 100%;
      aspect-ratio: 4 / 3;
      object-fit: cover;
      border-radius: var(--piazza-radius);
      background: var(--piazza-color-skeleton);
    }
    a:focus-visible {
      outline: 3px solid var(--piazza-color-focus);
      outline-offset: 2px;
    }
  `;

  @consume({ context: portalContext }) portal?: PortalContext;
  /** The photo's URL on Piazza's server, e.g. /api/tickets/photos/ab12.jpg. */
  @property() src = '';
  /** What the photo shows, for people who cannot see it. */
  @property() alt = '';

  @state() private objectUrl = '';
  @state() private failed = false;
  private readonly l10n = new LocalizeController(this, 'ticketing');
  private loaded = '';

  override willUpdate(): void {
    if (this.portal && this.src && this.src !== this.loaded) void this.load(this.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = '';
    this.loaded = '';
  }

  override render() {
    if (this.objectUrl) {
      return html`<a href=${this.objectUrl} target="_blank" rel="noopener">
        <img src=${this.objectUrl} alt=${this.alt} />
      </a>`;
    }
    const { t } = this.l10n;
    return html`<div class="placeholder" role="img" aria-label=${this.alt}>
      ${this.failed ? t('view.photoUnavailable') : ''}
    </div>`;
  }

  private async load(src: string): Promise<void> {
    this.loaded = src;
    try {
      const response = await this.portal!.fetchApi(src);
      if (!response.ok) throw new Error(`photo ${response.status}`);
      const url = URL.createObjectURL(await response.blob());
      if (this.loaded !== src || !this.isConnected) return URL.revokeObjectURL(url);
      URL.revokeObjectURL(this.objectUrl);
      this.objectUrl = url;
    } catch {
      this.failed = true;
    }
  }
}

defineElement('piazza-ticketing-photo', PiazzaTicketingPhoto);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-photo': PiazzaTicketingPhoto;
  }
}
