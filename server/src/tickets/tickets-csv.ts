import { isAdmin } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type { TicketFilter, TicketSort } from '../generated/resolvers.js';
import type { Principal } from '../org/principal.js';
import { DEALER_MANAGER_JOBS } from './ticket-access.js';
import { authorName, namingLocale, ticketSelect, type TicketRow } from './ticket-model.js';
import { ticketFilterConditions } from './ticket-queries.js';
import { sortedTickets } from './ticket-sort.js';
import { tagsText } from '../../../shared/src/text/tags.js';

/** More than a spreadsheet is useful for: the caller narrows the filter instead. */
export const MAX_CSV_TICKETS = 10_000;

/**
 * Those who follow tickets as a whole, not one by one: admins, region managers, and the
 * managers of a dealer. The others see only what they filed or hold, a list they do not
 * need a spreadsheet for.
 */
export function exportsTickets(caller: Principal): boolean {
  return (
    isAdmin(caller) ||
    caller.roles.some((grant) => grant.role === 'REGION_MANAGER') ||
    (caller.dealerId !== null && DEALER_MANAGER_JOBS.includes(caller.job))
  );
}

const COLUMNS = [
  'number',
  'created',
  'status',
  'priority',
  'kind',
  'category',
  'tags',
  'dealer',
  'reporter',
  'assignee',
  'title',
] as const;

/**
 * A cell as RFC 4180 wants it, made inert for spreadsheets: text a spreadsheet would take
 * for a formula (=, +, -, @, and a tab or carriage return that some strip before looking)
 * starts with an apostrophe, so that a title like `=HYPERLINK(…)` stays text.
 */
export function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

type CsvRow = TicketRow & { assignee_name: string | null };

/** The name of a listed ticket's assignee, if it has one (TicketRows do not carry it). */
const ASSIGNEE_NAME = `(select ${authorName('a')} from tickets ta
  join people a on a.id = ta.assignee_id where ta.id = listed.id) as assignee_name`;

/**
 * The tickets of the list the caller would see with this filter, in the list's order
 * (ticket-sort.ts), as CSV: UTF-8 with a byte order mark (spreadsheets otherwise guess the
 * encoding), lines ending in CRLF, the category named in `locale`. Null when more than
 * MAX_CSV_TICKETS match.
 */
export async function ticketsCsv(
  db: Db,
  caller: Principal,
  list: { filter: TicketFilter; sort: TicketSort; locale: string | null },
): Promise<string | null> {
  const params: unknown[] = [];
  const select = ticketSelect(caller, namingLocale(caller, list.locale), params);
  const conditions = ticketFilterConditions(caller, list.filter, params);
  const sorted = sortedTickets(`${select} and ${conditions.join(' and ')}`, list.sort, {
    params,
    columns: ASSIGNEE_NAME,
  });
  params.push(MAX_CSV_TICKETS + 1);
  const rows = await db.query<CsvRow>(`${sorted} limit $${params.length}`, params);
  if (rows.length > MAX_CSV_TICKETS) return null;
  const lines = rows.map((row) =>
    [
      row.number,
      row.created_at.toISOString(),
      row.status,
      row.priority,
      row.kind,
      row.category_name,
      tagsText(row.tags),
      row.dealer.name,
      row.reporter_name ?? '',
      row.assignee_name ?? '',
      row.title,
    ].map(csvCell),
  );
  return `\uFEFF${[[...COLUMNS], ...lines].map((cells) => `${cells.join(',')}\r\n`).join('')}`;
}
