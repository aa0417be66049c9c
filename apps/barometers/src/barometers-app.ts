import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { InMemoryCache } from '@apollo/client';
import {
  LocalizeController,
  QueryController,
  createAppLifecycles,
  defineElement,
  errorMessageKey,
  followInPortal,
  portalContext,
  sectionNav,
  sectionNavStyles,
  type AppRootElement,
  type PortalContext,
} from '@piazza/shared';
import { ScreenCodeController } from '@piazza/shared/screens';
import type { BarometerScopeInput } from '@piazza/shared/graphql';
import { BarometerScopesDocument } from './barometer-scopes.generated.js';
import {
  APP_ROUTE,
  SCOPED_SECTIONS,
  comparisonOf,
  pathWith,
  periodOf,
  routeOf,
  scopeOf,
  scopeParam,
  scopeSearch,
  sectionOf,
  sectionPath,
  sectionsFor,
  type BarometersRoute,
  type Section,
} from './barometers-routes.js';
import { barometersTypePolicies } from './barometers-type-policies.js';
import { BarometerPathEvent } from './network/barometer-path-event.js';
import type { BarometerChangeEvent, ScopeStep } from './ui/scope-bar.js';
import './ui/scope-bar.js';
import './network/network-barometer.js';

/**
 * The code of the screens other than the network view (the region managers' first view),
 * loaded when first opened: the dealer page's chart library comes only with it.
 */
const SCREEN_CODE: Partial<Record<BarometersRoute['screen'], () => Promise<unknown>>> = {
  dealer: () => import('./dealer/dealer-barometer.js'),
  import: () => import('./import/kpi-import.js'),
  engagement: () => import('./engagement/engagement-barometer.js'),
  voice: () => import('./voice/network-voice.js'),
  pulse: () => import('./pulse/pulse-surveys.js'),
  survey: () => import('./pulse/pulse-survey.js'),
  health: () => import('./health/portal-health.js'),
};

/**
 * The barometers' app root: provides the portal context, shows the sections the person's
 * roles open, the scope bar above the screens that show a part of the network, and the
 * screen of the address. Everything a screen shows is in its address, so a link shares it
 * and the browser's back button goes back through it.
 */
export class PiazzaBarometersApp extends LitElement implements AppRootElement {
  static override styles = [
    sectionNavStyles,
    css`
      :host {
        display: block;
      }
      a {
        color: var(--piazza-color-primary);
      }
    `,
  ];

  @provide({ context: portalContext })
  @property({ attribute: false })
  portal!: PortalContext;

