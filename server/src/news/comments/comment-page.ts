import { afterKeyset } from '../../graphql/keyset.js';
import type { PageRequest } from '../../graphql/pagination.js';

/**
 * The keyset condition "after this (time, id)" on two columns, its values appended to
 * `params`; '' for the first page. `newestFirst` for lists ordered by time descending.
 */
export function afterTimeKey(
  page: PageRequest,
  columns: { time: string; id: string },
  params: unknown[],
  newestFirst = false,
): string {
  if (page.after === null) return '';
  const keys = [{ sql: columns.time, type: 'timestamptz' as const }];
  return `and ${afterKeyset(page.after, { keys, id: columns.id, descending: newestFirst }, params)}`;
}
