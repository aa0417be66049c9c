/// <reference lib="webworker" />
import { requestKey, type BootData } from '../boot/boot-data.js';
import { SAVED_AT_HEADER, SHOWING_LIVE, SHOWING_SAVED, type WorkerMessage } from './sw-messages.js';

declare const self: ServiceWorkerGlobalScope;

/**
 * GraphQL queries answered offline: each successful answer is saved per person, and given
 * back when the network fails or is slower than NETWORK_TIMEOUT_MS. Mutations and
 * subscriptions always go to the network.
 */
export const ANSWERS_CACHE = 'piazza-answers';
const NETWORK_TIMEOUT_MS = 4000;
/** The first view the server puts into the standalone page (server/src/http/first-view.ts). */
export const BOOT_ELEMENT =
  /\s*<script type="application\/json" id="piazza-boot">([\s\S]*?)<\/script>/;

interface GraphQLRequest {
  operationName?: unknown;
  query?: unknown;
  variables?: unknown;
}

/**
 * The person a bearer token names (`sub`). Decoded, not verified: it only keeps one
 * person's saved answers apart from another's; the server checks every token it gets.
 */
export function personOf(token: string | undefined): string | undefined {
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as {
      sub?: unknown;
    };
    return typeof claims.sub === 'string' ? claims.sub : undefined;
  } catch {
    return undefined;
  }
}

export const bearerToken = (request: Request): string | undefined =>
  /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];

/** Whether the request runs a named query (Apollo names every operation it sends). */
export function isNamedQuery(request: GraphQLRequest): boolean {
  const { operationName, query } = request;
  if (typeof operationName !== 'string' || !/^[_A-Za-z]\w*$/.test(operationName)) return false;
  if (typeof query !== 'string') return false;
  const definition = new RegExp(`\\b(query|mutation|subscription)\\s+${operationName}\\b`);
  return definition.exec(query)?.[1] === 'query';
}

/**
 * The cache key of what one person was answered, under `/__piazza/<kind>/`: a hash, so the
 * cache names no person nor what they asked.
 */
export async function personalKey(kind: string, person: string, asked: string) {
  const text = `${person}\n${asked}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0'));
  return new URL(`/__piazza/${kind}/${hex.join('')}`, self.location.origin).href;
}

const answerUrl = (person: string, operationName: unknown, variables: unknown) =>
  personalKey('answers', person, requestKey(operationName, variables));

/**
 * Counts the sign-outs this worker saw: an answer asked for before one and arriving after
 * it belongs to the person who left, and is not saved.
 */
let signOuts = 0;

/** The person signs out: answers still on their way are no longer saved. */
export function forgetAnswersInFlight(): void {
  signOuts += 1;
}

async function saveAnswer(url: string, body: string, signOutsWhenAsked: number): Promise<void> {
  const headers = {
    'content-type': 'application/json',
    [SAVED_AT_HEADER]: new Date().toISOString(),
  };
  if (signOutsWhenAsked !== signOuts) return;
  const cache = await caches.open(ANSWERS_CACHE);
  // Checked again once open: a sign-out in between deletes the cache after this open.
  if (signOutsWhenAsked !== signOuts) return;
  await cache.put(url, new Response(body, { headers }));
}

/** Only complete answers are worth showing later: no errors, data present. */
async function completeAnswer(response: Response): Promise<string | undefined> {
  if (response.status !== 200) return undefined;
  const body = await response.text();
  try {
    const result = JSON.parse(body) as { data?: unknown; errors?: unknown };
    return result.data && !result.errors ? body : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What each page is shown: since when (the oldest saved answer it got since the network
 * last answered it), by client id. Pages load their banner at idle and ask then.
 */
const showingSavedSince = new Map<string, string>();

async function tell(clientId: string, message: WorkerMessage): Promise<void> {
  const client = clientId ? await self.clients.get(clientId) : undefined;
  client?.postMessage(message);
}

function showingLive(clientId: string): void {
  if (showingSavedSince.delete(clientId)) void tell(clientId, { type: SHOWING_LIVE });
}

function showingSaved(clientId: string, savedAt: string): void {
  const since = showingSavedSince.get(clientId);
  if (since !== undefined && since <= savedAt) return;
  showingSavedSince.set(clientId, savedAt);
  void tell(clientId, { type: SHOWING_SAVED, savedAt });
}

/** Answers a page's question about what it is shown (ASK_SAVED_STATE). */
export function savedState(clientId: string): WorkerMessage {
  const savedAt = showingSavedSince.get(clientId);
  return savedAt === undefined ? { type: SHOWING_LIVE } : { type: SHOWING_SAVED, savedAt };
}

const timeout = (ms: number) =>
  new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));

/**
 * POST /graphql: a query goes to the network first; its answer is saved under the person
 * and the operation. When the network fails (or answers 5xx, or takes longer than
 * NETWORK_TIMEOUT_MS), the saved answer is given instead, with the SAVED_AT_HEADER.
 */
export async function answerGraphQL(event: FetchEvent): Promise<Response> {
  const { request, clientId } = event;
  let graphql: GraphQLRequest;
  try {
    graphql = JSON.parse(await request.clone().text()) as GraphQLRequest;
  } catch {
    return fetch(request);
  }
  const person = personOf(bearerToken(request));
  if (person === undefined || !isNamedQuery(graphql)) return fetch(request);
  const signOutsWhenAsked = signOuts;
  const url = await answerUrl(person, graphql.operationName, graphql.variables);

  const network = fetch(request).then(async (response) => {
    if (response.status >= 500) throw new Error(`GraphQL: HTTP ${response.status}`);
    const body = await completeAnswer(response.clone());
    if (body !== undefined) await saveAnswer(url, body, signOutsWhenAsked);
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  const first = await Promise.race([network, timeout(NETWORK_TIMEOUT_MS)]).catch(
    () => 'failed' as const,
  );
  if (first instanceof Response) {
    showingLive(clientId);
    return first;
  }
  const saved = await caches.match(url, { cacheName: ANSWERS_CACHE });
  if (saved) {
    showingSaved(clientId, saved.headers.get(SAVED_AT_HEADER) ?? new Date(0).toISOString());
    return saved;
  }
  return network;
}

/**
 * The standalone page answers its first queries from the results the server embedded in
 * it (server/src/http/first-view.ts), so they never reach this worker as requests: they
 * are saved from the page itself, as the person's answers to the same operations.
 */
export async function saveEmbeddedAnswers(page: string): Promise<void> {
  const signOutsWhenAsked = signOuts;
  const json = BOOT_ELEMENT.exec(page)?.[1];
  if (json === undefined) return;
  const boot = JSON.parse(json) as BootData;
  const person = personOf(boot.token);
  if (person === undefined) return;
  for (const { operationName, variables, result } of boot.operations) {
    const { data, errors } = (result ?? {}) as { data?: unknown; errors?: unknown };
    if (!data || errors) continue;
    const url = await answerUrl(person, operationName, variables);
    await saveAnswer(url, JSON.stringify(result), signOutsWhenAsked);
  }
}
