import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { navigateToUrl } from 'single-spa';
import i18next from 'i18next';
import type { ApolloClient } from '@apollo/client';
import {
  LocalizeController,
  defineElement,
  tokens,
  type PortalContext,
  type PortalSession,
} from '@piazza/shared';
import { createApolloClient, type TokenProvider } from '../boot/apollo.js';
import { createAuthenticatedFetch } from '../boot/token-renewal.js';
import {
  baseLocale,
  chooseLocale,
  loadNamespace,
  matchLocale,
  rememberLocale,
  supportedLocales,
  useLocale,
} from '../boot/i18n.js';
import { appsOpenTo, manifestReady, type AppEntry, type PortalManifest } from '../boot/manifest.js';
import { loadSession } from '../boot/session.js';
import { AppRegistry, isAppRoute } from '../registry/app-registry.js';
import {
  adoptDemoToken,
  demoTokenProvider,
  rememberDemoPerson,
  signOutDemo,
} from '../sign-in/demo-token.js';
import { PrefetchedResponses, readBootData, type BootData } from '../boot/boot-data.js';
import {
  PiazzaLocaleChangeEvent,
  PiazzaNavigateEvent,
  maySeeTranslationKeys,
} from '../header/portal-header.js';
import { portalStyles } from './piazza-portal.styles.js';
import type { ShellOutbox } from '../outbox/create-outbox.js';
import type { PublishedTranslations } from '../i18n/published-translations.js';

type Phase = 'booting' | 'signIn' | 'ready' | 'failed';
/**
 * Why the portal could not start or stopped: the host's token was refused (and could not
 * be renewed), or Piazza was not reached.
 */
type Failure = 'signIn' | 'network';

/** Only one portal per page: single-spa's registry and the Apollo cache are per page. */
let mountedPortal: PiazzaPortal | undefined;

const namespaceOf = (app: AppEntry | undefined): string[] => (app ? [app.namespace] : []);

/** Adds the trailing slash every route is appended to. */
function normalizeBasePath(basePath: string): string {
  return basePath.endsWith('/') ? basePath : `${basePath}/`;
}

/**
 * Piazza inside any page: signs the person in, loads their session and language, shows
 * the header with the apps they may open, and mounts the app of the current route.
 * Everything renders in this element's shadow root; nothing touches the host page.
 *
 * @example
 * ```html
 * <script type="module" src="https://piazza.example/embed.js"></script>
 * <piazza-portal base-path="/piazza/" locale="fr"></piazza-portal>
 * ```
 */
export class PiazzaPortal extends LitElement {
  static override styles = [tokens, portalStyles];

  /** Path under which Piazza's routes live in the host page. */
  @property({ attribute: 'base-path' }) basePath = '/';
  /** A locale imposed by the host portal; hides the language picker. */
  @property() locale: string | undefined;
  /** The host portal's access-token provider; without it the demo sign-in is used. */
  @property({ attribute: false }) getToken: TokenProvider | undefined;

  @state() private phase: Phase = 'booting';
  @state() private session: PortalSession | undefined;
  /** What the apps get; also what the header's bell and live mark use. */
  @state() private portalContext: PortalContext | undefined;
  /** Standalone, the person's token was refused for good: the sign-in says so. */
  @state() private sessionEnded = false;
  /** A translator's in-context mode: each text shows its key (translation-keys.ts). */
  @state() private translationKeys = false;
  /** The token was refused for good during this boot. */
  private refused = false;
  private failure: Failure = 'network';
  private manifest: PortalManifest | undefined;
  /** The languages offered in the header: none when the host imposes one. */
  private locales: string[] = [];
  private client: ApolloClient | undefined;
  /** The client's fetch, which the apps share for their own requests (uploads). */
  private authenticatedFetch: typeof fetch | undefined;
  private prefetched: PrefetchedResponses | undefined;
  /** The first view the server embedded in the standalone page, if any. */
  private embedded: BootData | undefined;
  private apps: AppEntry[] = [];
  private registry: AppRegistry | undefined;
  /** The person's outbox, opened on first use (an app's write or the header at idle). */
  private outbox: Promise<ShellOutbox> | undefined;
  /** Lays published translator edits over the built strings, once the first view painted. */
  private publishedTranslations: PublishedTranslations | undefined;
  /** Unmounting the apps and emptying the cache of a session that ended. */
  private teardown: Promise<unknown> = Promise.resolve();
  private readonly l10n = new LocalizeController(this, 'common');
  /** The page last shown; a query-string change (a search, a filter) is not a new page. */
  private shownPath = window.location.pathname;

