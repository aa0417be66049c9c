import {
  ApolloLink,
  Observable,
  fallbackHttpConfig,
  selectHttpOptionsAndBody,
} from '@apollo/client';
import { createClient, type RequestParams } from 'graphql-sse';

export interface SseLinkOptions {
  /** The GraphQL endpoint, which answers `Accept: text/event-stream` with a stream. */
  url: string;
  /**
   * Sends each request with the person's token (and renews an expired one): the portal's
   * authenticated fetch, shared with the HttpLink.
   */
  fetch: typeof fetch;
  /** How long to wait before the retry after `retries` failed ones; by default 1 s doubling to 30 s. */
  retryDelay?: (retries: number) => number;
}

/** What a subscriber may put in the operation's context. */
export interface SseOperationContext {
  /**
   * Called when the stream is open again after it dropped: what happened meanwhile was
   * not sent, so the subscriber refetches what it shows.
   */
  onReconnect?: () => void;
}

const MAX_DELAY_MS = 30_000;

/** 1 s, 2 s, 4 s… up to 30 s, each shortened by up to a quarter so that clients spread out. */
function backoff(retries: number): number {
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** retries) * (1 - Math.random() / 4);
}

/** 4xx means the request itself is refused (signed out, invalid): trying again will not help. */
const refuses = (status: number): boolean =>
  status >= 400 && status < 500 && status !== 408 && status !== 429;

/**
 * An Apollo link that runs subscriptions over server-sent events (graphql-sse, "distinct
 * connections": one POST per subscription, answered with a stream). A stream that drops
 * is opened again with backoff, for as long as the subscriber stays, unless the server
 * refuses the request; the subscriber's `onReconnect` then lets it catch up.
 *
 * @example
 * ```ts
 * const link = createSseLink({ url: '/graphql', fetch: authenticatedFetch });
 * ```
 */
export function createSseLink(options: SseLinkOptions): ApolloLink {
  let refused = false;
  const delay = options.retryDelay ?? backoff;
  const client = createClient({
    url: options.url,
    singleConnection: false,
    fetchFn: async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await options.fetch(input, init);
      refused = refuses(response.status);
      return response;
    },
    retryAttempts: Infinity,
    retry: async (retries) => {
      if (refused) throw new Error('The server refused the subscription');
      await new Promise((resolve) => setTimeout(resolve, delay(retries)));
    },
  });
  return new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        const context = operation.getContext() as SseOperationContext;
        // The body the HttpLink would send (printed with Apollo's printer, already loaded).
        const { body } = selectHttpOptionsAndBody(operation, fallbackHttpConfig);
        return client.subscribe(
          body as RequestParams,
          {
            next: (result) => observer.next(result as ApolloLink.Result),
            error: (error) => observer.error(error),
            complete: () => observer.complete(),
          },
          { connected: (reconnected) => reconnected && context.onReconnect?.() },
        );
      }),
  );
}
