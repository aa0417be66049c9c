/**
 * The installed portal, page side: registers the service worker (shell/src/sw), offers
 * the reload when a new version waits, and shows when the page reads saved answers. The
 * portal imports it at idle, standalone only: a host page's origin is the host's.
 */
import {
  ASK_SAVED_STATE,
  SHOWING_LIVE,
  SHOWING_SAVED,
  SKIP_WAITING,
  type WorkerMessage,
} from '../sw/sw-messages.js';
import './pwa-status.js';

/** Where scripts/build puts the worker (scripts/build/service-worker.ts). */
const SERVICE_WORKER_URL = '/sw.js';

function onWorkerMessages(status: HTMLElementTagNameMap['piazza-pwa-status']): void {
  const sw = navigator.serviceWorker;
  sw.addEventListener('message', ({ data }: MessageEvent<WorkerMessage>) => {
    if (data?.type === SHOWING_SAVED) status.savedAt = data.savedAt;
    if (data?.type === SHOWING_LIVE) status.savedAt = undefined;
  });
  // Messages sent before this module loaded are queued until now.
  sw.startMessages();
  // The first answers of an offline start came before this module: ask what they were.
  sw.controller?.postMessage({ type: ASK_SAVED_STATE });
}

/** A new worker installed while this page has one: the person decides when to switch. */
function offerUpdate(
  registration: ServiceWorkerRegistration,
  status: HTMLElementTagNameMap['piazza-pwa-status'],
): void {
  let reloading = false;
  const offer = () => {
    status.updateReady = true;
  };
  status.addEventListener('piazza-reload', () => {
    // The worker that waits now: a newer one may have replaced the one first offered, and
    // none waits if the new version took over already (the old one's last page closed).
    const waiting = registration.waiting;
    if (!waiting) {
      window.location.reload();
      return;
    }
    reloading = true;
    waiting.postMessage({ type: SKIP_WAITING });
  });
  // Only a reload the person asked for: the first worker also takes control (claim).
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) window.location.reload();
  });
  if (registration.waiting && navigator.serviceWorker.controller) offer();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offer();
    });
  });
  // A page left open for days looks for a new version when the person comes back to it.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
  });
}

/** Starts the installed portal's page side; `root` receives the banner and the toast. */
export async function startPwa(root: Element, scope: string): Promise<void> {
  // Only on Piazza's own page, which links the web app manifest (scripts/build/web-app.ts):
  // a page that embeds the portal without a token provider is still the host's.
  if (!('serviceWorker' in navigator) || !document.querySelector('link[rel="manifest"]')) return;
  const status = document.createElement('piazza-pwa-status');
  root.append(status);
  onWorkerMessages(status);
  const registration = await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope });
  offerUpdate(registration, status);
}
