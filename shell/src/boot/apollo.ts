import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { PrefetchedResponses } from './boot-data.js';
import {
  createAuthenticatedFetch,
  type TokenProvider,
  type TokenRefusal,
} from './token-renewal.js';

export type { TokenProvider, TokenRefusal } from './token-renewal.js';

/**
 * The page's one Apollo client. Every request carries the token of the moment, so a
 * token renewed by the host portal is used without rebuilding the client; a request
 * refused for an expired token is renewed and replayed (token-renewal.ts).
 */
export function createApolloClient(options: {
  graphqlUrl: string;
  getToken: TokenProvider;
  /** Results the server embedded in the page, answered without a request. */
  prefetched?: PrefetchedResponses;
  /** The token was refused for good: the person has to sign in again. */
  onSessionEnded?: (reason: TokenRefusal) => void;
}): ApolloClient {
  const { prefetched } = options;
  const authenticatedFetch = createAuthenticatedFetch({
    getToken: options.getToken,
    onSessionEnded: options.onSessionEnded ?? (() => undefined),
  });
  const fetchWithPrefetched: typeof fetch = async (input, init) =>
    prefetched?.take(init?.body) ?? authenticatedFetch(input, init);
  return new ApolloClient({
    link: new HttpLink({ uri: options.graphqlUrl, fetch: fetchWithPrefetched }),
    cache: new InMemoryCache(),
  });
}
