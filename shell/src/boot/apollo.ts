import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { PrefetchedResponses } from './boot-data.js';

/** Gives the current access token, or null when the person is not signed in. */
export type TokenProvider = () => Promise<string | null> | string | null;

/**
 * The page's one Apollo client. Every request carries the token of the moment, so a
 * token renewed by the host portal is used without rebuilding the client.
 */
export function createApolloClient(options: {
  graphqlUrl: string;
  getToken: TokenProvider;
  /** Results the server embedded in the page, answered without a request. */
  prefetched?: PrefetchedResponses;
}): ApolloClient {
  const { getToken, prefetched } = options;
  const authenticatedFetch: typeof fetch = async (input, init) => {
    const embedded = prefetched?.take(init?.body);
    if (embedded) return embedded;
    const token = await getToken();
    const headers = new Headers(init?.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  return new ApolloClient({
    link: new HttpLink({ uri: options.graphqlUrl, fetch: authenticatedFetch }),
    cache: new InMemoryCache(),
  });
}
