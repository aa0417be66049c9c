import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The page's Content-Security-Policy: no inline script runs unless it is one of the
 * page's own (the import map), allowed by the hash of its exact text; the page frames
 * only the video players of `frameOrigins` (news/video.ts `embedOrigins`).
 */
export function contentSecurityPolicy(html: string, frameOrigins: readonly string[]): string {
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || body.length === 0) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    // blob: for private pictures fetched with the person's token (a ticket's photos).
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    // The installed portal: its service worker (sw.js) and web app manifest, both Piazza's own.
    "worker-src 'self'",
    "manifest-src 'self'",
    `frame-src ${frameOrigins.length > 0 ? frameOrigins.join(' ') : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Headers every response carries. */
export function addBaseSecurityHeaders(headers: Headers): void {
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', 'same-origin');
}
