import type { TicketSort } from '../generated/resolvers.js';
import { badUserInput } from '../graphql/errors.js';
import { afterKeyset, keyText, type KeyColumn } from '../graphql/keyset.js';

/**
 * The orders of the ticket list (`tickets(sort:)` and the CSV export), as keys over
 * `listed`, the TicketRows of ticketSelect, all in one direction so that a row comparison
 * continues a page; the id breaks ties. A cursor names its order, so that one from another
 * order is refused rather than read as a key of this one.
 */
interface TicketOrder {
  keys: readonly KeyColumn[];
  descending: boolean;
}

const CREATED: KeyColumn = { sql: 'listed.created_at', type: 'timestamptz' };
const DONE = `listed.status in ('RESOLVED', 'CLOSED')`;

const ORDERS: Record<TicketSort, TicketOrder> = {
  NEWEST: { keys: [CREATED], descending: true },
  RECENTLY_UPDATED: { keys: [{ sql: 'listed.updated_at', type: 'timestamptz' }], descending: true },
  PRIORITY: {
    keys: [
      {
        sql: `array_position(array['LOW', 'NORMAL', 'HIGH', 'URGENT'], listed.priority)`,
        type: 'numeric',
      },
      CREATED,
    ],
    descending: true,
  },
  // Open tickets by their resolution deadline, then the done ones latest change first: its
  // time negated, so that one ascending order holds both.
  DUE_SOONEST: {
    keys: [
      { sql: `(${DONE})::int`, type: 'numeric' },
      {
        sql: `case when ${DONE} then -extract(epoch from listed.updated_at)
          else extract(epoch from listed.resolve_by) end`,
        type: 'numeric',
      },
    ],
    descending: false,
  },
};

/** The parts of a cursor of the list in this order: its name, its keys, the id. */
export const sortCursorParts = (sort: TicketSort): number => ORDERS[sort].keys.length + 2;

/** A row of sortedTickets: its cursor, the order's name aside. */
export interface SortedRow {
  sort_key: string[];
}

/**
 * The rows of `select` (TicketRows with their conditions) in `sort` order, after the
 * cursor `after` when given (BAD_USER_INPUT when it is another order's), each with its
 * `sort_key`; `columns` adds some over `listed`. Values are appended to `params`; the
 * caller adds the limit.
 */
export function sortedTickets(
  select: string,
  sort: TicketSort,
  options: { params: unknown[]; after?: readonly string[] | null; columns?: string },
): string {
  const { keys, descending } = ORDERS[sort];
  let after = 'true';
  if (options.after) {
    const [cursorSort, ...values] = options.after;
    if (cursorSort !== sort) throw badUserInput(`after is not a cursor of the ${sort} order`);
    after = afterKeyset(values, { keys, id: 'listed.id', descending }, options.params);
  }
  const direction = descending ? 'desc' : 'asc';
  const sortKey = [...keys.map(keyText), 'listed.id'].join(', ');
  const orderBy = [...keys.map((key) => key.sql), 'listed.id'].map((sql) => `${sql} ${direction}`);
  return `select listed.*, array[${sortKey}] as sort_key${options.columns ? `, ${options.columns}` : ''}
    from (${select}) listed
    where ${after}
    order by ${orderBy.join(', ')}`;
}
