import { join } from 'node:path';
import { issueDemoToken, listDemoPeople, signOutDemo } from '../auth/demo-routes.js';
import { readSessionCookie } from '../auth/session-cookie.js';
import type { Authenticate } from '../auth/authenticate.js';
import type { DemoIssuer } from '../auth/demo-issuer.js';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import { ErrorCode } from '../graphql/errors.js';
import type { PiazzaYoga } from '../graphql/yoga.js';
import { embedOrigins } from '../news/video.js';
import { TICKET_FILE_KINDS } from '../tickets/ticket-files.js';
import { clientAddress } from './client-address.js';
import { compressResponse } from './compression.js';
import type { RateLimits } from './rate-limits.js';
import { firstViewPayload, injectBootPayload } from './first-view.js';
import { graphqlBodyLimit, largeImportLimit } from './large-bodies.js';
import { serveUploadedMedia, uploadMedia, UPLOADS_PATH } from './media.js';
import { readLimitedBody } from './read-body.js';
import { graphqlErrorResponse, jsonResponse, textResponse } from './responses.js';
import { addBaseSecurityHeaders } from './security-headers.js';
import { serveFile, serveFrom, type StaticOutcome } from './static-files.js';
import { serveTicketFile, uploadTicketFile } from './ticket-files.js';
import { exportTicketsCsv, TICKETS_CSV_PATH } from './tickets-export.js';
import { isTranslationFile, serveTranslationFile } from './translation-files.js';
import { receiveVitals, VITALS_PATH } from '../vitals/receive-vitals.js';

export const MAX_BODY_BYTES = 100 * 1024;

export type FetchHandler = (request: Request) => Promise<Response>;

export interface RouterOptions {
  db: Db;
  config: Config;
  yoga: PiazzaYoga;
  /** null when the demo issuer is disabled (production). */
  demoIssuer: DemoIssuer | null;
  rateLimits: RateLimits;
  authenticate: Authenticate;
}

function notFound(): Response {
  return textResponse(404, 'Not found');
}

/** JSON only: a form post could arrive cross-site without a preflight. */
const GRAPHQL_CONTENT_TYPE = /^application\/(json|graphql\+json)\s*(;|$)/i;

/** Yoga answers some refusals (406, 415…) with an empty body; clients get an error they can read. */
async function withErrorBody(response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  if (response.ok || /json/.test(type)) return response;
  const status = response.status;
  await response.body?.cancel();
  return graphqlErrorResponse(
    status,
    ErrorCode.BAD_REQUEST,
    `The GraphQL request was refused (HTTP ${status})`,
  );
}

async function graphql(yoga: PiazzaYoga, request: Request): Promise<Response> {
  if (request.method !== 'POST') return withErrorBody(await yoga.fetch(request));
  if (!GRAPHQL_CONTENT_TYPE.test(request.headers.get('content-type') ?? '')) {
    return graphqlErrorResponse(
      415,
      ErrorCode.BAD_REQUEST,
      'Send GraphQL requests as application/json',
    );
  }
  const body = await readLimitedBody(request, graphqlBodyLimit(request, MAX_BODY_BYTES));
  if (!body || (body.byteLength > MAX_BODY_BYTES && body.byteLength > largeImportLimit(body))) {
    return graphqlErrorResponse(
      413,
      ErrorCode.PAYLOAD_TOO_LARGE,
      `The request body is over ${MAX_BODY_BYTES / 1024} KB`,
    );
  }
  return withErrorBody(
    await yoga.fetch(new Request(request.url, { method: 'POST', headers: request.headers, body })),
  );
}

async function readiness(db: Db): Promise<Response> {
  try {
    await db.query('select 1', []);
    return jsonResponse(200, { status: 'ok' });
  } catch {
    return jsonResponse(503, { status: 'unavailable' });
  }
}

async function demoRoute(
  options: RouterOptions,
  request: Request,
  path: string,
): Promise<Response> {
  const { db, demoIssuer } = options;
  if (!demoIssuer) return notFound();
  if (path === '/auth/demo/people' && request.method === 'GET') return listDemoPeople(db);
  if (path === '/auth/demo/token' && request.method === 'POST') {
    const wait = await options.rateLimits.signIn(clientAddress(request, options.config.trustProxy));
    if (wait > 0) {
      return jsonResponse(
        429,
        { error: { code: ErrorCode.RATE_LIMITED, message: `Too many sign-ins: wait ${wait} s` } },
        { 'retry-after': String(wait) },
      );
    }
    const body = await readLimitedBody(request, MAX_BODY_BYTES);
    if (!body)
      return jsonResponse(413, {
        error: { code: ErrorCode.PAYLOAD_TOO_LARGE, message: 'Body too large' },
      });
    return issueDemoToken(db, demoIssuer, { body, secureCookie: options.config.production });
  }
  if (path === '/auth/demo/sign-out' && request.method === 'POST') {
    return signOutDemo(options.config.production);
  }
  return notFound();
}

