import { execute, parse, type GraphQLSchema } from 'graphql';
import { HttpResponse, http } from 'msw';
import type { PersonRow } from '../server/src/seed/generate-network.js';
import { LIVE_SOON_MS } from '../shared/src/news/live-stream-state.js';
import { MockUserError, type MockApi } from './mock-api.js';

type Kind = 'MUST_READ' | 'REPLY' | 'LIVE_STREAM' | 'TICKET';

/** A watched ticket as a TICKET notification shows it. */
interface MockTicketNotice {
  id: string;
  number: string;
  title: string;
  status: string;
}

interface StoredNotification {
  personId: string;
  kind: Exclude<Kind, 'LIVE_STREAM'>;
  /** MUST_READ and REPLY: what it is about. */
  articleId?: string;
  /** TICKET: what it is about, and the status it moved to (none for a comment). */
  ticket?: MockTicketNotice;
  movedTo?: string;
  /** TICKET: someone else assigned the ticket to the person. */
  assignedToMe?: boolean;
  at: string;
  /**
   * REPLY and TICKET: the reply's, comment's or move's id, who wrote or moved (null once
   * erased) and the start of what they wrote.
   */
  commentId?: string;
  actorName?: string | null;
  excerpt?: string;
}

export interface MockLiveStream {
  startsAt: string;
  endsAt: string;
  url: string;
}

/** A stream and when it was set: a stream set to start now is news now. */
type StoredStream = MockLiveStream & { setAt: number };

/**
 * The notification centre and live streams as the server keeps them
 * (server/src/notifications), in memory: the viewer's must-reads (seen when the mock
 * starts, so the count begins at 0), what a test or `npm run dev:mock` adds with `notify`
 * and `setLiveStream`, each pushed to the viewer's open streams.
 */
export class MockNotificationsApi {
  private readonly api: MockApi;
  private readonly stored: StoredNotification[] = [];
  private readonly streams = new Map<string, StoredStream>();
  /** When each person last opened the centre; everyone, when the mock started. */
  private readonly seenAt = new Map<string, string>();
  private readonly startedAt = new Date().toISOString();
  private readonly listeners = new Set<(personId: string | null) => void>();

  constructor(api: MockApi) {
    this.api = api;
  }

  /**
   * A must-read published for a person, a reply to their comment, or a move of or comment on
   * a ticket they watch, arriving now.
   */
  notify(personId: string, notification: Omit<StoredNotification, 'personId' | 'at'>): void {
    this.stored.push({ ...notification, personId, at: new Date().toISOString() });
    this.changed(personId);
  }

  /** Announces (or with null removes) an article's live stream; every open stream hears. */
  setLiveStream(articleId: string, stream: MockLiveStream | null): void {
    if (stream) this.streams.set(articleId, { ...stream, setAt: Date.now() });
    else this.streams.delete(articleId);
    this.changed(null);
  }

  /** How many subscriptions are listening: a test waits for the bell's before it notifies. */
  get openStreams(): number {
    return this.listeners.size;
  }

