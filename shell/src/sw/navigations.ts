/// <reference lib="webworker" />
import { matchPrecache } from 'workbox-precaching';
import { BOOT_ELEMENT, saveEmbeddedAnswers } from './saved-answers.js';

/** Paths the server answers itself: never one of the portal's pages. */
const SERVER_PATHS = ['/auth/', '/api/', '/graphql', '/media/', '/host-portal'];
declare const self: ServiceWorkerGlobalScope;

/** A page of the portal: under the worker's scope (the portal's base path), not a file. */
function isPortalPage(url: URL, scope: string): boolean {
  if (!url.pathname.startsWith(new URL(scope).pathname)) return false;
  if (SERVER_PATHS.some((path) => url.pathname.startsWith(path))) return false;
  return !/\.[a-z0-9]+$/i.test(url.pathname);
}

const precachedIndex = () => matchPrecache('/index.html');

/**
 * A page of the portal from the network, if it is this worker's version: the server's
 * index.html (with the person's first view, saved for offline starts) is the precached
 * one plus the first view. Another version means a new deployment whose worker is not
 * in charge yet: the page would run this worker's boot.js and translations with another
 * import map, so it gets this worker's own index.html until the person reloads into it.
 */
async function portalPage(event: FetchEvent, network: Response): Promise<Response> {
  const precached = await precachedIndex();
  const isHtml = (network.headers.get('content-type') ?? '').startsWith('text/html');
  if (!precached || !network.ok || !isHtml) return network;
  const html = await network.text();
  if (html.replace(BOOT_ELEMENT, '') !== (await precached.clone().text())) {
    event.waitUntil(self.registration.update().catch(() => undefined));
    return precached;
  }
  event.waitUntil(saveEmbeddedAnswers(html).catch(() => undefined));
  // The body is decoded text now: the network's encoding and length no longer apply.
  const headers = new Headers(network.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(html, { status: network.status, statusText: network.statusText, headers });
}

/**
 * A navigation goes to the network first: online, the server's page carries the person's
 * first view. Offline, a page of the portal is the precached index.html (the shell then
 * starts from the saved answers); anything else is the multilingual offline page.
 */
export async function answerNavigation(event: FetchEvent, scope: string): Promise<Response> {
  const url = new URL(event.request.url);
  const portal = isPortalPage(url, scope);
  try {
    const network = await fetch(event.request);
    return portal ? await portalPage(event, network) : network;
  } catch {
    return (await (portal ? precachedIndex() : matchPrecache('/offline.html'))) ?? Response.error();
  }
}
