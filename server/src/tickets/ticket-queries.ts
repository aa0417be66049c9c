import { signedIn } from '../access/guard.js';
import type {
  QueryResolvers,
  TicketEventAction,
  TicketFilter,
  TicketResolvers,
  TicketScope,
  TicketStatus,
} from '../generated/resolvers.js';
import { connection, pageRequest } from '../graphql/pagination.js';
import { containsPattern } from '../graphql/search.js';
import type { Principal } from '../org/principal.js';
import { inMyQueues } from './ticket-access.js';
import type { TicketQueueModel } from './ticket-assignment.js';
import { categoryQuery, type TicketCategoryModel } from './ticket-categories-admin.js';
import {
  author,
  authorName,
  namingLocale,
  ticketFor,
  ticketSelect,
  toTicket,
  type TicketRow,
} from './ticket-model.js';
import { ticketRows, type TicketRowsLoad } from './ticket-batches.js';
import { sortCursorParts, sortedTickets, type SortedRow } from './ticket-sort.js';

export const ticketCategories: QueryResolvers['ticketCategories'] = (
  _parent,
  { locale },
  { db, principal },
) => {
  const caller = signedIn(principal);
  return db.query<TicketCategoryModel>(categoryQuery('active'), [namingLocale(caller, locale)]);
};

/** The condition of each scope of the list, within what the caller sees. */
function scopeCondition(caller: Principal, scope: TicketScope, params: unknown[]): string {
  if (scope === 'ALL_I_SEE') return 'true';
  if (scope === 'MY_QUEUES') return inMyQueues(caller, params);
  const column = {
    MINE: 't.reporter_id',
    ASSIGNED_TO_ME: 't.assignee_id',
    MY_DEALER: 't.dealer_id',
    MY_REGION: 'd.region_id',
  };
  const value = {
    MINE: caller.personId,
    ASSIGNED_TO_ME: caller.personId,
    MY_DEALER: caller.dealerId,
    MY_REGION: caller.regionId,
  };
  if (value[scope] === null) return 'false';
  params.push(value[scope]);
  return `${column[scope]} = $${params.length}`;
}

/**
 * The conditions of a list's filter, within what the caller sees (the `tickets` query and
 * the CSV export). Values are appended to `params`.
 */
export function ticketFilterConditions(
  caller: Principal,
  filter: TicketFilter | null | undefined,
  params: unknown[],
): string[] {
  const conditions = [scopeCondition(caller, filter?.scope ?? 'ALL_I_SEE', params)];
  const exact = {
    't.status': filter?.status,
    't.kind': filter?.kind,
    't.category_id': filter?.categoryId,
    'sla.state': filter?.slaState,
  };
  for (const [column, value] of Object.entries(exact)) {
    if (value == null) continue;
    params.push(value);
    conditions.push(`${column} = $${params.length}`);
  }
  const pattern = containsPattern(filter?.search);
  if (pattern) {
    params.push(pattern);
    const p = `$${params.length}`;
    conditions.push(`(t.title ilike ${p} or t.description ilike ${p} or t.number ilike ${p})`);
  }
  return conditions;
}

export const tickets: QueryResolvers['tickets'] = async (
  _parent,
  { filter, locale, sort: asked, ...args },
  { db, principal },
) => {
  const caller = signedIn(principal);
  const sort = asked ?? 'NEWEST';
  const page = pageRequest(args, { parts: sortCursorParts(sort), max: 100, default: 25 });
  const params: unknown[] = [];
  const select = ticketSelect(caller, namingLocale(caller, locale), params);
  const conditions = ticketFilterConditions(caller, filter, params);
  const sorted = sortedTickets(`${select} and ${conditions.join(' and ')}`, sort, {
    params,
    after: page.after,
  });
  params.push(page.limit);
  const rows = await db.query<TicketRow & SortedRow>(`${sorted} limit $${params.length}`, params);
  return connection(
    rows,
    page,
    (row) => [sort, ...row.sort_key],
    (row) => toTicket(row, caller),
  );
};

