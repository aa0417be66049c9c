import { html } from 'lit';
import { followInPortal, type PortalContext } from '@piazza/shared';
import { routePath, type AdminRoute } from './admin-route.js';

/** The absolute href of a screen, for a real link (new tab, copy address). */
export function routeHref(portal: PortalContext | undefined, route: AdminRoute): string {
  return portal?.href(routePath(route)) ?? '';
}

/** Moves to a screen: a new history entry, so the browser's back button returns. */
export function openRoute(portal: PortalContext | undefined, route: AdminRoute): void {
  portal?.navigate(routePath(route));
}

/**
 * Records a screen's new state in the address (a search as it is typed) without a new
 * history entry, so back still goes to the previous screen, not the previous keystroke.
 */
export function replaceRoute(portal: PortalContext | undefined, route: AdminRoute): void {
  if (portal === undefined) return;
  window.history.replaceState(window.history.state, '', portal.href(routePath(route)));
}

/** A link's click: a plain one moves in place; one with a modifier is left to the browser. */
export function followLink(
  event: MouseEvent,
  portal: PortalContext | undefined,
  route: AdminRoute,
): void {
  followInPortal(event, portal, routePath(route));
}

/** A link to a screen, styled as a button unless `className` says otherwise. */
export function routeLink(
  portal: PortalContext | undefined,
  route: AdminRoute,
  label: unknown,
  className = 'piazza-button',
) {
  return html`<a
    class=${className}
    href=${routeHref(portal, route)}
    @click=${(event: MouseEvent) => followLink(event, portal, route)}
    >${label}</a
  >`;
}
