import { ApolloLink, Observable } from '@apollo/client';
import type { Subscription } from 'rxjs';
import type { SseLinkOptions } from './sse-link.js';

export type { SseLinkOptions, SseOperationContext } from './sse-link.js';

/**
 * Sends subscriptions over server-sent events (sse-link.ts) and every other operation
 * through `http`. The SSE client is downloaded with the first subscription, not with the
 * page, and no stream opens before someone subscribes.
 *
 * @example
 * ```ts
 * const link = withSubscriptions(new HttpLink({ uri, fetch }), { url: uri, fetch });
 * client.subscribe({ query: NotificationsChangedDocument }).subscribe(onCentre);
 * ```
 */
export function withSubscriptions(http: ApolloLink, options: SseLinkOptions): ApolloLink {
  let loading: Promise<ApolloLink> | undefined;
  const load = () =>
    (loading ??= import('./sse-link.js').then(
      (module) => module.createSseLink(options),
      (error: unknown) => {
        loading = undefined; // offline for a moment: the next subscriber tries again
        throw error;
      },
    ));
  const sse = new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((observer) => {
        let subscription: Subscription | undefined;
        let closed = false;
        load().then(
          (link) => {
            if (!closed) subscription = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          subscription?.unsubscribe();
        };
      }),
  );
  return ApolloLink.split((operation) => operation.operationType === 'subscription', sse, http);
}
