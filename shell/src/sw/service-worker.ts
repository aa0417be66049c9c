/// <reference lib="webworker" />
/**
 * Piazza's service worker (bundled into dist/public/sw.js by scripts/build/service-worker.ts,
 * which injects the precache manifest). One precache is one build: a new build is a new
 * worker, which waits until the person reloads; until then the old worker serves its own
 * shell, apps and translations, so a page never mixes two versions.
 */
import { addPlugins, cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { answerNavigation } from './navigations.js';
import {
  ANSWERS_CACHE,
  answerGraphQL,
  forgetAnswersInFlight,
  savedState,
} from './saved-answers.js';
import { ASK_SAVED_STATE, SKIP_WAITING } from './sw-messages.js';
import { answerTicketFile, isTicketFile, TICKET_FILES_CACHE } from './ticket-files.js';
import './outbox-sync.js';

declare const self: ServiceWorkerGlobalScope;

const MEDIA_CACHE = 'piazza-media';

// Routes are tried in order: navigations first, so that the precache never answers a page
// with the impersonal index.html while the server can give the one with the first view.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  ({ event }) => answerNavigation(event as FetchEvent, self.registration.scope),
);
registerRoute(
  ({ url, request }) =>
    url.pathname === '/graphql' &&
    !(request.headers.get('accept') ?? '').includes('text/event-stream'),
  ({ event }) => answerGraphQL(event as FetchEvent),
  'POST',
);
// Uploaded photos never change under their name: once seen, they show offline too.
registerRoute(
  ({ url }) => url.pathname.startsWith('/media/uploads/'),
  new CacheFirst({ cacheName: MEDIA_CACHE }),
);
// So do the private files of tickets the person opened, kept under the person.
registerRoute(
  ({ url }) => isTicketFile(url),
  ({ request }) => answerTicketFile(request),
);
// Whatever a person saw goes with their session: the portal's sign-out (also sent when a
// session ends because the token was refused) empties it, online or not.
registerRoute(
  ({ url }) => url.pathname === '/auth/demo/sign-out',
  async ({ request }) => {
    forgetAnswersInFlight();
    await Promise.all(
      [ANSWERS_CACHE, MEDIA_CACHE, TICKET_FILES_CACHE].map((name) => caches.delete(name)),
    );
    return fetch(request);
  },
  'POST',
);

// The precache is fetched without cookies: with the session cookie the server would put
// the person's first view (and token) into the index.html kept for everyone.
addPlugins([
  { requestWillFetch: async ({ request }) => new Request(request, { credentials: 'omit' }) },
]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === SKIP_WAITING) event.waitUntil(self.skipWaiting());
  if (type === ASK_SAVED_STATE && event.source && 'id' in event.source) {
    event.source.postMessage(savedState(event.source.id));
  }
});
