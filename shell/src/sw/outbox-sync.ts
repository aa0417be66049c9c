/// <reference lib="webworker" />
/**
 * The outbox's part of the service worker. While writes wait, the outbox registers the
 * Background Sync tag `piazza-outbox`; the browser wakes the worker when the network is
 * back (even with the tab in the background) and the worker asks the open pages to replay:
 * they hold the person's token and their outbox, the worker has neither.
 */
import { OUTBOX_FLUSH, OUTBOX_SYNC_TAG, type OutboxFlushed } from '../outbox/outbox-messages.js';

declare const self: ServiceWorkerGlobalScope;

/** A page that has not answered by then is taken as not having replayed (no outbox open). */
const ANSWER_TIMEOUT_MS = 60_000;

function askToReplay(page: Client): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timeout = setTimeout(() => resolve(Number.POSITIVE_INFINITY), ANSWER_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent<OutboxFlushed>) => {
      clearTimeout(timeout);
      resolve(event.data.waiting);
    };
    page.postMessage({ type: OUTBOX_FLUSH }, [channel.port2]);
  });
}

/**
 * Fails while writes still wait (or no page could replay), so that the browser fires the
 * sync again later with its own backoff; the pages also replay on `online` and at start.
 */
async function replayInPages(): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window' });
  const waiting = await Promise.all(pages.map(askToReplay));
  if (waiting.length === 0 || waiting.some((count) => count > 0)) {
    throw new Error('Writes still wait in the outbox');
  }
}

/** Background Sync's event (Chromium only: TypeScript's worker types do not have it). */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === OUTBOX_SYNC_TAG) sync.waitUntil(replayInPages());
});
