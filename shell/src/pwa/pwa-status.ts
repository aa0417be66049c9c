import { LitElement, css, html, nothing } from 'lit';
import { LocalizeController, buttonStyles, defineElement, formatTimestamp } from '@piazza/shared';

/** The person chose to reload into the new version. */
export class PiazzaReloadEvent extends Event {
  constructor() {
    super('piazza-reload', { bubbles: true, composed: true });
  }
}

/**
 * What the installed portal says about itself: a banner while the page shows answers
 * saved on the device (the network failed), and a toast when a new version is ready.
 * Both are announced politely by screen readers; neither takes the focus.
 */
export class PiazzaPwaStatus extends LitElement {
  static override styles = [
    buttonStyles,
    css`
      :host {
        position: fixed;
        inset-inline: 0;
        inset-block-end: 0;
        z-index: 10;
        display: grid;
        gap: var(--piazza-space-s);
        padding: var(--piazza-space-s);
        pointer-events: none;
        justify-items: center;
      }
      .banner,
      .toast {
        pointer-events: auto;
        box-sizing: border-box;
        max-inline-size: min(36rem, 100%);
        padding: var(--piazza-space-s) var(--piazza-space-m);
        border-radius: var(--piazza-radius);
        box-shadow: var(--piazza-shadow-card);
      }
      .banner {
        background: var(--piazza-color-accent-surface);
        color: var(--piazza-color-text-default);
        border: 1px solid var(--piazza-color-border);
      }
      .toast {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--piazza-space-s) var(--piazza-space-m);
        background: var(--piazza-color-surface-raised);
        color: var(--piazza-color-text-default);
        border: 1px solid var(--piazza-color-primary);
      }
      p {
        margin: 0;
      }
    `,
  ];

  // Declared without decorators: their helper would become a chunk of the first view.
  static override properties = {
    savedAt: { attribute: false },
    updateReady: { type: Boolean, attribute: 'update-ready' },
  };
  /** When the answers shown were saved (ISO), while the network fails; else undefined. */
  savedAt: string | undefined;
  /** A new version is installed and waits for a reload. */
  updateReady = false;

  private readonly l10n = new LocalizeController(this, 'common');

  override render() {
    const { t, language } = this.l10n;
    return html`<div role="status" aria-live="polite">
        ${
          this.savedAt
            ? html`<p class="banner">
                ${t('pwa.showingSaved', { time: formatTimestamp(this.savedAt, language) })}
              </p>`
            : nothing
        }
      </div>
      <div role="status" aria-live="polite">
        ${
          this.updateReady
            ? html`<div class="toast">
                <p>${t('pwa.updateReady')}</p>
                <button
                  class="piazza-button piazza-button--primary"
                  @click=${() => this.dispatchEvent(new PiazzaReloadEvent())}
                >
                  ${t('pwa.reload')}
                </button>
              </div>`
            : nothing
        }
      </div>`;
  }
}

defineElement('piazza-pwa-status', PiazzaPwaStatus);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-pwa-status': PiazzaPwaStatus;
  }
}
