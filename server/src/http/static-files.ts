import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from './security-headers.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Build output names its files after their content, so they never change. */
const HASHED_NAME = /-[A-Za-z0-9_-]{8,}\.(js|css)$/;

export type StaticOutcome = Response | 'not-found' | 'forbidden';

/**
 * The file under `root` that the URL path names, or why there is none. Each segment is
 * decoded on its own and may not climb out of `root` (`..`, encoded slashes, NUL).
 */
export function resolveInside(root: string, urlPath: string): string | 'forbidden' {
  const segments: string[] = [];
  for (const raw of urlPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return 'forbidden';
    }
    if (segment === '' || segment === '.') continue;
    if (segment === '..' || /[/\\\0]/.test(segment)) return 'forbidden';
    segments.push(segment);
  }
  const base = resolve(root);
  const file = resolve(base, ...segments);
  return file === base || file.startsWith(base + sep) ? file : 'forbidden';
}

const cspCache = new Map<string, string>();

async function htmlPolicy(
  file: string,
  etag: string,
  body: Buffer,
  frameOrigins: readonly string[],
): Promise<string> {
  const key = `${file}|${etag}|${frameOrigins.join(' ')}`;
  let policy = cspCache.get(key);
  if (!policy) {
    // Computed once per version of the file, not per request.
    policy = contentSecurityPolicy(body.toString('utf8'), frameOrigins);
    cspCache.set(key, policy);
  }
  return policy;
}

/** Whether an If-None-Match header names the entity tag (weak or strong). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return (
    ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => weak(tag) === weak(etag))
  );
}

export interface ServeOptions {
  /** Piazza's CSP on HTML; off for pages that are not Piazza's (the host-portal demo). */
  csp?: boolean;
  /** The video players Piazza's pages may frame (the CSP's frame-src); none by default. */
  frameOrigins?: readonly string[];
}

/** Answers with one file: content type, caching, ETag/304 and, for HTML, its CSP. */
export async function serveFile(
  request: Request,
  file: string,
  options: ServeOptions = {},
): Promise<StaticOutcome> {
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return 'not-found';
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers = new Headers({ 'content-type': type, etag });
  headers.set(
    'cache-control',
    HASHED_NAME.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  if (matchesEtag(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  const body = await readFile(file);
  if (type.startsWith('text/html') && options.csp !== false) {
    const policy = await htmlPolicy(file, etag, body, options.frameOrigins ?? []);
    headers.set('content-security-policy', policy);
  }
  if (request.method === 'HEAD') {
    headers.set('content-length', String(body.byteLength));
    return new Response(null, { status: 200, headers });
  }
  return new Response(new Uint8Array(body), { status: 200, headers });
}

/** serveFile for the URL path below `root`. */
export async function serveFrom(
  request: Request,
  root: string,
  urlPath: string,
  options: ServeOptions = {},
): Promise<StaticOutcome> {
  const file = resolveInside(root, urlPath);
  return file === 'forbidden' ? file : serveFile(request, file, options);
}
