import type { ApolloClient } from '@apollo/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subscription } from 'rxjs';
import { TicketChangedDocument, TicketDocument } from './ticket-view.generated.js';

export interface TicketLiveOptions {
  client: () => ApolloClient | undefined;
  ticketId: () => string;
  locale: () => string;
}

/**
 * Keeps an open ticket current: subscribes to `ticketChanged` (through the portal's
 * client, as the shell's notification stream does) and writes each ticket it sends into
 * the cache, so that a move, a comment or an assignment by someone else shows without a
 * reload. A stream re-opened after a drop refetches the ticket: what happened meanwhile
 * was not sent. Another ticket or language subscribes anew; leaving the page ends it.
 */
export class TicketLiveUpdates implements ReactiveController {
  private readonly options: TicketLiveOptions;
  private subscription: Subscription | undefined;
  private subscribedTo = '';

  constructor(host: ReactiveControllerHost, options: TicketLiveOptions) {
    this.options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const client = this.options.client();
    const id = this.options.ticketId();
    const locale = this.options.locale();
    const key = `${id} ${locale}`;
    if (client === undefined || !id || (this.subscription && this.subscribedTo === key)) return;
    this.subscription?.unsubscribe();
    this.subscribedTo = key;
    const variables = { id, locale };
    const context = {
      onReconnect: () =>
        void client
          .query({ query: TicketDocument, variables, fetchPolicy: 'network-only' })
          .catch(() => undefined),
    };
    this.subscription = client
      .subscribe({ query: TicketChangedDocument, variables, context })
      .subscribe({
        next: ({ data }) => {
          if (!data) return;
          client.cache.writeQuery({
            query: TicketDocument,
            variables,
            data: { ticket: data.ticketChanged },
          });
        },
        // Refused (no longer visible, signed out): the page keeps the ticket as last loaded.
        error: () => undefined,
      });
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }
}
