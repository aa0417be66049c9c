import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
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
} from '@piazza/shared';
import { followLink, routeHref } from './admin-navigation.js';
import { APP_ROUTE, parseRoute, sectionOf, type AdminRoute } from './admin-route.js';
import { adminTypePolicies } from './admin-type-policies.js';
import './admin-people/admin-people.js';
import './admin-person/admin-person.js';
import './admin-rollouts/admin-rollouts.js';
import './admin-rollouts/admin-rollout-form.js';
import './admin-audit/admin-audit.js';
import './admin-ticket-categories/admin-ticket-categories.js';
import './admin-ticket-categories/admin-ticket-category-form.js';
import './admin-ticket-queues/admin-ticket-queues.js';
import './admin-ticket-queues/admin-ticket-queue-form.js';

const SECTIONS = [
  { route: { screen: 'people', search: '' }, label: 'nav.people' },
  { route: { screen: 'rollouts' }, label: 'nav.rollouts' },
  {
    route: { screen: 'audit', filter: { action: '', actorId: '', targetId: '' } },
    label: 'nav.audit',
  },
  { route: { screen: 'ticketCategories' }, label: 'nav.ticketCategories' },
  { route: { screen: 'ticketQueues' }, label: 'nav.ticketQueues' },
] as const satisfies readonly { route: AdminRoute; label: string }[];

/**
 * The admin app's root: provides the portal context to its tree, shows the app's own
 * navigation and the screen of the address (people, a person, roll-out, audit log, ticket
 * categories, ticket teams).
 */
export class PiazzaAdminApp extends LitElement implements AppRootElement {
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

  private readonly l10n = new LocalizeController(this, 'admin');
  private readonly onRoute = (): void => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    (this.portal.client.cache as InMemoryCache).policies.addTypePolicies(adminTypePolicies);
    window.addEventListener('popstate', this.onRoute);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onRoute);
  }

  override render() {
    const route = parseRoute(window.location, this.portal.href(`${APP_ROUTE}/`));
    const { t } = this.l10n;
    const current = sectionOf(route);
    return html`${sectionNav(
      t('nav.label'),
      SECTIONS.map((section) => ({
        href: routeHref(this.portal, section.route),
        label: t(section.label),
        current: sectionOf(section.route) === current,
        follow: (event: MouseEvent) => followLink(event, this.portal, section.route),
      })),
    )}
    ${this.renderScreen(route)}`;
  }

  private renderScreen(route: AdminRoute) {
    switch (route.screen) {
      case 'people':
        return html`<piazza-admin-people .search=${route.search}></piazza-admin-people>`;
      case 'person':
        return html`<piazza-admin-person person-id=${route.personId}></piazza-admin-person>`;
      case 'rollouts':
        return html`<piazza-admin-rollouts></piazza-admin-rollouts>`;
      case 'rollout':
        return html`<piazza-admin-rollout-form app=${route.app}></piazza-admin-rollout-form>`;
      case 'audit':
        return html`<piazza-admin-audit .filter=${route.filter}></piazza-admin-audit>`;
      case 'ticketCategories':
        return html`<piazza-admin-ticket-categories></piazza-admin-ticket-categories>`;
      case 'ticketCategory':
        return html`<piazza-admin-ticket-category-form
          .categoryId=${route.categoryId}
        ></piazza-admin-ticket-category-form>`;
      case 'ticketQueues':
        return html`<piazza-admin-ticket-queues></piazza-admin-ticket-queues>`;
      case 'ticketQueue':
        return html`<piazza-admin-ticket-queue-form
          .queueId=${route.queueId}
        ></piazza-admin-ticket-queue-form>`;
      case 'notFound':
        return html`<p>${this.l10n.t('nav.notFound')}</p>`;
    }
  }
}

defineElement('piazza-admin-app', PiazzaAdminApp);

export const { bootstrap, mount, unmount } = createAppLifecycles({ tagName: 'piazza-admin-app' });

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-app': PiazzaAdminApp;
  }
}
