import type { Db } from '../db/db.js';
import type { TicketAttachment, TicketPhoto, TicketResolvers } from '../generated/resolvers.js';
import { invalidField, type FieldReason } from '../graphql/errors.js';
import { IMAGES, MAX_IMAGE_BYTES, PDF, type FileType } from '../http/media.js';
import type { Principal } from '../org/principal.js';
import { seenBy, TICKET_FROM } from './ticket-access.js';
import { ticketRows, type TicketRowsLoad } from './ticket-batches.js';

/**
 * A kind of file filed with tickets: photos or documents. Both are private, named by their
 * content hash (an outbox replaying an upload stores nothing new), their uploads noted per
 * person (only the uploader files a file, or sees it before it is filed), and linked to
 * tickets in the reporter's order; one code path serves both, with their own tables.
 */
export interface TicketFileKind {
  /** Where its files are uploaded, and served below. */
  path: string;
  /** The formats taken, known by their first bytes, and what a refused file gets (415). */
  types: readonly FileType[];
  wrongType: { code: string; message: string };
  maxBytes: number;
  /** How many a ticket takes, and the field of CreateTicketInput naming them. */
  maxPerTicket: number;
  field: 'photoIds' | 'attachmentIds';
  unknown: FieldReason;
  /** Whether an upload has a name (`?name=`), kept for the download. */
  named: boolean;
  /** Its tables (see migrations 0014 and 0019) and their column naming the file. */
  files: string;
  uploads: string;
  links: string;
  column: string;
}

/** What phones take: no GIF (animations say nothing about a damaged part). */
export const TICKET_PHOTOS: TicketFileKind = {
  path: '/api/tickets/photos',
  types: IMAGES.filter((type) => type.extension !== 'gif'),
  wrongType: { code: 'NOT_AN_IMAGE', message: 'This file is not a PNG, JPEG or WebP photo' },
  maxBytes: MAX_IMAGE_BYTES,
  // Enough to show the problem; more would make a ticket slow to file from a phone.
  maxPerTicket: 5,
  field: 'photoIds',
  unknown: 'UNKNOWN_PHOTO',
  named: false,
  files: 'ticket_photos',
  uploads: 'ticket_photo_uploads',
  links: 'ticket_photo_links',
  column: 'photo_id',
};

/** Repair orders, invoices: PDF only, which every device opens. */
export const TICKET_DOCUMENTS: TicketFileKind = {
  path: '/api/tickets/attachments',
  types: [PDF],
  wrongType: { code: 'NOT_A_PDF', message: 'This file is not a PDF document' },
  // A scanned multi-page repair order, not a manual.
  maxBytes: 10 * 1024 * 1024,
  maxPerTicket: 5,
  field: 'attachmentIds',
  unknown: 'UNKNOWN_ATTACHMENT',
  named: true,
  files: 'ticket_documents',
  uploads: 'ticket_document_uploads',
  links: 'ticket_document_links',
  column: 'document_id',
};

export const TICKET_FILE_KINDS = [TICKET_PHOTOS, TICKET_DOCUMENTS];

export interface StoredFile {
  id: string;
  contentType: string;
  bytes: Uint8Array;
  /** A document's name (null for a photo). */
  fileName: string | null;
}

