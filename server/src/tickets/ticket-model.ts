import { movesOf } from './workflow.js';
import type { Db } from '../db/db.js';
import type {
  Author,
  Dealer,
  NonConformitySeverity,
  Ticket,
  TicketKind,
  TicketPriority,
  TicketStatus,
} from '../generated/resolvers.js';
import { notFound } from '../graphql/errors.js';
import { contentLocale } from '../i18n/locales.js';
import { dealerJson } from '../org/dealer-sql.js';
import type { Principal } from '../org/principal.js';
import { handledBy, seenBy, TICKET_FROM } from './ticket-access.js';
import type { TicketCategoryModel } from './ticket-categories-admin.js';
import { SLA_COLUMNS, SLA_JOIN, toSla, type SlaRow } from './ticket-sla.js';

/**
 * A ticket as resolvers pass it on: its fields without the history, discussion and files,
 * which `Ticket.history`, `Ticket.comments`, `Ticket.photos` and `.attachments` load when asked (internal
 * notes only when `handledByMe`), nor its queue, assignee and watchers (ticket-assignment.ts,
 * ticket-watchers.ts); its category is named (ticket-categories-admin.ts adds the rest).
 */
export type TicketModel = Omit<
  Ticket,
  | 'history'
  | 'comments'
  | 'photos'
  | 'attachments'
  | 'checklist'
  | 'queue'
  | 'assignee'
  | 'watchedByMe'
  | 'watcherCount'
  | 'category'
> & { category: TicketCategoryModel };

export interface TicketRow extends SlaRow {
  id: string;
  number: string;
  kind: TicketKind;
  category_id: string;
  category_code: string;
  category_name: string;
  title: string;
  description: string;
  priority: TicketPriority;
  status: TicketStatus;
  dealer: Dealer;
  reporter_id: string;
  reporter_name: string | null;
  vin: string | null;
  customer_reference: string | null;
  severity: NonConformitySeverity | null;
  tags: string[];
  created_at: Date;
  updated_at: Date;
  handled: boolean;
}

/** A person as the Author of a ticket, an event or a comment: no name once erased. */
export const authorName = (alias: string) =>
  `case when ${alias}.erased_at is null then ${alias}.given_name || ' ' || ${alias}.family_name end`;

export const author = (displayName: string | null): Author => ({ displayName, jobTitle: null });

/** The content language to name categories in: the asked one, else the caller's, else English. */
export function namingLocale(caller: Principal, locale: string | null | undefined): string {
  return contentLocale(locale ?? caller.locale) ?? contentLocale(caller.locale) ?? 'en';
}

/**
 * The select of TicketRows the caller sees, over TICKET_FROM, with the category named in
 * `locale`; conditions and order follow. Values are appended to `params`.
 */
export function ticketSelect(caller: Principal, locale: string, params: unknown[]): string {
  params.push(locale);
  const named = `$${params.length}`;
  const handled = handledBy(caller, params);
  const seen = seenBy(caller, params);
  return `select t.id, t.number, t.kind, t.category_id, c.code as category_code,
      coalesce(c.names->>${named}, c.names->>'en') as category_name, t.title, t.description,
      t.priority, t.status, ${dealerJson('t.dealer_id')} as dealer, t.reporter_id,
      ${authorName('rp')} as reporter_name, t.vin, t.customer_reference, t.severity,
      t.tags, t.created_at, t.updated_at, ${handled} as handled, ${SLA_COLUMNS}
    from ${TICKET_FROM}
    join ticket_categories c on c.id = t.category_id
    join people rp on rp.id = t.reporter_id
    ${SLA_JOIN}
    where ${seen}`;
}

export function toTicket(row: TicketRow, caller: Principal): TicketModel {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    category: {
      id: row.category_id,
      kind: row.kind,
      code: row.category_code,
      name: row.category_name,
    },
    title: row.title,
    description: row.description,
    priority: row.priority,
    status: row.status,
    dealer: row.dealer,
    reporter: author(row.reporter_name),
    mine: row.reporter_id === caller.personId,
    handledByMe: row.handled,
    moves: movesOf(row.status, {
      handles: row.handled,
      reported: row.reporter_id === caller.personId,
    }),
    nonConformity: row.severity
      ? { vin: row.vin, customerReference: row.customer_reference, severity: row.severity }
      : null,
    tags: row.tags,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    sla: toSla(row),
  };
}

/** The ticket when the caller sees it; NOT_FOUND, as for an id that does not exist, otherwise. */
export async function ticketFor(
  db: Db,
  caller: Principal,
  id: string,
  locale: string | null | undefined,
): Promise<TicketModel> {
  const params: unknown[] = [];
  const select = ticketSelect(caller, namingLocale(caller, locale), params);
  params.push(id);
  const [row] = await db.query<TicketRow>(`${select} and t.id = $${params.length}`, params);
  if (!row) throw notFound('ticket');
  return toTicket(row, caller);
}
