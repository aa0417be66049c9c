import { badUserInput } from './errors.js';

/**
 * Keyset pagination for lists ordered by a few text columns. The cursor is the last row's
 * key, opaque to clients (base64url of a JSON array), checked on the way back in.
 */

const MAX_PART_LENGTH = 200;

export function encodeKeyset(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeKeyset(text: string, parts: number): string[] | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== parts) return null;
  const valid = value.every((part) => typeof part === 'string' && part.length <= MAX_PART_LENGTH);
  return valid ? (value as string[]) : null;
}

export interface PageRequest {
  /** Rows to fetch: one more than asked, to know whether another page follows. */
  limit: number;
  first: number;
  /** The key to continue after, or null for the first page. */
  after: string[] | null;
}

/** Validates `first` and `after` of a connection field whose key has `parts` columns. */
export function pageRequest(
  args: { first?: number | null; after?: string | null },
  options: { parts: number; max: number; default: number },
): PageRequest {
  const first = args.first ?? options.default;
  if (!Number.isInteger(first) || first < 1 || first > options.max) {
    throw badUserInput(`first must be between 1 and ${options.max}, got ${first}`);
  }
  if (args.after == null) return { first, limit: first + 1, after: null };
  const after = decodeKeyset(args.after, options.parts);
  if (!after)
    throw badUserInput(`after is not a cursor of this list: "${args.after.slice(0, 40)}"`);
  return { first, limit: first + 1, after };
}

/** A connection from rows fetched with `limit`, each row's cursor made from its key. */
export function connection<Row, Node>(
  rows: Row[],
  page: PageRequest,
  key: (row: Row) => string[],
  node: (row: Row) => Node,
) {
  const edges = rows.slice(0, page.first).map((row) => ({
    cursor: encodeKeyset(key(row)),
    node: node(row),
  }));
  return {
    edges,
    pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > page.first },
  };
}