/** Keeps a file once, whoever uploads the same bytes, and notes that this person did. */
export async function storeTicketFile(
  db: Db,
  kind: TicketFileKind,
  uploaderId: string,
  file: StoredFile,
) {
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into ${kind.files} (id, content_type, bytes) values ($1, $2, $3)
       on conflict (id) do nothing`,
      [file.id, file.contentType, file.bytes],
    );
    // The same document uploaded again under another name is filed under that name.
    await tx.query(
      `insert into ${kind.uploads} (${kind.column}, person_id, file_name) values ($1, $2, $3)
       on conflict (${kind.column}, person_id) do update set file_name = excluded.file_name`,
      [file.id, uploaderId, file.fileName],
    );
  });
}

/**
 * The file when the caller uploaded it or sees a ticket filed with it; else undefined.
 * Its name is the caller's own for it, else the one it was filed under.
 */
export async function visibleTicketFile(
  db: Db,
  kind: TicketFileKind,
  caller: Principal,
  id: string,
): Promise<StoredFile | undefined> {
  const params: unknown[] = [id, caller.personId];
  const [row] = await db.query<{ content_type: string; bytes: Uint8Array; file_name: string }>(
    `select f.content_type, f.bytes, seen.file_name from ${kind.files} f
     join lateral (
       select u.file_name, 0 as rank from ${kind.uploads} u
       where u.${kind.column} = f.id and u.person_id = $2
       union all
       select l.file_name, 1 as rank from ${kind.links} l join ${TICKET_FROM} on t.id = l.ticket_id
       where l.${kind.column} = f.id and ${seenBy(caller, params)}
       order by rank limit 1
     ) seen on true
     where f.id = $1`,
    params,
  );
  return row && { id, contentType: row.content_type, bytes: row.bytes, fileName: row.file_name };
}

/**
 * The files of a kind to file with a ticket, in the given order without repeats: at most
 * `maxPerTicket` (else TOO_MANY), each one the caller uploaded (else the kind's unknown).
 */
export async function filesToFile(
  db: Db,
  kind: TicketFileKind,
  caller: Principal,
  ids: readonly string[] | null | undefined,
): Promise<string[]> {
  const fileIds = [...new Set(ids ?? [])];
  if (fileIds.length > kind.maxPerTicket) {
    throw invalidField(kind.field, 'TOO_MANY', `A ticket takes at most ${kind.maxPerTicket}`);
  }
  if (fileIds.length === 0) return fileIds;
  const uploaded = await db.query(
    `select 1 from ${kind.uploads} where person_id = $1 and ${kind.column} = any($2::text[])`,
    [caller.personId, fileIds],
  );
  if (uploaded.length < fileIds.length) {
    throw invalidField(kind.field, kind.unknown, 'Upload each file before filing it');
  }
  return fileIds;
}

/** Files a kind's files with a new ticket, inside its transaction, under their uploader's names. */
export async function linkTicketFiles(
  tx: Db,
  kind: TicketFileKind,
  ticketId: string,
  uploaderId: string,
  fileIds: readonly string[],
) {
  for (const [position, fileId] of fileIds.entries()) {
    await tx.query(
      `insert into ${kind.links} (ticket_id, position, ${kind.column}, file_name)
       select $1, $2, $3, file_name from ${kind.uploads} where ${kind.column} = $3 and person_id = $4`,
      [ticketId, position, fileId, uploaderId],
    );
  }
}

interface FileRow {
  ticket_id: string;
  id: string;
  content_type: string;
  file_name: string | null;
  size: number;
}

/** The files of a kind of tickets, each ticket's in its order (for ./ticket-batches.ts). */
function fileRows(kind: TicketFileKind): TicketRowsLoad<FileRow> {
  return (db, ticketIds) =>
    db.query(
      `select l.ticket_id, f.id, f.content_type, l.file_name, octet_length(f.bytes) as size
       from ${kind.links} l join ${kind.files} f on f.id = l.${kind.column}
       where l.ticket_id = any($1::text[]) order by l.ticket_id, l.position`,
      [ticketIds],
    );
}

// One loader per kind: ticket-batches.ts batches by loader.
const photoRows = fileRows(TICKET_PHOTOS);
const documentRows = fileRows(TICKET_DOCUMENTS);

const ticketPhoto = (id: string, contentType: string): TicketPhoto => ({
  id,
  url: `${TICKET_PHOTOS.path}/${id}`,
  contentType,
});

const ticketAttachment = (row: FileRow): TicketAttachment => ({
  id: row.id,
  fileName: row.file_name!,
  url: `${TICKET_DOCUMENTS.path}/${row.id}`,
  contentType: row.content_type,
  size: row.size,
});

/** A ticket's photos and documents, loaded for every ticket of a response at once. */
export const TicketFiles: Pick<TicketResolvers, 'photos' | 'attachments'> = {
  photos: async (parent, _args, context) =>
    (await ticketRows(context, photoRows, parent.id)).map((row) =>
      ticketPhoto(row.id, row.content_type),
    ),
  attachments: async (parent, _args, context) =>
    (await ticketRows(context, documentRows, parent.id)).map(ticketAttachment),
};
