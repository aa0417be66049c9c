import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../define-element.js';
import { buttonStyles } from '../button.styles.js';

/** Fired when the person asks to try again. */
export class PiazzaRetryEvent extends Event {
  constructor() {
    super('piazza-retry', { bubbles: true, composed: true });
  }
}

/**
 * Says what went wrong and offers to try again. Text comes translated from the caller:
 * the panel never shows a raw error.
 *
 * @fires piazza-retry - when the retry button is pressed
 */
export class PiazzaErrorPanel extends LitElement {
  static override styles = [
    buttonStyles,
    css`
      :host {
        display: block;
      }
      .panel {
        display: grid;
        gap: var(--piazza-space-s);
        justify-items: start;
        padding: var(--piazza-space-l);
        border: 1px solid var(--piazza-color-danger);
        border-radius: var(--piazza-radius);
        background: var(--piazza-color-danger-surface);
        color: var(--piazza-color-text-default);
      }
      h2 {
        margin: 0;
        font-size: var(--piazza-font-size-title);
      }
      p {
        margin: 0;
      }
    `,
  ];

  @property() heading = '';
  @property() message = '';
  @property({ attribute: 'retry-label' }) retryLabel = '';

  override render() {
    return html`<div class="panel" role="alert">
      <h2>${this.heading}</h2>
      <p>${this.message}</p>
      <button class="piazza-button piazza-button--primary" @click=${this.retry}>
        ${this.retryLabel}
      </button>
    </div>`;
  }

  private retry(): void {
    this.dispatchEvent(new PiazzaRetryEvent());
  }
}

defineElement('piazza-error-panel', PiazzaErrorPanel);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-error-panel': PiazzaErrorPanel;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-retry': PiazzaRetryEvent;
  }
}
