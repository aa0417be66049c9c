import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readSessionCookie } from '../auth/session-cookie.js';
import type { Db } from '../db/db.js';
import type { PiazzaYoga } from '../graphql/yoga.js';
import { publishedEdits, withEdits, type NestedBundle } from '../translations/published-edits.js';

/**
 * The standalone portal's first view, embedded in its page: with a session cookie, the
 * server runs the operations the first screen needs (the session, the home app's first
 * query) and adds the translations it shows (with the locale's published edits), so the
 * browser paints without a request waterfall. The shell answers those operations from the page (shell/src/boot/boot-data.ts).
 */

interface ManifestApp {
  name: string;
  route: string;
  namespace: string;
  firstView?: { operation: string; variables: Record<string, unknown> };
}

interface Deployment {
  apps: ManifestApp[];
  locales: Record<string, Record<string, string>>;
  /** Operation name → document text, from the build. */
  operations: Record<string, string>;
}

export interface PrefetchedOperation {
  operationName: string;
  variables: Record<string, unknown>;
  result: unknown;
}

export interface BootPayload {
  token: string;
  operations: PrefetchedOperation[];
  /** Translation bundles: namespace → the messages in the person's language. */
  bundles: Record<string, unknown>;
  locale: string;
}

/** The shell's session query; its name is the contract between shell and server. */
const SESSION_OPERATION = 'Me';
const LOCALE_PLACEHOLDER = '$locale';

let cached: { key: string; deployment: Deployment } | undefined;
/** Translation bundles by file: their names carry a content hash, so they never change. */
const bundleCache = new Map<string, NestedBundle>();

async function readBundle(file: string): Promise<NestedBundle> {
  if (!bundleCache.has(file)) bundleCache.set(file, JSON.parse(await readFile(file, 'utf8')));
  return bundleCache.get(file) as NestedBundle;
}

async function loadDeployment(distDir: string): Promise<Deployment | null> {
  const manifestFile = join(distDir, 'public/manifest.json');
  const operationsFile = join(distDir, 'operations.json');
  const [manifestInfo, operationsInfo] = await Promise.all([
    stat(manifestFile).catch(() => null),
    stat(operationsFile).catch(() => null),
  ]);
  if (!manifestInfo || !operationsInfo) return null;
  const key = `${manifestInfo.mtimeMs}|${operationsInfo.mtimeMs}`;
  if (cached?.key !== key) {
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Omit<
      Deployment,
      'operations'
    >;
    const operations = JSON.parse(await readFile(operationsFile, 'utf8')) as Record<string, string>;
    cached = { key, deployment: { ...manifest, operations } };
  }
  return cached.deployment;
}

async function execute(
  yoga: PiazzaYoga,
  token: string,
  operation: { operationName: string; query: string; variables: Record<string, unknown> },
): Promise<{ data?: Record<string, unknown> | null } & Record<string, unknown>> {
  const response = await yoga.fetch('http://piazza/graphql', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(operation),
  });
  return (await response.json()) as { data?: Record<string, unknown> | null };
}

function withLocale(variables: Record<string, unknown>, locale: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(variables).map(([name, value]) => [
      name,
      value === LOCALE_PLACEHOLDER ? locale : value,
    ]),
  );
}

function isRoute(path: string, route: string): boolean {
  return path === `/${route}` || path.startsWith(`/${route}/`);
}

/** The first view of `path` for the person of the request's session cookie, or null. */
export async function firstViewPayload(options: {
  yoga: PiazzaYoga;
  db: Db;
  distDir: string;
  request: Request;
}): Promise<BootPayload | null> {
  const token = readSessionCookie(options.request);
  const deployment = token ? await loadDeployment(options.distDir) : null;
  const sessionQuery = deployment?.operations[SESSION_OPERATION];
  if (!token || !deployment || !sessionQuery) return null;

  const session = await execute(options.yoga, token, {
    operationName: SESSION_OPERATION,
    query: sessionQuery,
    variables: {},
  });
  const me = session.data?.['me'] as { apps: string[]; locale: string } | null | undefined;
  if (!me) return null;
  const operations: PrefetchedOperation[] = [
    { operationName: SESSION_OPERATION, variables: {}, result: session },
  ];
  const path = new URL(options.request.url).pathname;
  const allowed = deployment.apps.filter((app) => me.apps.includes(app.name));
  const app =
    allowed.find((candidate) => isRoute(path, candidate.route)) ??
    (path === '/' ? allowed[0] : undefined);
  const firstView = app?.firstView;
  const query = firstView ? deployment.operations[firstView.operation] : undefined;
  if (firstView && query) {
    const variables = withLocale(firstView.variables, me.locale);
    const result = await execute(options.yoga, token, {
      operationName: firstView.operation,
      query,
      variables,
    });
    operations.push({ operationName: firstView.operation, variables, result });
  }
  const bundles: Record<string, unknown> = {};
  const edits = await publishedEdits(options.db, me.locale);
  for (const namespace of ['common', ...(app ? [app.namespace] : [])]) {
    const url = deployment.locales[namespace]?.[me.locale];
    if (!url) continue;
    const built = await readBundle(join(options.distDir, 'public', url));
    bundles[namespace] = withEdits(built, edits[namespace]);
  }
  return { token, operations, bundles, locale: me.locale };
}

/**
 * The page with the payload in a JSON script element: data, never executed, so the CSP
 * needs no change. `<` is escaped so no text in it can close the element.
 */
export function injectBootPayload(html: string, payload: BootPayload): string {
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  const element = `<script type="application/json" id="piazza-boot">${json}</script>`;
  return html.replace('</head>', `    ${element}\n  </head>`);
}
