/// <reference lib="webworker" />
import { bearerToken, personalKey, personOf } from './saved-answers.js';

/**
 * The files of tickets (photos, documents) a person opened, shown offline too. Their URLs
 * answer only with the person's bearer token, so each is kept under the person; they are
 * named by their content hash and never change, so a kept one is given without asking.
 */
export const TICKET_FILES_CACHE = 'piazza-ticket-files';

const TICKET_FILE = /^\/api\/tickets\/(photos|attachments)\/[^/]+$/;

export const isTicketFile = (url: URL) => TICKET_FILE.test(url.pathname);

/** GET /api/tickets/{photos,attachments}/<id>: the person's kept copy, else the network's. */
export async function answerTicketFile(request: Request): Promise<Response> {
  const person = personOf(bearerToken(request));
  if (person === undefined) return fetch(request);
  const key = await personalKey('ticket-files', person, new URL(request.url).pathname);
  const kept = await caches.match(key, { cacheName: TICKET_FILES_CACHE });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(TICKET_FILES_CACHE);
    await cache.put(key, response.clone());
  }
  return response;
}