function settle(outcome: StaticOutcome): Response | null {
  if (outcome === 'forbidden') return textResponse(400, 'Bad path');
  return outcome === 'not-found' ? null : outcome;
}

/**
 * The portal's page with its first view embedded, when the request has a session; the
 * page is then the person's own: never cached, never shared.
 */
async function withFirstView(
  options: RouterOptions,
  request: Request,
  response: Response,
): Promise<Response> {
  const isPage = (response.headers.get('content-type') ?? '').startsWith('text/html');
  if (!isPage || response.status !== 200 || request.method !== 'GET') return response;
  const payload = await firstViewPayload({
    yoga: options.yoga,
    db: options.db,
    distDir: options.config.distDir,
    request,
  });
  if (!payload) return response;
  const headers = new Headers(response.headers);
  headers.delete('etag');
  headers.set('cache-control', 'private, no-store');
  headers.set('vary', 'cookie');
  return new Response(injectBootPayload(await response.text(), payload), {
    status: 200,
    headers,
  });
}

function acceptsHtml(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('text/html');
}

/** Files of the build, the demo media and pages, and the single-page-app fallback. */
async function staticRoute(
  options: RouterOptions,
  request: Request,
  path: string,
): Promise<Response> {
  const { config } = options;
  if (path.startsWith(UPLOADS_PATH)) {
    return serveUploadedMedia(options.db, request, path.slice(UPLOADS_PATH.length));
  }
  if (path.startsWith('/media/')) {
    return (
      settle(await serveFrom(request, config.mediaDir, path.slice('/media/'.length))) ?? notFound()
    );
  }
  if (!config.production && (path === '/host-portal' || path.startsWith('/host-portal/'))) {
    if (path === '/host-portal') {
      return new Response(null, { status: 301, headers: { location: '/host-portal/' } });
    }
    // The demo imitates the group portal: its own page, under its own (absent) policy,
    // and its own routes, below which Piazza's routes live.
    const noCsp = { csp: false };
    const file = settle(
      await serveFrom(request, config.hostPortalDir, path.slice('/host-portal/'.length), noCsp),
    );
    if (file || !acceptsHtml(request)) return file ?? notFound();
    const page = await serveFile(request, join(config.hostPortalDir, 'index.html'), noCsp);
    return page instanceof Response ? page : notFound();
  }
  const publicDir = join(config.distDir, 'public');
  const piazzaPage = { frameOrigins: embedOrigins(config.embedOrigins) };
  if (acceptsHtml(request) && readSessionCookie(request)) {
    // A personal page: never answered "not modified" from a cached, impersonal one.
    const headers = new Headers(request.headers);
    headers.delete('if-none-match');
    request = new Request(request, { headers });
  }
  const found = settle(await serveFrom(request, publicDir, path, piazzaPage));
  if (found) return withFirstView(options, request, found);
  if (!acceptsHtml(request) || path.startsWith('/auth/')) {
    return notFound();
  }
  // Routes of the single-page app are resolved in the browser.
  const index = await serveFile(request, join(publicDir, 'index.html'), piazzaPage);
  if (index instanceof Response) return withFirstView(options, request, index);
  return textResponse(503, 'The front end is not built yet: run `npm run build`, then reload.');
}

async function route(options: RouterOptions, request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  if (path === '/graphql') return graphql(options.yoga, request);
  if (path === '/healthz') return jsonResponse(200, { status: 'ok' });
  if (path === '/readyz') return readiness(options.db);
  if (path.startsWith('/auth/demo/')) return demoRoute(options, request, path);
  if (path === '/api/media' && request.method === 'POST') {
    const address = clientAddress(request, options.config.trustProxy);
    return uploadMedia(request, { ...options, address });
  }
  const uploadedKind = TICKET_FILE_KINDS.find((kind) => kind.path === path);
  if (uploadedKind && request.method === 'POST') {
    const address = clientAddress(request, options.config.trustProxy);
    return uploadTicketFile(request, uploadedKind, { ...options, address });
  }
  if (path === VITALS_PATH && request.method === 'POST') {
    const address = clientAddress(request, options.config.trustProxy);
    return receiveVitals(request, { ...options, address });
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return textResponse(405, 'Method not allowed', { allow: 'GET, HEAD' });
  }
  if (path === TICKETS_CSV_PATH) return exportTicketsCsv(request, options);
  if (isTranslationFile(path)) return serveTranslationFile(options.db, request, path);
  const servedKind = TICKET_FILE_KINDS.find((kind) => path.startsWith(`${kind.path}/`));
  if (servedKind) {
    return serveTicketFile(request, servedKind, options, path.slice(servedKind.path.length + 1));
  }
  return staticRoute(options, request, path);
}

/** Every HTTP route as one fetch handler: node's server and the tests both call it. */
export function createRouter(options: RouterOptions): FetchHandler {
  return async (request) => {
    let response: Response;
    try {
      response = await route(options, request);
    } catch (error) {
      console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error);
      response = textResponse(500, 'Internal error');
    }
    response = await compressResponse(request, response);
    const headers = new Headers(response.headers);
    addBaseSecurityHeaders(headers);
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  };
}
