import type { Authenticate } from '../auth/authenticate.js';
import type { Db } from '../db/db.js';
import { storeTicketPhoto, ticketPhoto, visibleTicketPhoto } from '../tickets/ticket-photos.js';
import {
  contentName,
  IMAGES,
  refusal,
  signedInCaller,
  sniffFile,
  uploadedBytes,
  type UploadOptions,
} from './media.js';
import { jsonResponse, textResponse } from './responses.js';

/** What phones take: no GIF (animations say nothing about a damaged part). */
const PHOTOS = IMAGES.filter((type) => type.extension !== 'gif');

const PHOTO_ID = /^[0-9a-f]{64}\.(png|jpg|webp)$/;

/**
 * POST /api/tickets/photos: any signed-in person uploads a photo to file with a ticket
 * (the request body is the file). Answers 201 with its id and URL, or an error code the
 * ticketing app translates: UNAUTHENTICATED, RATE_LIMITED, TOO_LARGE, NOT_AN_IMAGE.
 */
export async function uploadTicketPhoto(
  request: Request,
  options: UploadOptions & { db: Db },
): Promise<Response> {
  const principal = await signedInCaller(request, options.authenticate);
  if (principal instanceof Response) return principal;
  const bytes = await uploadedBytes(request, principal, options);
  if (bytes instanceof Response) return bytes;
  const type = sniffFile(bytes, PHOTOS);
  if (!type) return refusal(415, 'NOT_AN_IMAGE', 'This file is not a PNG, JPEG or WebP photo');
  // Named by its content: an outbox replaying the upload stores nothing new.
  const id = contentName(bytes, type);
  await storeTicketPhoto(options.db, principal.personId, { id, contentType: type.type, bytes });
  const { url } = ticketPhoto(id, type.type);
  return jsonResponse(201, { id, url });
}

/**
 * GET /api/tickets/photos/<id> with the bearer token: the photo for its uploader and for
 * those who see a ticket filed with it; for anyone else 404, as for an id that does not
 * exist. Private to the browser's cache, immutable since its name is its hash.
 */
export async function serveTicketPhoto(
  request: Request,
  options: { db: Db; authenticate: Authenticate },
  id: string,
): Promise<Response> {
  const principal = await signedInCaller(request, options.authenticate, 'see this photo');
  if (principal instanceof Response) return principal;
  const photo = PHOTO_ID.test(id) ? await visibleTicketPhoto(options.db, principal, id) : undefined;
  if (!photo) return textResponse(404, 'Not found');
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(photo.bytes), {
    headers: {
      'content-type': photo.contentType,
      'cache-control': 'private, max-age=31536000, immutable',
      'content-security-policy': "default-src 'none'",
    },
  });
}
