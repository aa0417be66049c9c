import type { FieldMergeFunction } from '@apollo/client';

interface Connection {
  edges: readonly unknown[];
}

/**
 * A cache field policy's merge for a list that grows as "show more" fetches pages: a page
 * after a cursor is appended, a first page replaces the list.
 */
export const appendPages: FieldMergeFunction<Connection, Connection> = (
  existing,
  incoming,
  { args },
) =>
  existing === undefined || !args?.['after']
    ? incoming
    : { ...incoming, edges: [...existing.edges, ...incoming.edges] };
