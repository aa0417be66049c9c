import type {
  ApolloClient,
  ObservableQuery,
  OperationVariables,
  TypedDocumentNode,
} from '@apollo/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subscription } from 'rxjs';

export interface QueryControllerOptions<TData, TVariables extends OperationVariables> {
  query: TypedDocumentNode<TData, TVariables>;
  /** The client to use; undefined until the host has its portal context. */
  client: () => ApolloClient | undefined;
  /** Read on every host update; a change (by value) refetches with the new variables. */
  variables: () => TVariables;
  /** 'cache-and-network' for numbers that change while the page is open (default 'cache-first'). */
  fetchPolicy?: 'cache-first' | 'cache-and-network' | 'network-only';
}

export interface QueryRenderers<TData, R> {
  pending: () => R;
  complete: (data: TData) => R;
  error: (error: unknown) => R;
}

/**
 * Watches one GraphQL query through the portal's Apollo client and re-renders its host
 * on every result, so cached data paints at once and later changes show up.
 *
 * @example
 * ```ts
 * private readonly feed = new QueryController(this, {
 *   query: NewsFeedDocument,
 *   client: () => this.portal?.client,
 *   variables: () => ({ locale: this.l10n.language }),
 * });
 * render() {
 *   return this.feed.render({ pending: () => skeleton, complete: (d) => list(d), error: () => tile });
 * }
 * ```
 */
export class QueryController<
  TData,
  TVariables extends OperationVariables,
> implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: QueryControllerOptions<TData, TVariables>;
  private observable: ObservableQuery<TData, TVariables> | undefined;
  private subscription: Subscription | undefined;
  private variablesKey = '';
  private result: ObservableQuery.Result<TData> | undefined;
  /** A next page is on its way (for the "show more" button). */
  loadingMore = false;
  /** The last next page failed; cleared by the next try or new variables. */
  moreFailed = false;

  constructor(host: ReactiveControllerHost, options: QueryControllerOptions<TData, TVariables>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The latest complete data, or undefined while the first result is pending. */
  get data(): TData | undefined {
    return this.result?.dataState === 'complete' ? (this.result.data as TData) : undefined;
  }

  get loading(): boolean {
    return this.result === undefined || this.result.loading;
  }

  get error(): unknown {
    return this.result?.error;
  }

  /**
   * Asks for the next page; the cache's field policy merges it into `data`. Never throws:
   * `loadingMore` and `moreFailed` tell the host what to show.
   */
  async fetchMore(variables: Partial<TVariables>): Promise<void> {
    this.loadingMore = true;
    this.moreFailed = false;
    this.host.requestUpdate();
    try {
      await this.observable?.fetchMore({ variables });
    } catch {
      this.moreFailed = true;
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  /** Fetches again from the network, e.g. for a "retry" button. */
  async refetch(): Promise<void> {
    await this.observable?.refetch().catch(() => undefined);
  }

  render<R>(renderers: QueryRenderers<TData, R>): R {
    if (this.data !== undefined) return renderers.complete(this.data);
    if (this.error !== undefined) return renderers.error(this.error);
    return renderers.pending();
  }

  hostUpdate(): void {
    const client = this.options.client();
    if (client === undefined) return;
    const variables = this.options.variables();
    const key = JSON.stringify(variables);
    if (this.observable !== undefined && key === this.variablesKey) return;
    this.variablesKey = key;
    this.moreFailed = false;
    if (this.observable === undefined) {
      this.observable = client.watchQuery<TData, TVariables>({
        query: this.options.query,
        variables,
        ...(this.options.fetchPolicy && { fetchPolicy: this.options.fetchPolicy }),
        notifyOnNetworkStatusChange: true,
      } as ApolloClient.WatchQueryOptions<TData, TVariables>);
      this.subscribe();
    } else {
      void this.observable.refetch(variables).catch(() => undefined);
    }
  }

  hostConnected(): void {
    if (this.observable !== undefined && this.subscription === undefined) this.subscribe();
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  private subscribe(): void {
    this.subscription = this.observable?.subscribe((result) => {
      this.result = result as ObservableQuery.Result<TData>;
      this.host.requestUpdate();
    });
  }
}
