import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { InMemoryCache } from '@apollo/client';
import {
  LocalizeController,
  createAppLifecycles,
  defineElement,
  portalContext,
  sectionNav,
  sectionNavStyles,
  type AppRootElement,
  type PortalContext,
  followInPortal,
} from '@piazza/shared';
import { APP_ROUTE, SECTIONS, matchRoute, type NewsroomScreen } from './newsroom-routes.js';
import { newsroomTypePolicies } from './newsroom-type-policies.js';
import './article-list/article-list.js';

/**
 * The newsroom's root, for editors: provides the portal context to its tree, shows the
 * app's navigation and the screen of the address (see `SCREENS` in newsroom-routes.ts),
 * loading a screen's code when it is first opened.
 */
export class PiazzaNewsroomApp extends LitElement implements AppRootElement {
  static override styles = [
    sectionNavStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  @provide({ context: portalContext })
  @property({ attribute: false })
  portal!: PortalContext;

  /** Screens whose code could not be loaded (offline, or a redeploy removed it). */
  @state() private failedScreens = new Set<NewsroomScreen>();
  private readonly l10n = new LocalizeController(this, 'newsroom');
  private readonly onRoute = (): void => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    (this.portal.client.cache as InMemoryCache).policies.addTypePolicies(newsroomTypePolicies);
    window.addEventListener('popstate', this.onRoute);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onRoute);
  }

  override willUpdate(): void {
    const screen = this.route()?.screen;
    screen?.load?.().catch(() => {
      this.failedScreens = new Set([...this.failedScreens, screen]);
    });
  }

  override render() {
    const { t } = this.l10n;
    const route = this.route();
    return html`${SECTIONS.length > 1 ? this.renderNav(route?.screen.section) : nothing}
    ${
      route === undefined
        ? html`<p>${t('nav.notFound')}</p>
            <a
              href=${this.portal.href(APP_ROUTE)}
              @click=${(event: MouseEvent) => followInPortal(event, this.portal, APP_ROUTE)}
              >${t('editor.back')}</a
            >`
        : this.failedScreens.has(route.screen)
          ? html`<piazza-error-panel
              heading=${t('common:appUnavailable.title')}
              message=${t('common:errors.network')}
              retry-label=${t('common:actions.retry')}
              @piazza-retry=${() => this.retry(route.screen)}
            ></piazza-error-panel>`
          : route.screen.render(route)
    }`;
  }

  private renderNav(current: string | undefined) {
    const { t } = this.l10n;
    return sectionNav(
      t('nav.label'),
      SECTIONS.map((section) => {
        const path = section.path ? `${APP_ROUTE}/${section.path}` : APP_ROUTE;
        return {
          href: this.portal.href(path),
          label: t(section.label),
          current: section.name === current,
          follow: (event: MouseEvent) => followInPortal(event, this.portal, path),
        };
      }),
    );
  }

  private route() {
    return matchRoute(window.location, this.portal.href(`${APP_ROUTE}/`));
  }

  private retry(screen: NewsroomScreen): void {
    const failed = new Set(this.failedScreens);
    failed.delete(screen);
    this.failedScreens = failed;
  }
}

defineElement('piazza-newsroom-app', PiazzaNewsroomApp);

export const { bootstrap, mount, unmount } = createAppLifecycles({
  tagName: 'piazza-newsroom-app',
});

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-app': PiazzaNewsroomApp;
  }
}