  /** The way down to the scope shown, as the network view found it, by scope. */
  @state() private path: { scope: string; steps: readonly ScopeStep[] } | undefined;
  private readonly l10n = new LocalizeController(this, 'barometers');
  private readonly screens = new ScreenCodeController(this, SCREEN_CODE);
  private readonly scopes = new QueryController(this, {
    query: BarometerScopesDocument,
    client: () => this.portal.client,
    variables: () => ({}),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    (this.portal.client.cache as InMemoryCache).policies.addTypePolicies(barometersTypePolicies);
    this.addEventListener('barometer-change', this.onChange as EventListener);
    this.addEventListener(BarometerPathEvent.type, this.onPath as EventListener);
  }

  override willUpdate(): void {
    const route = this.route();
    if (route !== undefined && this.allowed(route)) this.screens.load(route.screen);
  }

  override render() {
    const route = this.route();
    return html`${this.renderNav(route)}
    ${this.screens.render(this.l10n.t, () => this.renderRoute(route))}`;
  }

  private route(): BarometersRoute | undefined {
    return routeOf(window.location, this.portal.href(`${APP_ROUTE}/`));
  }

  private sections(): Section[] {
    return sectionsFor(this.portal.session.roles);
  }

  private allowed(route: BarometersRoute): boolean {
    return this.sections().includes(sectionOf(route));
  }

  private renderRoute(route: BarometersRoute | undefined) {
    const { t } = this.l10n;
    const first = this.sections()[0];
    if (route === undefined || !this.allowed(route)) {
      // An editor's barometers are the pulse surveys: the app's address opens them.
      if (route?.screen === 'network' && first === 'pulse')
        return this.renderScreen({ screen: 'pulse' });
      return html`<p>${t(route === undefined ? 'nav.notFound' : 'nav.notAllowed')}</p>
        ${first ? this.link(sectionPath(first), t(`nav.sections.${first}`)) : null}`;
    }
    if (!SCOPED_SECTIONS.includes(route.screen as Section)) return this.renderScreen(route);
    return this.scopes.render({
      pending: () => html`<p role="status">${t('scopeBar.loading')}</p>`,
      error: (error) =>
        html`<piazza-error-panel
          heading=${t('scopeBar.failed')}
          message=${t(errorMessageKey(error))}
          retry-label=${t('common:actions.retry')}
          @piazza-retry=${() => void this.scopes.refetch()}
        ></piazza-error-panel>`,
      complete: ({ barometerScopes }) => {
        const search = new URLSearchParams(window.location.search);
        const scope = scopeOf(search);
        if (scope === undefined) {
          const broadest = barometerScopes[0];
          if (!broadest) return html`<p>${t('scopeBar.none')}</p>`;
          // The address names the scope shown from the start: a link to it shares it.
          this.replaceParams({ scope: scopeParam(broadest), brand: broadest.brand.id });
          return null;
        }
        const steps = this.path?.scope === scopeParam(scope) ? this.path.steps : [];
        return html`<piazza-barometer-scope-bar
            .scopes=${barometerScopes}
            .scope=${scope}
            .path=${steps}
            .period=${periodOf(search)}
            .comparison=${route.screen === 'network' ? comparisonOf(search) : undefined}
            ?live=${route.screen === 'engagement' || route.screen === 'voice'}
          ></piazza-barometer-scope-bar>
          ${this.renderScreen(route, scope)}`;
      },
    });
  }

  private renderScreen(route: BarometersRoute, scope?: BarometerScopeInput) {
    const search = new URLSearchParams(window.location.search);
    const period = periodOf(search);
    switch (route.screen) {
      case 'network':
        return html`<piazza-network-barometer
          .scope=${scope}
          .period=${period}
          .search=${search}
        ></piazza-network-barometer>`;
      case 'engagement':
        return html`<piazza-engagement-barometer
          .scope=${scope}
          .period=${period}
          .search=${search}
        ></piazza-engagement-barometer>`;
      case 'voice':
        return html`<piazza-network-voice
          .scope=${scope}
          .period=${period}
          .search=${search}
        ></piazza-network-voice>`;
      case 'dealer':
        return html`<piazza-dealer-barometer
          dealer-id=${route.dealerId}
          .period=${period}
          .search=${search}
        ></piazza-dealer-barometer>`;
      case 'pulse':
        return html`<piazza-pulse-surveys .search=${search}></piazza-pulse-surveys>`;
      case 'survey':
        return html`<piazza-pulse-survey
          survey-id=${route.surveyId}
          .search=${search}
        ></piazza-pulse-survey>`;
      case 'health':
        return html`<piazza-portal-health .search=${search}></piazza-portal-health>`;
      case 'import':
        return html`<piazza-kpi-import></piazza-kpi-import>`;
    }
  }

  /** The person's sections; those about a part of the network keep the scope and period. */
  private renderNav(route: BarometersRoute | undefined) {
    const { t } = this.l10n;
    const current = route && sectionOf(route);
    const kept = scopeSearch(new URLSearchParams(window.location.search));
    const sections = this.sections();
    if (sections.length < 2) return null;
    return sectionNav(
      t('nav.label'),
      sections.map((section) => {
        const path = SCOPED_SECTIONS.includes(section)
          ? pathWith(sectionPath(section), kept)
          : sectionPath(section);
        return {
          href: this.portal.href(path),
          label: t(`nav.sections.${section}`),
          current: section === current,
          follow: (event: MouseEvent) => followInPortal(event, this.portal, path),
        };
      }),
    );
  }

  private link(path: string, text: string) {
    return html`<a
      href=${this.portal.href(path)}
      @click=${(event: MouseEvent) => followInPortal(event, this.portal, path)}
      >${text}</a
    >`;
  }

  /** The address's path inside the portal, e.g. `barometers/voice`. */
  private portalPath(): string {
    return window.location.pathname.slice(this.portal.href('').length);
  }

  private readonly onChange = (event: BarometerChangeEvent): void => {
    const search = new URLSearchParams(window.location.search);
    this.portal.navigate(pathWith(this.portalPath(), search, event.changes));
  };

  private readonly onPath = (event: BarometerPathEvent): void => {
    this.path = { scope: event.scope, steps: event.steps };
  };

  /** Completes the address without a new history entry: back still leaves the app. */
  private replaceParams(changes: Record<string, string | null>): void {
    const search = new URLSearchParams(window.location.search);
    window.history.replaceState(
      window.history.state,
      '',
      this.portal.href(pathWith(this.portalPath(), search, changes)),
    );
    void this.updateComplete.then(() => this.requestUpdate());
  }
}

defineElement('piazza-barometers-app', PiazzaBarometersApp);

export const { bootstrap, mount, unmount } = createAppLifecycles({
  tagName: 'piazza-barometers-app',
});

declare global {
  interface HTMLElementTagNameMap {
    'piazza-barometers-app': PiazzaBarometersApp;
  }
}