  /** Calls `listener` with a person's id when something new reached them (null: maybe anyone). */
  onChange(listener: (personId: string | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notifications(viewer: PersonRow | undefined, args: { locale?: string | null }) {
    const reader = this.requireViewer(viewer);
    const locale = args.locale ?? reader.locale;
    const seen = this.seenAt.get(reader.id) ?? this.startedAt;
    const now = Date.now();
    const found: (Omit<StoredNotification, 'personId' | 'kind'> & { id: string; kind: Kind })[] = [
      // What was notified since first: it replaces the seed's item of the same article.
      ...this.stored
        .filter((item) => item.personId === reader.id)
        .map((item) => ({ ...item, id: `${item.kind}:${item.commentId ?? item.articleId}` })),
      ...this.api.mustReads(reader, { locale }).map((article) => ({
        id: `MUST_READ:${article.id}`,
        kind: 'MUST_READ' as const,
        at: article.publishedAt,
        articleId: article.id,
      })),
      ...[...this.streams]
        .filter(([, stream]) => Date.parse(stream.startsAt) - LIVE_SOON_MS <= now)
        .filter(([articleId]) => this.readable(reader, articleId))
        .map(([articleId, stream]) => ({
          id: `LIVE_STREAM:${articleId}`,
          kind: 'LIVE_STREAM' as const,
          at: new Date(
            Math.max(Date.parse(stream.startsAt) - LIVE_SOON_MS, stream.setAt),
          ).toISOString(),
          articleId,
        })),
    ];
    const items = found
      .filter((item, index) => found.findIndex((other) => other.id === item.id) === index)
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, 30)
      .map((item) => ({
        id: item.id,
        kind: item.kind,
        at: item.at,
        unread: item.at > seen,
        article: item.articleId ? this.article(reader, item.articleId, locale) : null,
        ticket: item.ticket ?? null,
        movedTo: item.movedTo ?? null,
        assignedToMe: item.assignedToMe ?? false,
        actor:
          item.kind === 'REPLY' || item.kind === 'TICKET'
            ? { displayName: item.actorName ?? null, jobTitle: null }
            : null,
        excerpt: item.excerpt ?? null,
      }));
    return { unread: items.filter((item) => item.unread).length, items };
  }

  markNotificationsSeen(viewer: PersonRow | undefined, args: { locale?: string | null }) {
    const reader = this.requireViewer(viewer);
    this.seenAt.set(reader.id, new Date().toISOString());
    return this.notifications(reader, args);
  }

  /** The streams meant for the viewer that run now or start within 15 minutes, soonest first. */
  liveNow(viewer: PersonRow | undefined, args: { locale?: string | null }) {
    const reader = this.requireViewer(viewer);
    const now = Date.now();
    return [...this.streams]
      .filter(
        ([articleId, stream]) =>
          Date.parse(stream.startsAt) - LIVE_SOON_MS <= now &&
          Date.parse(stream.endsAt) > now &&
          this.readable(reader, articleId),
      )
      .sort(([, a], [, b]) => a.startsAt.localeCompare(b.startsAt))
      .map(([articleId]) => this.article(reader, articleId, args.locale ?? reader.locale));
  }

  private article(reader: PersonRow, articleId: string, locale: string) {
    return {
      ...this.api.article(reader, { id: articleId, locale }),
      liveStream: this.liveStream(articleId),
    };
  }

  private liveStream(articleId: string): MockLiveStream | null {
    const stored = this.streams.get(articleId);
    if (!stored) return null;
    const { startsAt, endsAt, url } = stored;
    return { startsAt, endsAt, url };
  }

  private readable(reader: PersonRow, articleId: string): boolean {
    try {
      this.api.article(reader, { id: articleId });
      return true;
    } catch {
      return false;
    }
  }

  private requireViewer(viewer: PersonRow | undefined): PersonRow {
    if (viewer === undefined) {
      throw new MockUserError('UNAUTHENTICATED', 'Sign in to see your notifications.');
    }
    return viewer;
  }

  private changed(personId: string | null): void {
    for (const listener of this.listeners) listener(personId);
  }
}

/**
 * `subscription NotificationsChanged` over server-sent events, as graphql-yoga answers a
 * POST with `Accept: text/event-stream`: an `event: next` with the centre each time
 * something reaches the viewer. Other requests fall through to the GraphQL handler.
 */
export function notificationStream(options: {
  api: MockApi;
  notifications: MockNotificationsApi;
  schema: GraphQLSchema;
}) {
  const { api, notifications, schema } = options;
  return http.post('*/graphql', async ({ request }) => {
    if (!request.headers.get('accept')?.includes('text/event-stream')) return undefined;
    const viewer = api.viewerFromAuthorization(request.headers.get('authorization'));
    if (!viewer) return HttpResponse.json({ errors: [{ message: 'Sign in' }] }, { status: 401 });
    const body = (await request.clone().json()) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const encoder = new TextEncoder();
    let stop = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = async () => {
          const result = await execute({
            schema,
            document: parse(body.query),
            variableValues: body.variables ?? {},
            rootValue: {
              notificationsChanged: (args: { locale?: string | null }) =>
                notifications.notifications(viewer, args),
            },
          });
          try {
            controller.enqueue(encoder.encode(`event: next\ndata: ${JSON.stringify(result)}\n\n`));
          } catch {
            stop(); // the client went away
          }
        };
        stop = notifications.onChange((personId) => {
          if (personId === null || personId === viewer.id) void send();
        });
        request.signal.addEventListener('abort', () => stop());
        controller.enqueue(encoder.encode(':\n\n'));
      },
      cancel: () => stop(),
    });
    return new HttpResponse(stream, {
      headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
    });
  });
}