  /**
   * On a move to another page, keyboard and screen-reader users continue from the top of
   * the new page rather than from a link that is gone: focus goes to the main region.
   */
  private readonly onRoute = (): void => {
    this.requestUpdate();
    const path = window.location.pathname;
    if (path === this.shownPath) return;
    this.shownPath = path;
    if (this.phase === 'ready') {
      this.renderRoot.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('single-spa:routing-event', this.onRoute);
    if (mountedPortal !== undefined) {
      console.warn('Piazza is already mounted on this page; only the first portal is used.');
      return;
    }
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the page's one portal
    mountedPortal = this;
    void this.boot();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('single-spa:routing-event', this.onRoute);
    if (mountedPortal !== this) return;
    mountedPortal = undefined;
    // Unmounted by the host: free single-spa's registrations so a portal can mount again.
    void this.registry?.stop();
    this.registry = undefined;
    this.publishedTranslations?.stop();
    this.publishedTranslations = undefined;
  }

  override willUpdate(): void {
    // Only people who are not signed in need the sign-in: its code loads when it shows.
    if (this.phase === 'signIn') {
      import('../sign-in/sign-in.js').catch(() => {
        this.failure = 'network';
        this.phase = 'failed';
      });
    }
  }

  override render() {
    const theme = this.session ? `piazza-theme-${this.session.brand.code}` : '';
    return html`<div class="piazza-root ${theme}" lang=${this.l10n.language}>
      <piazza-portal-header
        .session=${this.session}
        .apps=${this.phase === 'ready' ? this.apps : []}
        .activeApp=${this.registry?.activeApp()}
        .href=${this.href}
        .locales=${this.locales}
        ?can-sign-out=${this.getToken === undefined}
        .translationKeys=${this.translationKeys}
        @piazza-navigate=${(event: PiazzaNavigateEvent) => navigateToUrl(event.href)}
        @piazza-locale-change=${this.onLocaleChange}
        @piazza-sign-out=${this.signOut}
        @piazza-translation-keys=${() => this.showTranslationKeys(!this.translationKeys)}
      >
        ${
          this.phase === 'ready' && this.portalContext
            ? html`<piazza-live-now .portal=${this.portalContext}></piazza-live-now>
                <piazza-outbox-status .portal=${this.portalContext}></piazza-outbox-status>
                <piazza-notification-bell .portal=${this.portalContext}></piazza-notification-bell>`
            : nothing
        }
      </piazza-portal-header>
      <main tabindex="-1">${this.renderMain()}</main>
    </div>`;
  }

  private renderMain() {
    const { t } = this.l10n;
    switch (this.phase) {
      case 'booting':
        return html`<p aria-busy="true"></p>`;
      case 'signIn':
        return html`<piazza-sign-in
          .origin=${this.manifest?.origin ?? ''}
          ?session-ended=${this.sessionEnded}
          @piazza-signed-in=${this.signedIn}
        ></piazza-sign-in>`;
      case 'failed':
        return html`<piazza-error-panel
          heading=${t('boot.failedTitle')}
          message=${t(this.failure === 'signIn' ? 'boot.signInFailed' : 'errors.network')}
          retry-label=${t('actions.retry')}
          @piazza-retry=${this.boot}
        ></piazza-error-panel>`;
      case 'ready':
        // App containers are appended here by the registry, after this paragraph.
        return html`<p ?hidden=${this.registry?.activeApp() !== undefined}>
          ${t(this.apps.length > 0 ? 'nav.notFound' : 'nav.noApps')}
        </p>`;
    }
  }

  private readonly boot = async (): Promise<void> => {
    this.phase = 'booting';
    this.refused = false;
    try {
      await this.teardown;
      const manifest = (this.manifest = await manifestReady);
      const supported = supportedLocales(manifest);
      if (this.locale === undefined) this.locales = supported;
      if (this.client === undefined) {
        // Standalone only: in a host page, identity is the host's business.
        this.embedded = this.getToken ? undefined : readBootData();
        if (this.embedded) adoptDemoToken(this.embedded.token);
        this.prefetched = new PrefetchedResponses(this.embedded?.operations);
        this.authenticatedFetch = createAuthenticatedFetch({
          getToken: this.getToken ?? demoTokenProvider(manifest.origin),
          onSessionEnded: this.endSession,
        });
        this.client = createApolloClient({
          graphqlUrl: manifest.graphqlUrl,
          authenticatedFetch: this.authenticatedFetch,
          prefetched: this.prefetched,
        });
      }
      const routeApp = (apps: readonly AppEntry[]) =>
        apps.find((app) => isAppRoute(window.location.pathname, this.portalBase, app.route));
      // A locale imposed by the host is known now: its strings load while the session
      // does. Otherwise the session decides the language, so no bundle is fetched in vain.
      const imposed = matchLocale(this.locale, supported);
      const early = imposed
        ? useLocale(manifest, imposed, ['common', ...namespaceOf(routeApp(manifest.apps))])
        : Promise.resolve();
      // A token refused for good means no session: the sign-in, or the failure state.
      const sessionLoaded = loadSession(this.client).catch((error: unknown) => {
        if (this.refused) return null;
        throw error;
      });
      const [session] = await Promise.all([sessionLoaded, early]);
      const locale = imposed ?? chooseLocale({ supported, profile: session?.locale });
      if (session === null) {
        await useLocale(manifest, locale, ['common']);
        this.failure = 'signIn';
        this.phase = this.getToken ? 'failed' : 'signIn';
        return;
      }
      if (this.getToken === undefined) rememberDemoPerson(session.personId);
      this.apps = appsOpenTo(manifest.apps, session.apps);
      // The first app's strings load with the shell's, not after the app's module.
      const firstApp = routeApp(this.apps) ?? this.apps[0];
      const embeddedBundles = this.embedded?.locale === locale ? this.embedded.bundles : {};
      await useLocale(manifest, locale, ['common', ...namespaceOf(firstApp)], embeddedBundles);
      this.session = session;
      this.phase = 'ready';
      await this.updateComplete;
      this.startApps(manifest, this.client, session);
    } catch (error) {
      console.error('Piazza could not start', error);
      this.failure = 'network';
      this.phase = 'failed';
    }
  };

  private startApps(manifest: PortalManifest, client: ApolloClient, session: PortalSession): void {
    const portal: PortalContext = {
      client,
      session,
      basePath: this.portalBase,
      href: this.href,
      navigate: (path) => navigateToUrl(this.href(path)),
      fetchApi: (path, init) => this.authenticatedFetch!(new URL(path, manifest.origin), init),
      outbox: () =>
        (this.outbox ??= import('../outbox/create-outbox.js').then(({ createOutbox }) =>
          createOutbox({ personId: session.personId, client, fetchApi: portal.fetchApi }),
        )),
    };
    this.registry = new AppRegistry({
      apps: this.apps,
      portal,
      region: this.renderRoot.querySelector('main')!,
      loadNamespace: (namespace) => loadNamespace(manifest, namespace, this.l10n.language),
    });
    const first = this.apps[0];
    if (window.location.pathname === portal.basePath && first) {
      window.history.replaceState(window.history.state, '', this.href(first.route));
    }
    this.registry.start();
    this.portalContext = portal;
    // Not needed for the first paint: the bell, the live mark and the outbox's mark (which
    // opens the outbox: what an earlier visit left is replayed) load when the page is idle,
    // as do the translations published since the build, a translator's in-context mode if
    // this tab had it on, and, standalone, the installed portal's service worker, update
    // toast and offline banner.
    const load = () => {
      void import('../i18n/published-translations.js')
        .then(({ PublishedTranslations }) => {
          if (this.portalContext !== portal) return; // the session ended meanwhile
          this.publishedTranslations = new PublishedTranslations({
            client,
            fetchApi: portal.fetchApi,
            baseLocale,
          });
          this.publishedTranslations.start();
        })
        .catch(() => undefined);
      if (maySeeTranslationKeys(session)) this.showTranslationKeys().catch(() => undefined);
      void import('../notifications/notifications.js').catch(() => undefined);
      void import('../outbox/outbox-status/outbox-status.js').catch(() => undefined);
      void import('../telemetry/vitals-reporter.js')
        .then(({ reportWebVitals }) =>
          reportWebVitals({
            origin: manifest.origin,
            getToken: this.getToken ?? demoTokenProvider(manifest.origin),
            attribution: () => ({
              app: this.registry?.activeApp()?.name ?? 'shell',
              locale: this.l10n.language,
            }),
          }),
        )
        .catch(() => undefined);
      if (!this.getToken) {
        void import('../pwa/pwa.js')
          .then((pwa) =>
            pwa.startPwa(this.renderRoot.querySelector('.piazza-root')!, portal.basePath),
          )
          .catch(() => undefined);
      }
    };
    if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 2000 });
    else setTimeout(load, 500);
  }

  private get portalBase(): string {
    return normalizeBasePath(this.basePath);
  }

  private readonly href = (path: string): string => `${this.portalBase}${path}`;

  private readonly onLocaleChange = async ({ locale }: PiazzaLocaleChangeEvent): Promise<void> => {
    if (this.manifest === undefined) return;
    const loaded = Object.keys(i18next.store.data[this.l10n.language] ?? {});
    await useLocale(this.manifest, locale, loaded);
    rememberLocale(locale);
  };

  /** Turns a translator's in-context mode on or off, by default as this tab had it. */
  private async showTranslationKeys(on?: boolean): Promise<void> {
    const keys = await import('../i18n/translation-keys.js');
    on ??= keys.showingTranslationKeys();
    this.translationKeys = keys.showTranslationKeys(on, this.portalContext!);
  }

  private readonly signedIn = (): void => {
    this.sessionEnded = false;
    void this.boot();
  };

  /**
   * The token was refused and could not be renewed: standalone, back to the sign-in with
   * a notice; in a host page, the failure state (the host's sign-on is at fault). The
   * apps and what the cache holds of the person go; the route stays, so signing in again
   * reopens the same page.
   */
  private readonly endSession = (): void => {
    if (this.phase === 'signIn' || this.phase === 'failed') return;
    this.refused = true;
    const hosted = this.getToken !== undefined;
    if (!hosted) {
      this.sessionEnded = true;
      void signOutDemo(this.manifest?.origin ?? window.location.origin);
    }
    // While booting, boot itself turns the refusal into the sign-in or the failure state.
    if (this.phase === 'booting') return;
    this.failure = 'signIn';
    this.phase = hosted ? 'failed' : 'signIn';
    this.session = undefined;
    this.prefetched?.clear();
    this.teardown = Promise.all([this.registry?.stop(), this.client?.clearStore()]).catch(
      () => undefined,
    );
    this.registry = undefined;
    this.publishedTranslations?.stop();
    this.publishedTranslations = undefined;
    // The next person may not be a translator.
    if (this.translationKeys) void this.showTranslationKeys(false);
    // Its writes wait for this person to sign in again: never sent with another's token.
    void this.outbox?.then((outbox) => outbox.stop());
    this.outbox = undefined;
  };

  private readonly signOut = async (): Promise<void> => {
    await signOutDemo(this.manifest?.origin ?? window.location.origin);
    window.location.assign(this.href(''));
  };
}

defineElement('piazza-portal', PiazzaPortal);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-portal': PiazzaPortal;
  }
}
