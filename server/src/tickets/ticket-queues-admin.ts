import { admin } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type { Db } from '../db/db.js';
import type { MutationResolvers, TicketQueueInput } from '../generated/resolvers.js';
import { invalidField, notFound } from '../graphql/errors.js';
import type { TicketQueueModel } from './ticket-assignment.js';
import { plainText } from './ticket-input.js';

const MAX_NAME_LENGTH = 80;

/** The members as given, or BAD_USER_INPUT naming the first one at fault. */
async function checkMembers(db: Db, memberIds: readonly string[]): Promise<void> {
  memberIds.forEach((id, i) => {
    if (memberIds.indexOf(id) !== i) {
      throw invalidField(`memberIds.${i}`, 'DUPLICATE', 'This person is already a member');
    }
  });
  // Erased people keep a row for what they wrote; they can no longer work tickets.
  const known = await db.query<{ id: string }>(
    'select id from people where id = any($1::text[]) and erased_at is null',
    [memberIds],
  );
  const knownIds = new Set(known.map((row) => row.id));
  const unknown = memberIds.findIndex((id) => !knownIds.has(id));
  if (unknown >= 0) {
    throw invalidField(`memberIds.${unknown}`, 'UNKNOWN_PERSON', 'Choose someone of the network');
  }
}

/** Checks the input against what exists: the queue itself, its name, brand and country. */
async function checkAgainstStored(db: Db, input: TicketQueueInput, name: string): Promise<void> {
  if (input.id) {
    const [stored] = await db.query('select 1 from ticket_queues where id = $1', [input.id]);
    if (!stored) throw notFound('ticket queue');
  }
  const [taken] = await db.query(
    'select 1 from ticket_queues where lower(name) = lower($1) and id is distinct from $2',
    [name, input.id ?? null],
  );
  if (taken) throw invalidField('name', 'TAKEN', 'Another team has this name');
  if (input.brandId) {
    const [brand] = await db.query('select 1 from brands where id = $1', [input.brandId]);
    if (!brand) throw invalidField('brandId', 'UNKNOWN_BRAND', 'Choose one of the brands');
  }
  if (input.countryCode) {
    const [country] = await db.query('select 1 from countries where code = $1', [
      input.countryCode,
    ]);
    if (!country) {
      throw invalidField('countryCode', 'UNKNOWN_COUNTRY', 'Choose one of the countries');
    }
  }
  await checkMembers(db, input.memberIds);
}

/**
 * Creates or changes a team queue and replaces its members as a set, in one transaction
 * with its audit entry. Tickets assigned to someone who leaves the queue keep their
 * assignee: the handler taking them back is a decision of the team, not of the admin.
 */
export const saveTicketQueue: MutationResolvers['saveTicketQueue'] = async (
  _parent,
  { input },
  { db, principal },
) => {
  const caller = admin(principal);
  const name = plainText('name', input.name, MAX_NAME_LENGTH).replace(/\s+/g, ' ');
  await checkAgainstStored(db, input, name);
  const brandId = input.brandId || null;
  const countryCode = input.countryCode || null;
  return db.transaction(async (tx) => {
    const fields = [name, brandId, countryCode];
    const [saved] = input.id
      ? await tx.query<TicketQueueModel>(
          `update ticket_queues set name = $1, brand_id = $2, country_code = $3
           where id = $4 returning id, name`,
          [...fields, input.id],
        )
      : await tx.query<TicketQueueModel>(
          `insert into ticket_queues (id, name, brand_id, country_code)
           values ('queue-' || replace(gen_random_uuid()::text, '-', ''), $1, $2, $3)
           returning id, name`,
          fields,
        );
    await tx.query('delete from ticket_queue_members where queue_id = $1', [saved!.id]);
    await tx.query(
      `insert into ticket_queue_members (queue_id, person_id)
       select $1, unnest($2::text[])`,
      [saved!.id, input.memberIds],
    );
    await recordAudit(tx, caller, {
      action: 'ticket.queue.save',
      targetType: 'ticket-queue',
      targetId: saved!.id,
      details: { name, brandId, countryCode, memberIds: input.memberIds },
    });
    return saved!;
  });
};
