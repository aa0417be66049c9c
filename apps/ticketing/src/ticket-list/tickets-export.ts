import { downloadFile, type PortalContext } from '@piazza/shared';
import type { TicketScope } from '@piazza/shared/graphql';
import type { ListFilter } from '../ticketing-routes.js';

/** The server's export (server/src/http/tickets-export.ts). */
const CSV_PATH = '/api/tickets.csv';

/** The words for a refusal, by HTTP status: the portal's common ones, else the app's. */
const REFUSALS: Record<number, string> = {
  401: 'common:errors.unauthenticated',
  403: 'common:errors.forbidden',
  429: 'common:errors.rateLimited',
};

/**
 * Downloads the list as the server exports it, with the list's scope, filters and order,
 * named as the server names it. Answers undefined when the file was handed to the browser, else the key of
 * what to tell the person.
 */
export async function downloadTicketsCsv(
  portal: PortalContext,
  filter: ListFilter & { scope: TicketScope },
  locale: string,
): Promise<string | undefined> {
  const params = new URLSearchParams(
    Object.entries({
      scope: filter.scope,
      status: filter.status,
      kind: filter.kind,
      slaState: filter.slaState,
      categoryId: filter.categoryId,
      search: filter.search,
      sort: filter.sort,
      locale,
    }).filter(([, value]) => value !== ''),
  );
  let response: Response;
  try {
    response = await portal.fetchApi(`${CSV_PATH}?${params}`);
  } catch {
    return 'common:errors.network';
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { reason?: string } };
    if (body.error?.reason === 'TOO_MANY') return 'export.tooMany';
    return REFUSALS[response.status] ?? 'common:errors.server';
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  // Reading the body as text drops the byte order mark that tells spreadsheets it is UTF-8.
  const text = (await response.text()).replace(/^\uFEFF?/, '\uFEFF');
  downloadFile({
    fileName: name ?? `tickets-${new Date().toISOString().slice(0, 10)}.csv`,
    text,
    type: 'text/csv;charset=utf-8',
  });
  return undefined;
}
