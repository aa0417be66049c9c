/**
 * The messages between the portal's pages and its service worker: the contract of
 * shell/src/pwa (page side) and shell/src/sw (worker side).
 */

/** Page → waiting worker: the person chose to reload into the new version. */
export const SKIP_WAITING = 'piazza-sw-skip-waiting';
/** Page → worker: which saved answers is this page showing? (The worker replies with one of the next two.) */
export const ASK_SAVED_STATE = 'piazza-sw-saved-state';
/** Worker → page: the network failed; the page shows answers saved at `savedAt` (ISO). */
export const SHOWING_SAVED = 'piazza-sw-showing-saved';
/** Worker → page: the network answers again. */
export const SHOWING_LIVE = 'piazza-sw-showing-live';

export type WorkerMessage =
  { type: typeof SHOWING_SAVED; savedAt: string } | { type: typeof SHOWING_LIVE };

/** The header on a saved answer that says when it was saved (ISO 8601). */
export const SAVED_AT_HEADER = 'x-piazza-saved-at';
