import { createPubSub, type PubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { TranslationReleaseModel } from '../translations/releases.js';
import { redisEventTarget } from './redis-event-target.js';

/**
 * What happened that may concern readers: an article reached them (published, or its
 * scheduled time came), its live stream is about to start, someone replied to a person's
 * comment, someone moved a ticket or commented on it in public, or someone assigned a
 * ticket to someone else. Subscribers decide whether it concerns their caller.
 */
export type NewsEvent =
  | { type: 'article'; articleId: string }
  | { type: 'stream'; articleId: string }
  | { type: 'reply'; personId: string }
  | { type: 'ticket'; ticketId: string; actorId: string }
  | { type: 'assigned'; ticketId: string; actorId: string; assigneeId: string };

/**
 * Also carries each ticket's changes, on a topic per ticket (tickets/ticket-events.ts), and
 * the publications of translations.
 */
export type NewsEvents = PubSub<{
  news: [NewsEvent];
  ticket: [ticketId: string, changed: true];
  /** A locale's publication of translations (translations/publish.ts). */
  translations: [TranslationReleaseModel];
}>;

export interface NewsEventBus {
  events: NewsEvents;
  close(): Promise<void>;
}

/**
 * Events within this process, or across every instance through Redis when `redisUrl` is
 * set (a reader's stream may be served by another instance than the editor's request).
 */
export function createNewsEvents(redisUrl?: string): NewsEventBus {
  if (!redisUrl) return { events: createPubSub(), close: async () => {} };
  const publisher = new Redis(redisUrl, { lazyConnect: true });
  const subscriber = new Redis(redisUrl, { lazyConnect: true });
  return {
    events: createPubSub({ eventTarget: redisEventTarget(publisher, subscriber, 'piazza:') }),
    close: async () => {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
