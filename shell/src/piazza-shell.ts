/**
 * The shell's entry module, `@piazza/shell` in the import map: defines
 * `<piazza-portal>`, takes the deployment's manifest from embed.js, and exposes
 * `mountPortal` under Piazza's one global namespace, `window.piazza`.
 */
import type { TokenProvider } from './boot/apollo.js';
import './portal/piazza-portal.js';

export { configure } from './boot/manifest.js';

export interface MountOptions {
  /** Path under which Piazza's routes live in the host page, e.g. '/piazza/'. */
  basePath?: string;
  /** A locale the host imposes, e.g. 'fr'. */
  locale?: string;
  /**
   * The host's access-token provider (the group's single sign-on). Called before every
   * request; called with `{ forceRefresh: true }` when the server refused the token as
   * expired, and should then return a new one (the request is replayed with it, once).
   */
  getToken?: TokenProvider;
}

/**
 * Mounts the portal inside `element` of the host page.
 *
 * @example
 * ```js
 * const portal = window.piazza.mountPortal(document.querySelector('#piazza'), {
 *   basePath: '/piazza/',
 *   locale: 'fr',
 *   getToken: ({ forceRefresh } = {}) => sso.accessToken({ renew: forceRefresh }),
 * });
 * portal.unmount();
 * ```
 */
export function mountPortal(element: Element, options: MountOptions = {}): { unmount(): void } {
  const portal = document.createElement('piazza-portal');
  portal.basePath = options.basePath ?? '/';
  portal.locale = options.locale;
  portal.getToken = options.getToken;
  element.append(portal);
  return { unmount: () => portal.remove() };
}

declare global {
  interface Window {
    piazza?: { mountPortal: typeof mountPortal };
  }
}

window.piazza = Object.freeze({ mountPortal });
