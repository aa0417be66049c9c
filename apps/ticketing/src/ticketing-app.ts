import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { InMemoryCache } from '@apollo/client';
import {
  LocalizeController,
  createAppLifecycles,
  defineElement,
  followInPortal,
  portalContext,
  sectionNav,
  sectionNavStyles,
  type AppRootElement,
  type PortalContext,
} from '@piazza/shared';
import { ScreenCodeController } from '@piazza/shared/screens';
import { APP_ROUTE, NEW_TICKET_PATH, routeOf, type TicketingRoute } from './ticketing-routes.js';
import { ticketingTypePolicies } from './ticketing-type-policies.js';
import './ticket-list/ticket-list.js';

/**
 * The code of the screens other than the list, loaded when first opened: the list (the
 * first view) paints without the form's and the ticket's code.
 */
const SCREEN_CODE: Partial<Record<TicketingRoute['screen'], () => Promise<unknown>>> = {
  new: () => import('./new-ticket/new-ticket.js'),
  ticket: () => import('./ticket-view/ticket-view.js'),
};

/**
 * The ticketing app's root: provides the portal context to its tree, shows the app's
 * navigation (the tickets, a new one) and the screen of the address.
 */
export class PiazzaTicketingApp extends LitElement implements AppRootElement {
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

  private readonly l10n = new LocalizeController(this, 'ticketing');
  private readonly screens = new ScreenCodeController(this, SCREEN_CODE);

  override connectedCallback(): void {
    super.connectedCallback();
    (this.portal.client.cache as InMemoryCache).policies.addTypePolicies(ticketingTypePolicies);
  }

  override willUpdate(): void {
    this.screens.load(this.route()?.screen);
  }

  override render() {
    const route = this.route();
    return html`${this.renderNav(route)}
    ${this.screens.render(this.l10n.t, () => this.renderScreen(route))}`;
  }

  private route(): TicketingRoute | undefined {
    return routeOf(window.location, this.portal.href(`${APP_ROUTE}/`));
  }

  private renderScreen(route: TicketingRoute | undefined) {
    const { t } = this.l10n;
    switch (route?.screen) {
      case 'list':
        return html`<piazza-ticketing-list .filter=${route.filter}></piazza-ticketing-list>`;
      case 'new':
        return html`<piazza-ticketing-new-ticket></piazza-ticketing-new-ticket>`;
      case 'ticket':
        return html`<piazza-ticketing-ticket ticket-id=${route.id}></piazza-ticketing-ticket>`;
      default:
        return html`<p>${t('nav.notFound')}</p>
          <a
            href=${this.portal.href(APP_ROUTE)}
            @click=${(event: MouseEvent) => followInPortal(event, this.portal, APP_ROUTE)}
            >${t('nav.tickets')}</a
          >`;
    }
  }

  private renderNav(route: TicketingRoute | undefined) {
    const { t } = this.l10n;
    const links = [
      { path: APP_ROUTE, label: t('nav.tickets'), current: route?.screen === 'list' },
      { path: NEW_TICKET_PATH, label: t('nav.newTicket'), current: route?.screen === 'new' },
    ];
    return sectionNav(
      t('nav.label'),
      links.map((link) => ({
        href: this.portal.href(link.path),
        label: link.label,
        current: link.current,
        follow: (event: MouseEvent) => followInPortal(event, this.portal, link.path),
      })),
    );
  }
}

defineElement('piazza-ticketing-app', PiazzaTicketingApp);

export const { bootstrap, mount, unmount } = createAppLifecycles({
  tagName: 'piazza-ticketing-app',
});

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-app': PiazzaTicketingApp;
  }
}
