import type { ApolloClient, InMemoryCache, TypePolicies } from '@apollo/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subscription } from 'rxjs';
import type { SseOperationContext } from '../boot/sse-link.js';
import {
  MarkNotificationsSeenDocument,
  NotificationsChangedDocument,
  NotificationsDocument,
  type NotificationCentreFieldsFragment,
} from './notification-centre.generated.js';

/** A centre has no id: each answer (query, mutation, stream) replaces the one cached. */
const notificationTypePolicies: TypePolicies = { NotificationCentre: { merge: true } };

export interface NotificationStreamOptions {
  client: () => ApolloClient | undefined;
  locale: () => string;
}

/**
 * Keeps the cached notification centre (the `Notifications` query) current: subscribes
 * to `notificationsChanged` in the person's language and writes each centre it sends
 * into the cache, so every element watching the query updates. A stream that was
 * re-opened after a drop refetches the query: what arrived meanwhile was not sent.
 *
 * @example
 * ```ts
 * private readonly stream = new NotificationStream(this, {
 *   client: () => this.portal?.client,
 *   locale: () => this.l10n.language,
 * });
 * ```
 */
export class NotificationStream implements ReactiveController {
  private readonly options: NotificationStreamOptions;
  private subscription: Subscription | undefined;
  private subscribedTo = '';

  constructor(host: ReactiveControllerHost, options: NotificationStreamOptions) {
    this.options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const client = this.options.client();
    const locale = this.options.locale();
    if (client === undefined || (this.subscription && this.subscribedTo === locale)) return;
    this.subscription?.unsubscribe();
    this.subscribedTo = locale;
    (client.cache as InMemoryCache).policies.addTypePolicies(notificationTypePolicies);
    const context: SseOperationContext = {
      onReconnect: () =>
        void client.refetchQueries({ include: [NotificationsDocument] }).catch(() => undefined),
    };
    this.subscription = client
      .subscribe({ query: NotificationsChangedDocument, variables: { locale }, context })
      .subscribe({
        next: ({ data }) => {
          if (data) writeCentre(client, locale, data.notificationsChanged);
        },
        // Refused for good (signed out): the count stays as last known, the query still works.
        error: () => undefined,
      });
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  /** Everything so far counts as seen: the count drops to 0 for every watcher. */
  async markSeen(): Promise<void> {
    const client = this.options.client();
    if (client === undefined) return;
    const locale = this.options.locale();
    const { data } = await client.mutate({
      mutation: MarkNotificationsSeenDocument,
      variables: { locale },
    });
    if (data) writeCentre(client, locale, data.markNotificationsSeen);
  }
}

function writeCentre(
  client: ApolloClient,
  locale: string,
  centre: NotificationCentreFieldsFragment,
): void {
  client.cache.writeQuery({
    query: NotificationsDocument,
    variables: { locale },
    data: { notifications: centre },
  });
}
