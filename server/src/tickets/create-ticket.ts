import { signedIn } from '../access/guard.js';
import { dealersInScope } from '../access/org-scope.js';
import type { Db } from '../db/db.js';
import type { MutationResolvers, TicketKind } from '../generated/resolvers.js';
import { invalidField, notFound } from '../graphql/errors.js';
import type { Principal } from '../org/principal.js';
import { enterTicket } from './ticket-assignment.js';
import { cleanChecklist, insertChecklist } from './ticket-checklist.js';
import { cleanTicket, idempotencyKey } from './ticket-input.js';
import { ticketFor } from './ticket-model.js';
import { filesToFile, linkTicketFiles, TICKET_DOCUMENTS, TICKET_PHOTOS } from './ticket-files.js';

/** The ticket the caller already filed under this key, if any. */
async function filedUnder(db: Db, caller: Principal, key: string): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    'select id from tickets where reporter_id = $1 and idempotency_key = $2',
    [caller.personId, key],
  );
  return row?.id ?? null;
}

/** The dealer the ticket is for: the caller's own, or one their roles reach (else NOT_FOUND). */
async function ticketDealer(db: Db, caller: Principal, asked: string | null | undefined) {
  const dealerId = asked ?? caller.dealerId;
  if (!dealerId) throw invalidField('dealerId', 'REQUIRED', 'Say which dealer this is about');
  if (dealerId === caller.dealerId) return dealerId;
  const params: unknown[] = [dealerId];
  const [reached] = await db.query(
    `select 1 from dealers d join regions r on r.id = d.region_id join brands b on b.id = d.brand_id
     where d.id = $1 and ${dealersInScope(caller, params)}`,
    params,
  );
  if (!reached) throw notFound('dealer');
  return dealerId;
}

/**
 * Files a ticket once per idempotency key: a replay (an offline outbox sending again, a
 * retry after a lost answer) gets the ticket the first call made, checked before anything
 * else so that it answers the same even if a category has been retired since. Two calls
 * racing with one key meet at the unique (reporter, key) index.
 */
export const createTicket: MutationResolvers['createTicket'] = async (
  _parent,
  { input, idempotencyKey: givenKey, locale },
  { db, principal },
) => {
  const caller = signedIn(principal);
  const key = idempotencyKey(givenKey);
  const filed = await filedUnder(db, caller, key);
  if (filed) return ticketFor(db, caller, filed, locale);

  const [category] = await db.query<{ kind: TicketKind }>(
    'select kind from ticket_categories where id = $1 and active',
    [input.categoryId],
  );
  if (!category) {
    throw invalidField('categoryId', 'UNKNOWN_CATEGORY', 'Choose one of the ticket categories');
  }
  const ticket = cleanTicket(input, category.kind);
  const checklist = cleanChecklist(input.checklist);
  const dealerId = await ticketDealer(db, caller, input.dealerId);
  const photoIds = await filesToFile(db, TICKET_PHOTOS, caller, input.photoIds);
  const documentIds = await filesToFile(db, TICKET_DOCUMENTS, caller, input.attachmentIds);
  const nc = ticket.nonConformity;
  await db.transaction(async (tx) => {
    const [created] = await tx.query<{ id: string }>(
      `insert into tickets (kind, category_id, title, description, priority, dealer_id,
                            reporter_id, vin, customer_reference, severity, idempotency_key)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       on conflict (reporter_id, idempotency_key) do nothing
       returning id`,
      [
        category.kind,
        input.categoryId,
        ticket.title,
        ticket.description,
        ticket.priority,
        dealerId,
        caller.personId,
        nc?.vin ?? null,
        nc?.customerReference ?? null,
        nc?.severity ?? null,
        key,
      ],
    );
    if (created) {
      await tx.query(
        `insert into ticket_events (ticket_id, actor_id, action, to_status)
         values ($1, $2, 'CREATED', 'NEW')`,
        [created.id, caller.personId],
      );
      await linkTicketFiles(tx, TICKET_PHOTOS, created.id, caller.personId, photoIds);
      await linkTicketFiles(tx, TICKET_DOCUMENTS, created.id, caller.personId, documentIds);
      await insertChecklist(tx, created.id, checklist);
      await enterTicket(tx, created.id, caller.personId);
    }
  });
  return ticketFor(db, caller, (await filedUnder(db, caller, key))!, locale);
};
