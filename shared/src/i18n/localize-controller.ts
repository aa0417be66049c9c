import i18next, { type TFunction } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host whenever the portal's language changes or new translations
 * arrive, and gives it a `t` bound to the host's namespace.
 *
 * i18next is one instance per page (the import map loads it once); the shell
 * initialises it before any app mounts, so apps never configure it.
 *
 * @example
 * ```ts
 * private readonly l10n = new LocalizeController(this, 'news');
 * render() { return html`<h2>${this.l10n.t('feed.title')}</h2>`; }
 * ```
 */
export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly namespace: string;
  private readonly onChange = (): void => this.host.requestUpdate();

  constructor(host: ReactiveControllerHost, namespace: string) {
    this.host = host;
    this.namespace = namespace;
    host.addController(this);
  }

  /** Translates a key of the host's namespace (or `common:` keys). */
  get t(): TFunction {
    // Until the shell has initialised i18next there is nothing to say: render no text.
    if (!i18next.isInitialized) return (() => '') as unknown as TFunction;
    return i18next.getFixedT(null, this.namespace);
  }

  /**
   * The language the portal shows now, e.g. 'fr' or 'es-CL': the one chosen, even when a
   * regional variant has few strings of its own and most come from its language.
   */
  get language(): string {
    return i18next.language ?? 'en';
  }

  hostConnected(): void {
    i18next.on('languageChanged', this.onChange);
    // The store exists only once the shell has initialised i18next.
    if (i18next.store) i18next.store.on('added', this.onChange);
    else i18next.on('initialized', this.onInitialized);
  }

  hostDisconnected(): void {
    i18next.off('languageChanged', this.onChange);
    i18next.off('initialized', this.onInitialized);
    i18next.store?.off('added', this.onChange);
  }

  private readonly onInitialized = (): void => {
    i18next.store.on('added', this.onChange);
    this.onChange();
  };
}
