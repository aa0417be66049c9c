import type { Authenticate } from '../auth/authenticate.js';
import type { Db } from '../db/db.js';
import {
  storeTicketFile,
  visibleTicketFile,
  type StoredFile,
  type TicketFileKind,
} from '../tickets/ticket-files.js';
import {
  contentName,
  refusal,
  signedInCaller,
  sniffFile,
  uploadedBytes,
  type UploadOptions,
} from './media.js';
import { jsonResponse, textResponse } from './responses.js';

const MAX_FILE_NAME_LENGTH = 200;

/**
 * A file name as the device gave it, without its folders (a browser may send a whole path)
 * nor control characters (which could split a header); null when nothing or too much is left.
 */
export function cleanFileName(given: string | null): string | null {
  const name = (given ?? '')
    .split(/[/\\]/)
    .pop()!
    .replace(/\p{Cc}/gu, '')
    .trim();
  const length = [...name].length;
  return length >= 1 && length <= MAX_FILE_NAME_LENGTH ? name : null;
}

/**
 * POST /api/tickets/photos, or /api/tickets/attachments?name=<file name>: any signed-in
 * person uploads a file to file with a ticket (the request body is the file). Answers 201
 * with its id and URL, or an error code the ticketing app translates: UNAUTHENTICATED,
 * BAD_NAME (documents), RATE_LIMITED, TOO_LARGE, NOT_AN_IMAGE (photos), NOT_A_PDF (documents).
 */
export async function uploadTicketFile(
  request: Request,
  kind: TicketFileKind,
  options: UploadOptions & { db: Db },
): Promise<Response> {
  const principal = await signedInCaller(request, options.authenticate);
  if (principal instanceof Response) return principal;
  const fileName = kind.named ? cleanFileName(new URL(request.url).searchParams.get('name')) : null;
  if (kind.named && !fileName) {
    return refusal(400, 'BAD_NAME', `Name the file in 1 to ${MAX_FILE_NAME_LENGTH} characters`);
  }
  const bytes = await uploadedBytes(request, principal, options, kind.maxBytes);
  if (bytes instanceof Response) return bytes;
  const type = sniffFile(bytes, kind.types);
  if (!type) return refusal(415, kind.wrongType.code, kind.wrongType.message);
  // Named by its content: an outbox replaying the upload stores nothing new.
  const id = contentName(bytes, type);
  await storeTicketFile(options.db, kind, principal.personId, {
    id,
    contentType: type.type,
    bytes,
    fileName,
  });
  return jsonResponse(201, { id, url: `${kind.path}/${id}` });
}

/** How a file is served: a document is downloaded, and even opened it runs nothing. */
function fileHeaders(file: StoredFile): HeadersInit {
  const headers = {
    'content-type': file.contentType,
    'cache-control': 'private, max-age=31536000, immutable',
    'content-security-policy': "default-src 'none'",
  };
  if (file.fileName === null) return headers;
  return {
    ...headers,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'content-security-policy': "default-src 'none'; sandbox",
  };
}

/**
 * GET /api/tickets/photos/<id> or /api/tickets/attachments/<id> with the bearer token: the
 * file for its uploader and for those who see a ticket filed with it; for anyone else 404,
 * as for an id that does not exist. Private to the browser's cache, immutable since its
 * name is its hash.
 */
export async function serveTicketFile(
  request: Request,
  kind: TicketFileKind,
  options: { db: Db; authenticate: Authenticate },
  id: string,
): Promise<Response> {
  const principal = await signedInCaller(request, options.authenticate, 'see this file');
  if (principal instanceof Response) return principal;
  const wellFormed =
    /^[0-9a-f]{64}\.[a-z]+$/.test(id) &&
    kind.types.some((type) => id.endsWith(`.${type.extension}`));
  const file = wellFormed ? await visibleTicketFile(options.db, kind, principal, id) : undefined;
  if (!file) return textResponse(404, 'Not found');
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.bytes), {
    headers: fileHeaders(file),
  });
}
