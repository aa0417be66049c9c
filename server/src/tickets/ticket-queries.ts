import { signedIn } from '../access/guard.js';
import type {
  QueryResolvers,
  TicketEventAction,
  TicketResolvers,
  TicketScope,
  TicketStatus,
} from '../generated/resolvers.js';
import { connection, pageRequest } from '../graphql/pagination.js';
import { containsPattern } from '../graphql/search.js';
import { afterTimeKey } from '../news/comments/comment-page.js';
import type { Principal } from '../org/principal.js';
import {
  author,
  authorName,
  namingLocale,
  ticketFor,
  ticketSelect,
  toTicket,
  type TicketRow,
} from './ticket-model.js';

export const ticketCategories: QueryResolvers['ticketCategories'] = (
  _parent,
  { locale },
  { db, principal },
) => {
  const caller = signedIn(principal);
  return db.query(
    `select id, kind, code, coalesce(names->>$1, names->>'en') as name
     from ticket_categories where active order by position, id`,
    [namingLocale(caller, locale)],
  );
};

/** The condition of each scope of the list, within what the caller sees. */
function scopeCondition(caller: Principal, scope: TicketScope, params: unknown[]): string {
  const column = { MINE: 't.reporter_id', MY_DEALER: 't.dealer_id', MY_REGION: 'd.region_id' };
  const value = { MINE: caller.personId, MY_DEALER: caller.dealerId, MY_REGION: caller.regionId };
  if (scope === 'ALL_I_SEE') return 'true';
  if (value[scope] === null) return 'false';
  params.push(value[scope]);
  return `${column[scope]} = $${params.length}`;
}

export const tickets: QueryResolvers['tickets'] = async (
  _parent,
  { filter, locale, ...args },
  { db, principal },
) => {
  const caller = signedIn(principal);
  const page = pageRequest(args, { parts: 2, max: 100, default: 25 });
  const params: unknown[] = [];
  const select = ticketSelect(caller, namingLocale(caller, locale), params);
  const conditions = [scopeCondition(caller, filter?.scope ?? 'ALL_I_SEE', params)];
  const exact = {
    't.status': filter?.status,
    't.kind': filter?.kind,
    't.category_id': filter?.categoryId,
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
  const after = afterTimeKey(page, { time: 't.created_at', id: 't.id' }, params, true);
  params.push(page.limit);
  const rows = await db.query<TicketRow>(
    `${select} and ${conditions.join(' and ')} ${after}
     order by t.created_at desc, t.id desc limit $${params.length}`,
    params,
  );
  return connection(
    rows,
    page,
    (row) => [row.created_key, row.id],
    (row) => toTicket(row, caller),
  );
};

export const ticket: QueryResolvers['ticket'] = (_parent, { id, locale }, { db, principal }) =>
  ticketFor(db, signedIn(principal), id, locale);

export const Ticket: Pick<TicketResolvers, 'history' | 'comments'> = {
  history: async (parent, _args, { db }) => {
    const rows = await db.query<{
      action: TicketEventAction;
      actor_name: string | null;
      at: Date;
      from_status: TicketStatus | null;
      to_status: TicketStatus | null;
    }>(
      `select e.action, ${authorName('p')} as actor_name, e.at, e.from_status, e.to_status
       from ticket_events e join people p on p.id = e.actor_id
       where e.ticket_id = $1 order by e.id`,
      [parent.id],
    );
    return rows.map((row) => ({
      action: row.action,
      actor: author(row.actor_name),
      at: row.at.toISOString(),
      from: row.from_status,
      to: row.to_status,
    }));
  },
  // The parent was loaded for this caller: `handledByMe` says whether notes are theirs to read.
  comments: async (parent, _args, { db }) => {
    const rows = await db.query<{
      id: string;
      author_name: string | null;
      body: string;
      internal: boolean;
      created_at: Date;
    }>(
      `select c.id, ${authorName('p')} as author_name, c.body, c.internal, c.created_at
       from ticket_comments c join people p on p.id = c.author_id
       where c.ticket_id = $1 and ($2 or not c.internal)
       order by c.created_at, c.id`,
      [parent.id, parent.handledByMe],
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
