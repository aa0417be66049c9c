/** A position in the feed: the last article seen, by its exact publication time and id. */
export interface FeedCursor {
  /** Microsecond precision, UTC, as PostgreSQL keeps it, so no article is skipped. */
  publishedAt: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const MAX_ID_LENGTH = 200;

/** Opaque to clients: base64url of the position, so they cannot build or rely on it. */
export function encodeCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify([cursor.publishedAt, cursor.id])).toString('base64url');
}

/** The position a cursor holds, or null when it is not one this server made. */
export function decodeCursor(text: string): FeedCursor | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [publishedAt, id] = value as unknown[];
  if (typeof publishedAt !== 'string' || !TIMESTAMP.test(publishedAt)) return null;
  if (Number.isNaN(Date.parse(publishedAt.slice(0, 23) + 'Z'))) return null;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) return null;
  return { publishedAt, id };
}
