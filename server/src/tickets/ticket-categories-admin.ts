import { admin } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type { Db } from '../db/db.js';
import type {
  MutationResolvers,
  QueryResolvers,
  TicketCategoryInput,
  TicketCategoryResolvers,
  TicketKind,
} from '../generated/resolvers.js';
import { invalidField, notFound } from '../graphql/errors.js';
import { contentLocale } from '../i18n/locales.js';
import type { TicketQueueModel } from './ticket-assignment.js';
import { plainText } from './ticket-input.js';
import { namingLocale } from './ticket-model.js';
import { checkSlaTargets, currentSlaTargets, saveSlaTargets } from './ticket-sla.js';

/**
 * A category as resolvers pass it on, named in the asked language; `TicketCategory.names`,
 * `active`, `defaultQueue` and `slaTargets` load the rest when asked (admins' screens).
 */
export interface TicketCategoryModel {
  id: string;
  kind: TicketKind;
  code: string;
  name: string;
}

const MAX_NAME_LENGTH = 80;
/** Capitals, digits and underscores, starting with a letter: stable in exports and reports. */
const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/** Every category, named in `locale`, in the order forms list them; `where` narrows. */
export function categoryQuery(where: string): string {
  return `select id, kind, code, coalesce(names->>$1, names->>'en') as name
    from ticket_categories where ${where} order by position, id`;
}

export const adminTicketCategories: QueryResolvers['adminTicketCategories'] = (
  _parent,
  { locale },
  { db, principal },
) => {
  const caller = admin(principal);
  return db.query<TicketCategoryModel>(categoryQuery('true'), [namingLocale(caller, locale)]);
};

export const adminTicketQueues: QueryResolvers['adminTicketQueues'] = (
  _parent,
  _args,
  { db, principal },
) => {
  admin(principal);
  return db.query<TicketQueueModel>('select id, name from ticket_queues order by name, id', []);
};

/** The names as stored ({ locale: name }), or BAD_USER_INPUT naming the entry at fault. */
function cleanNames(names: TicketCategoryInput['names']): Record<string, string> {
  const cleaned: Record<string, string> = {};
  names.forEach(({ locale, name }, i) => {
    const known = contentLocale(locale);
    if (!known) {
      throw invalidField(`names.${i}.locale`, 'UNKNOWN_LOCALE', `${locale} is not a language`);
    }
    if (known in cleaned) {
      throw invalidField(`names.${i}.locale`, 'DUPLICATE', `Two names in ${locale}`);
    }
    cleaned[known] = plainText(`names.${i}.name`, name, MAX_NAME_LENGTH).replace(/\s+/g, ' ');
  });
  if (!cleaned.en) throw invalidField('names', 'REQUIRED', 'Name the category in English');
  return cleaned;
}

/** Checks the input against what exists; the kind of a category in use stays. */
async function checkAgainstStored(db: Db, input: TicketCategoryInput): Promise<void> {
  if (input.id) {
    const [stored] = await db.query<{ kind: TicketKind; used: boolean }>(
      `select kind, exists (select 1 from tickets where category_id = c.id) as used
       from ticket_categories c where id = $1`,
      [input.id],
    );
    if (!stored) throw notFound('ticket category');
    if (stored.used && stored.kind !== input.kind) {
      throw invalidField('kind', 'NOT_EDITABLE', 'Tickets have this category: its kind stays');
    }
  }
  const [taken] = await db.query(
    'select 1 from ticket_categories where code = $1 and id is distinct from $2',
    [input.code, input.id ?? null],
  );
  if (taken) throw invalidField('code', 'TAKEN', 'Another category has this code');
  if (input.defaultQueueId) {
    const [queue] = await db.query('select 1 from ticket_queues where id = $1', [
      input.defaultQueueId,
    ]);
    if (!queue) throw invalidField('defaultQueueId', 'UNKNOWN_QUEUE', 'Choose one of the queues');
  }
}

/**
 * Creates or changes a category, its default queue and service-level targets with it, in
 * one transaction with its audit entry. A new category goes to the end of the forms' list.
 */
export const saveTicketCategory: MutationResolvers['saveTicketCategory'] = async (
  _parent,
  { input, locale },
  { db, principal },
) => {
  const caller = admin(principal);
  if (!CODE.test(input.code)) {
    throw invalidField('code', 'INVALID_CODE', 'Use capitals, digits and _, e.g. CRM_MISSING_DATA');
  }
  const names = cleanNames(input.names);
  const slaTargets = input.slaTargets ?? [];
  checkSlaTargets(slaTargets);
  await checkAgainstStored(db, input);
  const active = input.active ?? true;
  const defaultQueueId = input.defaultQueueId ?? null;
  const id = await db.transaction(async (tx) => {
    const fields = [input.kind, input.code, JSON.stringify(names), active];
    const [saved] = input.id
      ? await tx.query<{ id: string }>(
          `update ticket_categories set kind = $1, code = $2, names = $3::jsonb, active = $4
           where id = $5 returning id`,
          [...fields, input.id],
        )
      : await tx.query<{ id: string }>(
          `insert into ticket_categories (id, kind, code, names, active, position)
           select 'category-' || replace(gen_random_uuid()::text, '-', ''), $1, $2, $3::jsonb,
                  $4, coalesce(max(position), 0) + 1
           from ticket_categories returning id`,
          fields,
        );
    await tx.query('delete from ticket_category_queues where category_id = $1', [saved!.id]);
    if (defaultQueueId) {
      await tx.query('insert into ticket_category_queues (category_id, queue_id) values ($1, $2)', [
        saved!.id,
        defaultQueueId,
      ]);
    }
    await saveSlaTargets(tx, saved!.id, slaTargets);
    await recordAudit(tx, caller, {
      action: 'ticket.category.save',
      targetType: 'ticket-category',
      targetId: saved!.id,
      details: { kind: input.kind, code: input.code, names, active, defaultQueueId, slaTargets },
    });
    return saved!.id;
  });
  const [category] = await db.query<TicketCategoryModel>(categoryQuery('id = $2'), [
    namingLocale(caller, locale),
    id,
  ]);
  return category!;
};

export const TicketCategory: TicketCategoryResolvers = {
  names: async (parent, _args, { db }) => {
    const [row] = await db.query<{ names: Record<string, string> }>(
      'select names from ticket_categories where id = $1',
      [parent.id],
    );
    return Object.entries(row?.names ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([locale, name]) => ({ locale, name }));
  },
  active: async (parent, _args, { db }) => {
    const [row] = await db.query<{ active: boolean }>(
      'select active from ticket_categories where id = $1',
      [parent.id],
    );
    return row?.active ?? false;
  },
  defaultQueue: async (parent, _args, { db }) => {
    const [queue] = await db.query<TicketQueueModel>(
      `select q.id, q.name from ticket_category_queues cq join ticket_queues q on q.id = cq.queue_id
       where cq.category_id = $1`,
      [parent.id],
    );
    return queue ?? null;
  },
  slaTargets: (parent, _args, { db, principal }) => {
    admin(principal);
    return currentSlaTargets(db, parent.id);
  },
};
