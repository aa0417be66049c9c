import type { GraphQLContext } from '../context.js';
import type { Db } from '../db/db.js';

/** Loads the rows of many tickets at once, grouped by ticket id. */
export type TicketRowsLoad<Row> = (db: Db, ticketIds: readonly string[]) => Promise<Row[]>;

/**
 * The tickets whose rows the resolvers of a response asked for during one turn of the
 * event loop, loaded by one query: a list of 25 tickets with their history costs one
 * query, not 25. Nothing is cached beyond the batch, so a mutation answering a ticket it
 * just changed reads it fresh.
 */
class TicketBatch<Row extends { ticket_id: string }> {
  private queued = new Set<string>();
  private next: Promise<Map<string, Row[]>> | null = null;

  constructor(
    private readonly db: Db,
    private readonly fetch: TicketRowsLoad<Row>,
  ) {}

  async load(ticketId: string): Promise<Row[]> {
    this.queued.add(ticketId);
    this.next ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.flush());
    return (await this.next).get(ticketId) ?? [];
  }

  private async flush(): Promise<Map<string, Row[]>> {
    const ticketIds = [...this.queued];
    this.queued = new Set();
    this.next = null;
    const byTicket = new Map<string, Row[]>();
    for (const row of await this.fetch(this.db, ticketIds)) {
      const rows = byTicket.get(row.ticket_id);
      if (rows) rows.push(row);
      else byTicket.set(row.ticket_id, [row]);
    }
    return byTicket;
  }
}

/** One batch per request and kind of rows: the context object lives exactly as long. */
const batches = new WeakMap<GraphQLContext, Map<object, unknown>>();

/** The rows `fetch` finds for the ticket, in its order, batched with the response's others. */
export function ticketRows<Row extends { ticket_id: string }>(
  context: GraphQLContext,
  fetch: TicketRowsLoad<Row>,
  ticketId: string,
): Promise<Row[]> {
  let ofRequest = batches.get(context);
  if (!ofRequest) batches.set(context, (ofRequest = new Map()));
  let batch = ofRequest.get(fetch) as TicketBatch<Row> | undefined;
  if (!batch) ofRequest.set(fetch, (batch = new TicketBatch(context.db, fetch)));
  return batch.load(ticketId);
}
