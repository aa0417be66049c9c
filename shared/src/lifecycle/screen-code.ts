import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TFunction } from 'i18next';

/**
 * An app root's screens beyond its first view: each screen's code loads when the address
 * first shows it, so the first view paints without it. A load that fails (offline, or a
 * redeploy removed the chunk) shows a panel to try again. The root renders again whenever
 * the browser's history moves, since the screen it shows is the address's.
 */
export class ScreenCodeController<Screen extends string> implements ReactiveController {
  private failed = false;
  private readonly onRoute = (): void => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly code: Partial<Record<Screen, () => Promise<unknown>>>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onRoute);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onRoute);
  }

  /** Loads the code of the screen about to show (nothing for one the root holds already). */
  load(screen: Screen | undefined): void {
    const code = screen === undefined ? undefined : this.code[screen];
    code?.().catch(() => {
      this.failed = true;
      this.host.requestUpdate();
    });
  }

  /** The screen, or the panel saying its code could not be loaded, in the app's words. */
  render(t: TFunction, screen: () => unknown): unknown {
    if (!this.failed) return screen();
    return html`<piazza-error-panel
      heading=${t('common:appUnavailable.title')}
      message=${t('common:errors.network')}
      retry-label=${t('common:actions.retry')}
      @piazza-retry=${() => {
        this.failed = false;
        this.host.requestUpdate();
      }}
    ></piazza-error-panel>`;
  }
}
