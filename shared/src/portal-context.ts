import { createContext } from '@lit/context';
import type { ApolloClient } from '@apollo/client';
import type { Role } from '../graphql/generated/types.js';
import type { Outbox } from './outbox/outbox.js';

/** The signed-in person, as the shell loaded it from the `me` query. */
export interface PortalSession {
  personId: string;
  displayName: string;
  roles: readonly Role[];
  /** The apps the person may open (roles and roll-out waves, decided by the server). */
  apps: readonly string[];
  /** The pilot apps among `apps`: the person is in their first wave. */
  cohorts: readonly string[];
  locale: string;
  brand: { code: string; name: string };
}

/**
 * Everything an app may use from the portal. The shell builds one per page and the
 * lifecycle helper hands it to each app's root element, which provides it to its tree.
 *
 * @example
 * ```ts
 * @consume({ context: portalContext }) portal!: PortalContext;
 * this.portal.navigate('news/article-12');
 * ```
 */
export interface PortalContext {
  /** The page's single Apollo client. */
  client: ApolloClient;
  session: PortalSession;
  /** Path under which the portal's routes live, always ending with '/'. */
  basePath: string;
  /** Absolute href of a portal path such as 'news/article-12'. */
  href(path: string): string;
  /** Moves to a portal path without reloading the page. */
  navigate(path: string): void;
  /**
   * Sends a request to a path of Piazza's server (an upload to '/api/media'), with the
   * person's token renewed as the Apollo client's is (one renewal for both).
   */
  fetchApi(path: string, init?: RequestInit): Promise<Response>;
  /**
   * The page's outbox for writes that must survive being offline (loaded on first use, so
   * it costs the first view nothing).
   */
  outbox(): Promise<Outbox>;
}

/** Context key shared by the shell and every app (a string so it matches across bundles). */
export const portalContext = createContext<PortalContext>('piazza-portal');
