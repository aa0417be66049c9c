import type {
  TicketKind,
  TicketScope,
  TicketSlaState,
  TicketSort,
  TicketStatus,
} from '@piazza/shared/graphql';
import { SLA_STATES } from './ui/ticket-sla.js';

export const APP_ROUTE = 'tickets';
export const NEW_TICKET_PATH = `${APP_ROUTE}/new`;

/** The scopes of the list, in the order its tabs show them. */
export const SCOPES: readonly TicketScope[] = [
  'MINE',
  'ASSIGNED_TO_ME',
  'MY_QUEUES',
  'MY_DEALER',
  'MY_REGION',
  'ALL_I_SEE',
];
/** The statuses of the workflow, in its order. */
export const STATUSES: readonly TicketStatus[] = [
  'NEW',
  'TRIAGED',
  'IN_PROGRESS',
  'WAITING_FOR_REPORTER',
  'RESOLVED',
  'CLOSED',
];
export const KINDS: readonly TicketKind[] = ['HELP_DESK', 'NON_CONFORMITY', 'REQUEST'];
/** The orders of the list; NEWEST, the server's default, is left out of addresses. */
export const SORTS: readonly TicketSort[] = [
  'NEWEST',
  'RECENTLY_UPDATED',
  'PRIORITY',
  'DUE_SOONEST',
];

/**
 * What narrows the list, as its address holds it (`tickets?scope=MY_DEALER&sla=BREACHED&q=…`),
 * so that back, forward, reload and shared links keep it. Empty strings mean "any".
 */
export interface ListFilter {
  scope: TicketScope | '';
  status: TicketStatus | '';
  kind: TicketKind | '';
  categoryId: string;
  search: string;
  slaState: TicketSlaState | '';
  /** The order, not a narrowing, kept in the address with the filters (`sort=PRIORITY`). */
  sort: TicketSort | '';
}

/** A screen of the app: the list, the form for a new ticket, or one ticket. */
export type TicketingRoute =
  { screen: 'list'; filter: ListFilter } | { screen: 'new' } | { screen: 'ticket'; id: string };

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : '';

/** The filter an address holds; unknown values are ignored. */
export function filterFromQuery(query: URLSearchParams): ListFilter {
  return {
    scope: oneOf(SCOPES, query.get('scope')),
    status: oneOf(STATUSES, query.get('status')),
    kind: oneOf(KINDS, query.get('kind')),
    categoryId: query.get('category')?.trim() ?? '',
    search: query.get('q')?.trim() ?? '',
    slaState: oneOf(SLA_STATES, query.get('sla')),
    sort: oneOf(SORTS, query.get('sort')),
  };
}

/** The portal path of the list narrowed by `filter`, e.g. `tickets?scope=MINE`. */
export function listPath(filter: Partial<ListFilter> = {}): string {
  const entries: [string, string | undefined][] = [
    ['scope', filter.scope],
    ['status', filter.status],
    ['kind', filter.kind],
    ['category', filter.categoryId],
    ['q', filter.search],
    ['sla', filter.slaState],
    ['sort', filter.sort === 'NEWEST' ? '' : filter.sort],
  ];
  const query = new URLSearchParams(
    entries.filter((entry): entry is [string, string] => !!entry[1]),
  );
  return query.size ? `${APP_ROUTE}?${query}` : APP_ROUTE;
}

/** The portal path of a ticket, e.g. `tickets/ticket-12ab`. */
export function ticketPath(id: string): string {
  return `${APP_ROUTE}/${encodeURIComponent(id)}`;
}

/**
 * The screen at a location, or undefined when the app has none there. `appPath` is the
 * app's absolute path with a trailing slash, e.g. `/portal/tickets/`.
 */
export function routeOf(
  location: { pathname: string; search: string },
  appPath: string,
): TicketingRoute | undefined {
  if (!`${location.pathname}/`.startsWith(appPath)) return undefined;
  const parts = location.pathname.slice(appPath.length).split('/').filter(Boolean);
  if (parts.length === 0) {
    return { screen: 'list', filter: filterFromQuery(new URLSearchParams(location.search)) };
  }
  if (parts.length > 1) return undefined;
  const part = decodeURIComponent(parts[0]!);
  return part === 'new' ? { screen: 'new' } : { screen: 'ticket', id: part };
}
