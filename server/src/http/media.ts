import { createHash } from 'node:crypto';
import { isAdmin, isEditor } from '../access/guard.js';
import type { Authenticate } from '../auth/authenticate.js';
import type { Db } from '../db/db.js';
import type { Principal } from '../org/principal.js';
import type { RateLimits } from './rate-limits.js';
import { readLimitedBody } from './read-body.js';
import { jsonResponse, textResponse } from './responses.js';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const UPLOADS_PATH = '/media/uploads/';

export interface FileType {
  type: string;
  extension: string;
  matches(bytes: Uint8Array): boolean;
}

/** The picture formats taken, known by their first bytes (SVG is not: it can hold scripts). */
export const IMAGES: FileType[] = [
  {
    type: 'image/png',
    extension: 'png',
    matches: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v),
  },
  {
    type: 'image/jpeg',
    extension: 'jpg',
    matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  { type: 'image/gif', extension: 'gif', matches: (b) => /^GIF8[79]a/.test(ascii(b, 0, 6)) },
  {
    type: 'image/webp',
    extension: 'webp',
    matches: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
  },
];

/** A PDF document, known by its signature. */
export const PDF: FileType = {
  type: 'application/pdf',
  extension: 'pdf',
  matches: (b) => ascii(b, 0, 5) === '%PDF-',
};

/** Attachments: pictures and PDF documents. */
const ATTACHMENTS: FileType[] = [...IMAGES, PDF];

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** The type of these bytes among `types`, whatever the client claimed, or undefined. */
export function sniffFile(bytes: Uint8Array, types: readonly FileType[] = IMAGES) {
  return types.find((candidate) => candidate.matches(bytes));
}

export const refusal = (status: number, code: string, message: string, headers: HeadersInit = {}) =>
  jsonResponse(status, { error: { code, message } }, headers);

export interface UploadOptions {
  authenticate: Authenticate;
  rateLimits: RateLimits;
  address: string;
}

/** The signed-in person making the request, or the refusal to answer (`to`: what for). */
export async function signedInCaller(
  request: Request,
  authenticate: Authenticate,
  to = 'upload',
): Promise<Principal | Response> {
  try {
    return (await authenticate(request)) ?? refusal(401, 'UNAUTHENTICATED', `Sign in to ${to}`);
  } catch {
    return refusal(401, 'UNAUTHENTICATED', `Sign in again to ${to}`);
  }
}

/**
 * The uploaded bytes, once the uploader's rate limit lets them through, or the refusal
 * (TOO_LARGE beyond `maxBytes`).
 */
export async function uploadedBytes(
  request: Request,
  principal: Principal,
  options: UploadOptions,
  maxBytes = MAX_IMAGE_BYTES,
): Promise<Uint8Array | Response> {
  const wait = await options.rateLimits.mutation(principal.personId, options.address);
  if (wait > 0) {
    return refusal(429, 'RATE_LIMITED', `Too many requests: wait ${wait} s`, {
      'retry-after': String(wait),
    });
  }
  const bytes = await readLimitedBody(request, maxBytes);
  return bytes ?? refusal(413, 'TOO_LARGE', `Files are limited to ${maxBytes} bytes`);
}

/** A file's name by its content: the same file uploaded twice is stored once. */
export const contentName = (bytes: Uint8Array, type: FileType) =>
  `${createHash('sha256').update(bytes).digest('hex')}.${type.extension}`;

/**
 * POST /api/media: an editor uploads a picture for an article, or with
 * `?purpose=attachment` a picture or PDF to attach (the request body is the file).
 * Answers 201 with its URL, or an error code the newsroom translates: UNAUTHENTICATED,
 * FORBIDDEN, RATE_LIMITED, TOO_LARGE, NOT_AN_IMAGE, UNSUPPORTED_FILE.
 */
export async function uploadMedia(
  request: Request,
  options: UploadOptions & { db: Db },
): Promise<Response> {
  const principal = await signedInCaller(request, options.authenticate);
  if (principal instanceof Response) return principal;
  if (!isEditor(principal) && !isAdmin(principal)) {
    return refusal(403, 'FORBIDDEN', 'Only editors upload pictures');
  }
  const bytes = await uploadedBytes(request, principal, options);
  if (bytes instanceof Response) return bytes;
  const attachment = new URL(request.url).searchParams.get('purpose') === 'attachment';
  const image = sniffFile(bytes, attachment ? ATTACHMENTS : IMAGES);
  if (!image) {
    return attachment
      ? refusal(
          415,
          'UNSUPPORTED_FILE',
          'Attach a PDF document or a PNG, JPEG, GIF or WebP picture',
        )
      : refusal(415, 'NOT_AN_IMAGE', 'This file is not a PNG, JPEG, GIF or WebP picture');
  }
  // Named by its content: the same picture uploaded twice is stored once, cached forever.
  const id = contentName(bytes, image);
  await options.db.query(
    `insert into media (id, content_type, bytes, uploaded_by) values ($1, $2, $3, $4)
     on conflict (id) do nothing`,
    [id, image.type, bytes, principal.personId],
  );
  return jsonResponse(201, { url: `${UPLOADS_PATH}${id}` });
}

/** GET /media/uploads/<id>: an uploaded file, immutable since its name is its hash. */
export async function serveUploadedMedia(db: Db, request: Request, id: string): Promise<Response> {
  if (!/^[0-9a-f]{64}\.(png|jpg|gif|webp|pdf)$/.test(id)) return textResponse(404, 'Not found');
  const [row] = await db.query<{ content_type: string; bytes: Uint8Array }>(
    'select content_type, bytes from media where id = $1',
    [id],
  );
  if (!row) return textResponse(404, 'Not found');
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(row.bytes), {
    headers: {
      'content-type': row.content_type,
      'cache-control': 'public, max-age=31536000, immutable',
      'content-security-policy': "default-src 'none'",
      // Documents are downloaded, never shown inside the portal's origin.
      ...(row.content_type === 'application/pdf' ? { 'content-disposition': 'attachment' } : {}),
    },
  });
}