export const ticket: QueryResolvers['ticket'] = (_parent, { id, locale }, { db, principal }) =>
  ticketFor(db, signedIn(principal), id, locale);

/**
 * The history of tickets, each ticket's oldest first: its events, and its comments as
 * COMMENTED lines (after the events of the same moment, as a move's comment follows it).
 */
const historyRows: TicketRowsLoad<{
  ticket_id: string;
  action: TicketEventAction;
  actor_name: string | null;
  at: Date;
  from_status: TicketStatus | null;
  to_status: TicketStatus | null;
  queue: TicketQueueModel | null;
  assignee: { id: string; displayName: string | null } | null;
  internal: boolean;
  checklist_item: string | null;
  checked: boolean | null;
  added_tags: string[] | null;
  removed_tags: string[] | null;
}> = (db, ticketIds) =>
  db.query(
    `select * from (
       select e.ticket_id, e.action, ${authorName('p')} as actor_name, e.at, e.from_status,
         e.to_status,
         case when q.id is not null then json_build_object('id', q.id, 'name', q.name) end
           as queue,
         case when a.id is not null
           then json_build_object('id', a.id, 'displayName', ${authorName('a')}) end as assignee,
         false as internal, e.id as event_id, null as comment_id,
         ci.label as checklist_item, e.checked, e.added_tags, e.removed_tags
       from ticket_events e join people p on p.id = e.actor_id
       left join ticket_queues q on q.id = e.queue_id
       left join people a on a.id = e.assignee_id
       left join ticket_checklist_items ci on ci.id = e.checklist_item_id
       where e.ticket_id = any($1::text[])
       union all
       select c.ticket_id, 'COMMENTED', ${authorName('p')}, c.created_at, null, null, null,
         null, c.internal, null, c.id, null, null, null, null
       from ticket_comments c join people p on p.id = c.author_id
       where c.ticket_id = any($1::text[])) lines
     order by ticket_id, at, event_id nulls last, comment_id`,
    [ticketIds],
  );

/** The discussions of tickets, internal notes included (the resolver filters them). */
const commentRows: TicketRowsLoad<{
  ticket_id: string;
  id: string;
  author_name: string | null;
  body: string;
  internal: boolean;
  created_at: Date;
}> = (db, ticketIds) =>
  db.query(
    `select c.ticket_id, c.id, ${authorName('p')} as author_name, c.body, c.internal,
       c.created_at
     from ticket_comments c join people p on p.id = c.author_id
     where c.ticket_id = any($1::text[])
     order by c.ticket_id, c.created_at, c.id`,
    [ticketIds],
  );

/**
 * History and discussion load for every ticket of a response at once (./ticket-batches.ts;
 * photos and documents: ./ticket-files.ts). The parent was loaded for this caller: `handledByMe` says whether
 * internal notes, and the lines they add to the history, are theirs to read.
 */
export const Ticket: Pick<TicketResolvers, 'history' | 'comments'> = {
  history: async (parent, _args, context) => {
    const rows = (await ticketRows(context, historyRows, parent.id)).filter(
      (row) => parent.handledByMe || !row.internal,
    );
    return rows.map((row) => ({
      action: row.action,
      actor: author(row.actor_name),
      at: row.at.toISOString(),
      from: row.from_status,
      to: row.to_status,
      queue: row.queue,
      assignee: row.assignee,
      checklistItem: row.checklist_item,
      checked: row.checked,
      addedTags: row.added_tags,
      removedTags: row.removed_tags,
    }));
  },
  comments: async (parent, _args, context) => {
    const rows = (await ticketRows(context, commentRows, parent.id)).filter(
      (row) => parent.handledByMe || !row.internal,
    );
    return rows.map((row) => ({
      id: row.id,
      author: author(row.author_name),
      body: row.body,
      internal: row.internal,
      createdAt: row.created_at.toISOString(),
    }));
  },
};
