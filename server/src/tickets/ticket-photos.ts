import type { Db } from '../db/db.js';
import type { TicketPhoto } from '../generated/resolvers.js';
import { invalidField } from '../graphql/errors.js';
import type { Principal } from '../org/principal.js';
import { seenBy, TICKET_FROM } from './ticket-access.js';
import type { TicketRowsLoad } from './ticket-batches.js';

/** Where a ticket photo is uploaded, and served below. */
export const TICKET_PHOTOS_PATH = '/api/tickets/photos';

/** Enough to show the problem; more would make a ticket slow to file from a phone. */
export const MAX_TICKET_PHOTOS = 5;

export interface StoredPhoto {
  id: string;
  contentType: string;
  bytes: Uint8Array;
}

/** Keeps a photo once, whoever uploads the same bytes, and notes that this person did. */
export async function storeTicketPhoto(db: Db, uploaderId: string, photo: StoredPhoto) {
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into ticket_photos (id, content_type, bytes) values ($1, $2, $3)
       on conflict (id) do nothing`,
      [photo.id, photo.contentType, photo.bytes],
    );
    await tx.query(
      `insert into ticket_photo_uploads (photo_id, person_id) values ($1, $2)
       on conflict (photo_id, person_id) do nothing`,
      [photo.id, uploaderId],
    );
  });
}

/** The photo when the caller uploaded it or sees a ticket filed with it; else undefined. */
export async function visibleTicketPhoto(
  db: Db,
  caller: Principal,
  id: string,
): Promise<StoredPhoto | undefined> {
  const params: unknown[] = [id, caller.personId];
  const [row] = await db.query<{ content_type: string; bytes: Uint8Array }>(
    `select content_type, bytes from ticket_photos p
     where p.id = $1
       and (exists (select 1 from ticket_photo_uploads u
                    where u.photo_id = p.id and u.person_id = $2)
         or exists (select 1 from ticket_photo_links l join ${TICKET_FROM} on t.id = l.ticket_id
                    where l.photo_id = p.id and ${seenBy(caller, params)}))`,
    params,
  );
  return row && { id, contentType: row.content_type, bytes: row.bytes };
}

/**
 * The photos to file with a ticket, in the given order without repeats: at most
 * MAX_TICKET_PHOTOS (else TOO_MANY), each one the caller uploaded (else UNKNOWN_PHOTO).
 */
export async function photosToFile(
  db: Db,
  caller: Principal,
  ids: readonly string[] | null | undefined,
): Promise<string[]> {
  const photoIds = [...new Set(ids ?? [])];
  if (photoIds.length > MAX_TICKET_PHOTOS) {
    throw invalidField(
      'photoIds',
      'TOO_MANY',
      `A ticket takes at most ${MAX_TICKET_PHOTOS} photos`,
    );
  }
  if (photoIds.length === 0) return photoIds;
  const uploaded = await db.query<{ photo_id: string }>(
    `select photo_id from ticket_photo_uploads where person_id = $1 and photo_id = any($2::text[])`,
    [caller.personId, photoIds],
  );
  if (uploaded.length < photoIds.length) {
    throw invalidField('photoIds', 'UNKNOWN_PHOTO', 'Upload each photo before filing it');
  }
  return photoIds;
}

/** Files the photos with a new ticket, inside its transaction. */
export async function linkTicketPhotos(tx: Db, ticketId: string, photoIds: readonly string[]) {
  for (const [position, photoId] of photoIds.entries()) {
    await tx.query(
      'insert into ticket_photo_links (ticket_id, position, photo_id) values ($1, $2, $3)',
      [ticketId, position, photoId],
    );
  }
}

export const ticketPhoto = (id: string, contentType: string): TicketPhoto => ({
  id,
  url: `${TICKET_PHOTOS_PATH}/${id}`,
  contentType,
});

/** The photos of tickets, each ticket's in its order (for ./ticket-batches.ts). */
export const photoRows: TicketRowsLoad<{ ticket_id: string; id: string; content_type: string }> = (
  db,
  ticketIds,
) =>
  db.query(
    `select l.ticket_id, p.id, p.content_type
     from ticket_photo_links l join ticket_photos p on p.id = l.photo_id
     where l.ticket_id = any($1::text[]) order by l.ticket_id, l.position`,
    [ticketIds],
  );
