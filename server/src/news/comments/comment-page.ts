import { badUserInput } from '../../graphql/errors.js';
import type { PageRequest } from '../../graphql/pagination.js';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * The keyset condition "after this (time, id)" on two columns, its values appended to
 * `params`; '' for the first page. The time comes from a cursor and is checked first.
 * `newestFirst` for lists ordered by time descending.
 */
export function afterTimeKey(
  page: PageRequest,
  columns: { time: string; id: string },
  params: unknown[],
  newestFirst = false,
): string {
  if (page.after === null) return '';
  const [time, id] = page.after as [string, string];
  if (!TIMESTAMP.test(time) || Number.isNaN(Date.parse(time.slice(0, 23) + 'Z'))) {
    throw badUserInput('after is not a cursor of this list');
  }
  params.push(time, id);
  return `and (${columns.time}, ${columns.id}) ${newestFirst ? '<' : '>'} ($${params.length - 1}::timestamptz, $${params.length})`;
}
