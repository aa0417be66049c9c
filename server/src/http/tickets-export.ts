import type { Authenticate } from '../auth/authenticate.js';
import type { Db } from '../db/db.js';
import type {
  TicketFilter,
  TicketKind,
  TicketScope,
  TicketSlaState,
  TicketSort,
  TicketStatus,
} from '../generated/resolvers.js';
import { exportsTickets, MAX_CSV_TICKETS, ticketsCsv } from '../tickets/tickets-csv.js';
import { refusal, signedInCaller } from './media.js';
import { jsonResponse } from './responses.js';

export const TICKETS_CSV_PATH = '/api/tickets.csv';

/** The values of the schema's enums a parameter may take (a Record, so none is forgotten). */
const SCOPES: Record<TicketScope, true> = {
  MINE: true,
  ASSIGNED_TO_ME: true,
  MY_QUEUES: true,
  MY_DEALER: true,
  MY_REGION: true,
  ALL_I_SEE: true,
};
const STATUSES: Record<TicketStatus, true> = {
  NEW: true,
  TRIAGED: true,
  IN_PROGRESS: true,
  WAITING_FOR_REPORTER: true,
  RESOLVED: true,
  CLOSED: true,
};
const KINDS: Record<TicketKind, true> = { HELP_DESK: true, NON_CONFORMITY: true, REQUEST: true };
const SLA_STATES: Record<TicketSlaState, true> = {
  ON_TRACK: true,
  AT_RISK: true,
  BREACHED: true,
  MET: true,
};
const SORTS: Record<TicketSort, true> = {
  NEWEST: true,
  RECENTLY_UPDATED: true,
  PRIORITY: true,
  DUE_SOONEST: true,
};

/** A parameter as one of an enum's values, undefined when absent, or the refusal naming it. */
function enumParam<T extends string>(
  params: URLSearchParams,
  name: string,
  values: Record<T, true>,
): T | undefined | Response {
  const value = params.get(name);
  if (value === null || value === '') return undefined;
  if (Object.hasOwn(values, value)) return value as T;
  return jsonResponse(400, {
    error: {
      code: 'BAD_USER_INPUT',
      field: name,
      reason: 'UNKNOWN_VALUE',
      message: `${name} is one of ${Object.keys(values).join(', ')}`,
    },
  });
}

/**
 * GET /api/tickets.csv?scope=&status=&kind=&slaState=&categoryId=&search=&sort=&locale=
 * with the bearer token: the `tickets` list with the same filter, order (default NEWEST)
 * and access, as a spreadsheet, for those who follow tickets as a whole (tickets-csv.ts);
 * 403 for others, 401 without a session, 400 naming a parameter it does not know the value
 * of, or when too many tickets match.
 */
export async function exportTicketsCsv(
  request: Request,
  options: { db: Db; authenticate: Authenticate },
): Promise<Response> {
  const caller = await signedInCaller(request, options.authenticate, 'export tickets');
  if (caller instanceof Response) return caller;
  if (!exportsTickets(caller)) {
    return refusal(403, 'FORBIDDEN', 'Only managers export tickets');
  }
  const params = new URL(request.url).searchParams;
  const scope = enumParam(params, 'scope', SCOPES);
  const status = enumParam(params, 'status', STATUSES);
  const kind = enumParam(params, 'kind', KINDS);
  const slaState = enumParam(params, 'slaState', SLA_STATES);
  const sort = enumParam(params, 'sort', SORTS);
  for (const parsed of [scope, status, kind, slaState, sort]) {
    if (parsed instanceof Response) return parsed;
  }
  const filter: TicketFilter = {
    scope: scope as TicketScope | undefined,
    status: status as TicketStatus | undefined,
    kind: kind as TicketKind | undefined,
    slaState: slaState as TicketSlaState | undefined,
    categoryId: params.get('categoryId') || undefined,
    search: params.get('search') || undefined,
  };
  const csv = await ticketsCsv(options.db, caller, {
    filter,
    sort: (sort as TicketSort | undefined) ?? 'NEWEST',
    locale: params.get('locale'),
  });
  if (csv === null) {
    return jsonResponse(400, {
      error: {
        code: 'BAD_USER_INPUT',
        reason: 'TOO_MANY',
        message: `More than ${MAX_CSV_TICKETS} tickets match: narrow the filter`,
      },
    });
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(request.method === 'HEAD' ? null : csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="tickets-${day}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
