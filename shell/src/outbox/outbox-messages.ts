/**
 * The outbox's contract between the pages (create-outbox.ts) and the service worker
 * (shell/src/sw/outbox-sync.ts).
 */

/** The Background Sync tag the outbox registers while writes wait. */
export const OUTBOX_SYNC_TAG = 'piazza-outbox';

/**
 * Worker → page, with a MessagePort: replay your outbox now. The page answers on the port
 * with `OutboxFlushed` once its replay is over.
 */
export const OUTBOX_FLUSH = 'piazza-outbox-flush';

export interface OutboxFlushed {
  /** The writes still waiting to be sent (not those set aside as failed). */
  waiting: number;
}
