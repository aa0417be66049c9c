import { signedIn } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type { MutationResolvers, TicketResolvers } from '../generated/resolvers.js';
import { forbidden, invalidField, notFound } from '../graphql/errors.js';
import { ticketRows, type TicketRowsLoad } from './ticket-batches.js';
import { publishTicketChange } from './ticket-events.js';
import { plainText } from './ticket-input.js';
import { author, authorName, ticketFor } from './ticket-model.js';

/** Limits of a ticket's checklist (the database checks the length too). */
const MAX_CHECKLIST_ITEMS = 20;
const MAX_CHECKLIST_ITEM_LENGTH = 200;

/**
 * The checklist as stored: each item one line of plain text, or BAD_USER_INPUT naming
 * `checklist` (TOO_MANY) or the item (`checklist.<i>` REQUIRED / TOO_LONG).
 */
export function cleanChecklist(labels: readonly string[] | null | undefined): string[] {
  const given = labels ?? [];
  if (given.length > MAX_CHECKLIST_ITEMS) {
    throw invalidField(
      'checklist',
      'TOO_MANY',
      `A checklist has at most ${MAX_CHECKLIST_ITEMS} items`,
    );
  }
  return given.map((label, i) =>
    plainText(`checklist.${i}`, label, MAX_CHECKLIST_ITEM_LENGTH).replace(/\s+/g, ' '),
  );
}

/** Files the checklist with a new ticket, inside its transaction. */
export async function insertChecklist(tx: Db, ticketId: string, labels: readonly string[]) {
  for (const [position, label] of labels.entries()) {
    await tx.query(
      'insert into ticket_checklist_items (ticket_id, position, label) values ($1, $2, $3)',
      [ticketId, position, label],
    );
  }
}

/** The checklists of tickets, each in its order (for ./ticket-batches.ts). */
const checklistRows: TicketRowsLoad<{
  ticket_id: string;
  id: string;
  label: string;
  done_by_name: string | null;
  done_at: Date | null;
}> = (db, ticketIds) =>
  db.query(
    `select i.ticket_id, i.id, i.label, ${authorName('p')} as done_by_name, i.done_at
     from ticket_checklist_items i left join people p on p.id = i.done_by
     where i.ticket_id = any($1::text[]) order by i.ticket_id, i.position`,
    [ticketIds],
  );

/** Loaded for every ticket of a response at once. */
export const TicketChecklist: Pick<TicketResolvers, 'checklist'> = {
  checklist: async (parent, _args, context) =>
    (await ticketRows(context, checklistRows, parent.id)).map((row) => ({
      id: row.id,
      label: row.label,
      done: row.done_at !== null,
      doneBy: row.done_at ? author(row.done_by_name) : null,
      doneAt: row.done_at?.toISOString() ?? null,
    })),
};

/**
 * Ticks or unticks an item, for the ticket's handlers and its reporter. The update only
 * matches an item not yet as asked, so a replay (or two people ticking it at once) leaves
 * one history line and a caller asking for the state it already has changes nothing: such
 * a request is answered even on a CLOSED ticket, whose checklist otherwise stays as it is.
 * A tick is neither a handler's response (the SLA's clock runs on) nor news for the
 * ticket's watchers: only its live viewers hear of it.
 */
export const setTicketChecklistItem: MutationResolvers['setTicketChecklistItem'] = async (
  _parent,
  { id, itemId, done, locale },
  { db, principal, news },
) => {
  const caller = signedIn(principal);
  const ticket = await ticketFor(db, caller, id, locale);
  if (!ticket.handledByMe && !ticket.mine) throw forbidden();
  const [item] = await db.query<{ done: boolean }>(
    'select done_at is not null as done from ticket_checklist_items where id = $1 and ticket_id = $2',
    [itemId, id],
  );
  if (!item) throw notFound('checklist item');
  if (item.done === done) return ticket;
  if (ticket.status === 'CLOSED') {
    throw invalidField('status', 'CLOSED', 'A closed ticket keeps its checklist as it is');
  }
  const changed = await db.transaction(async (tx) => {
    const [updated] = await tx.query(
      `update ticket_checklist_items
       set done_by = case when $3 then $4 end, done_at = case when $3 then now() end
       where id = $1 and ticket_id = $2 and (done_at is not null) <> $3
       returning id`,
      [itemId, id, done, caller.personId],
    );
    if (!updated) return false;
    await tx.query(
      `insert into ticket_events (ticket_id, actor_id, action, checklist_item_id, checked)
       values ($1, $2, 'CHECKLIST', $3, $4)`,
      [id, caller.personId, itemId, done],
    );
    await tx.query('update tickets set updated_at = now() where id = $1', [id]);
    return true;
  });
  if (changed) publishTicketChange(news, id);
  return ticketFor(db, caller, id, locale);
};
