import type { PortalContext } from '../portal-context.js';

/** The props the shell gives every app through single-spa's customProps. */
export interface AppProps {
  /** single-spa's name of the app, e.g. 'news'. */
  name: string;
  /** The element the app renders into; owned by the shell. */
  domElement: HTMLElement;
  portal: PortalContext;
}

/** An app's root element: it receives the portal context and provides it to its tree. */
export interface AppRootElement extends HTMLElement {
  portal: PortalContext;
}

export interface AppLifecycles {
  bootstrap(props: AppProps): Promise<void>;
  mount(props: AppProps): Promise<void>;
  unmount(props: AppProps): Promise<void>;
}

/**
 * The single-spa lifecycles of an app whose UI is one root custom element.
 *
 * @example
 * ```ts
 * export const { bootstrap, mount, unmount } = createAppLifecycles({ tagName: 'piazza-news-app' });
 * ```
 */
export function createAppLifecycles(options: { tagName: string }): AppLifecycles {
  const mounted = new Map<HTMLElement, AppRootElement>();
  return {
    async bootstrap() {},
    async mount({ domElement, portal }) {
      const root = document.createElement(options.tagName) as AppRootElement;
      root.portal = portal;
      domElement.append(root);
      mounted.set(domElement, root);
    },
    async unmount({ domElement }) {
      mounted.get(domElement)?.remove();
      mounted.delete(domElement);
    },
  };
}
