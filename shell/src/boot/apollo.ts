import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { withSubscriptions } from './subscription-link.js';
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
 * refused for an expired token is renewed and replayed (token-renewal.ts). Subscriptions
 * are streamed as server-sent events, authenticated the same way.
 */
export function createApolloClient(
  options: {
    graphqlUrl: string;
    /** Results the server embedded in the page, answered without a request. */
    prefetched?: PrefetchedResponses;
  } & (
    | {
        getToken: TokenProvider;
        /** The token was refused for good: the person has to sign in again. */
        onSessionEnded?: (reason: TokenRefusal) => void;
      }
    | {
        /** A fetch from createAuthenticatedFetch, shared with the apps' uploads and renewals. */
        authenticatedFetch: typeof fetch;
      }
  ),
): ApolloClient {
  const { prefetched } = options;
  const authenticatedFetch =
    'authenticatedFetch' in options
      ? options.authenticatedFetch
      : createAuthenticatedFetch({
          getToken: options.getToken,
          onSessionEnded: options.onSessionEnded ?? (() => undefined),
        });
  const fetchWithPrefetched: typeof fetch = async (input, init) =>
    prefetched?.take(init?.body) ?? authenticatedFetch(input, init);
  return new ApolloClient({
    // Subscriptions go over server-sent events with the same token (and renewal).
    link: withSubscriptions(new HttpLink({ uri: options.graphqlUrl, fetch: fetchWithPrefetched }), {
      url: options.graphqlUrl,
      fetch: authenticatedFetch,
    }),
    cache: new InMemoryCache(),
  });
}
