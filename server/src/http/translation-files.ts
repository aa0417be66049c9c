import { createHash } from 'node:crypto';
import type { Db } from '../db/db.js';
import { loadLocale } from '../translations/entries.js';
import { publishedEdits } from '../translations/published-edits.js';
import { loadRelease } from '../translations/releases.js';
import { textResponse } from './responses.js';
import { matchesEtag } from './static-files.js';

/** `/api/translations/es-CL-3.json`: a locale's published edits at a release. */
const TRANSLATION_FILE = /^\/api\/translations\/([a-z]{2,3}(?:-[A-Za-z]{2,4})?)-(\d{1,9})\.json$/;

export function isTranslationFile(path: string): boolean {
  return TRANSLATION_FILE.test(path);
}

/**
 * A locale's published translator edits, public like the bundles they amend. The current
 * release's URL never changes content, so browsers keep it for good; an older release's
 * URL answers the current content (a portal that asked late gets the newest) uncached.
 */
export async function serveTranslationFile(
  db: Db,
  request: Request,
  path: string,
): Promise<Response> {
  const [, code = '', release = ''] = TRANSLATION_FILE.exec(path) ?? [];
  const locale = await loadLocale(db, code);
  if (!locale) return textResponse(404, 'Not found');
  const current = await loadRelease(db, locale.code);
  const body = JSON.stringify(await publishedEdits(db, locale.code));
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    etag,
    'cache-control':
      Number(release) === current.release ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (matchesEtag(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}
