import { LitElement, html } from 'lit';
import { LocalizeController, defineElement } from '@piazza/shared';

/**
 * Stands in for an app that failed to load or crashed.
 *
 * @fires piazza-retry - from the inner panel, when the person asks to try again
 */
export class PiazzaAppUnavailable extends LitElement {
  private readonly l10n = new LocalizeController(this, 'common');

  override render() {
    const { t } = this.l10n;
    return html`<piazza-error-panel
      heading=${t('appUnavailable.title')}
      message=${t('appUnavailable.message')}
      retry-label=${t('actions.retry')}
    ></piazza-error-panel>`;
  }
}

defineElement('piazza-app-unavailable', PiazzaAppUnavailable);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-app-unavailable': PiazzaAppUnavailable;
  }
}
