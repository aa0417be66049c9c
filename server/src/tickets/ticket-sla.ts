import type { Db } from '../db/db.js';
import type { TicketSla, TicketSlaState, TicketStatus } from '../generated/resolvers.js';

/**
 * Service levels (docs/server.md, "Service levels"): a ticket's targets by its category and
 * priority (ticket_sla_targets, else its kind's ticket_sla_defaults, which cover every
 * kind and priority), its deadlines and its state, computed by the database at the time
 * of the query so that lists filter on them (`TicketFilter.slaState`).
 */

/** Joins over `tickets t` giving `sla.respond_by`, `sla.resolve_by` and `sla.state`. */
export const SLA_JOIN = `left join ticket_sla_targets st
    on st.category_id = t.category_id and st.priority = t.priority
  left join ticket_sla_defaults sd on sd.kind = t.kind and sd.priority = t.priority
  cross join lateral (
    select coalesce(st.respond_minutes, sd.respond_minutes) as respond_minutes,
           coalesce(st.resolve_minutes, sd.resolve_minutes) as resolve_minutes) target
  cross join lateral (
    select t.created_at + target.respond_minutes * interval '1 minute' as respond_by,
           t.resolution_started_at + target.resolve_minutes * interval '1 minute' as resolve_by,
           target.respond_minutes * interval '15 seconds' as respond_quarter,
           target.resolve_minutes * interval '15 seconds' as resolve_quarter) deadline
  cross join lateral (
    select deadline.respond_by, deadline.resolve_by, case
      when coalesce(t.responded_at, now()) > deadline.respond_by
        or coalesce(t.resolved_at, now()) > deadline.resolve_by then 'BREACHED'
      when t.resolved_at is not null then 'MET'
      when (t.responded_at is null and deadline.respond_by - now() < deadline.respond_quarter)
        or deadline.resolve_by - now() < deadline.resolve_quarter then 'AT_RISK'
      else 'ON_TRACK' end as state) sla`;

/** The columns of a ticket's service levels, over SLA_JOIN. */
export const SLA_COLUMNS = `sla.respond_by, sla.resolve_by, t.responded_at, sla.state as sla_state`;

export interface SlaRow {
  respond_by: Date;
  resolve_by: Date;
  responded_at: Date | null;
  sla_state: TicketSlaState;
}

export function toSla(row: SlaRow): TicketSla {
  return {
    respondBy: row.respond_by.toISOString(),
    resolveBy: row.resolve_by.toISOString(),
    respondedAt: row.responded_at?.toISOString() ?? null,
    state: row.sla_state,
  };
}

/** A handler acted in a way the reporter sees: the response clock stops, if it runs. */
export async function markResponded(tx: Db, ticketId: string): Promise<void> {
  await tx.query('update tickets set responded_at = coalesce(responded_at, now()) where id = $1', [
    ticketId,
  ]);
}

/**
 * The clocks after a move: any move by a handler is a response (only handlers move a
 * ticket out of NEW); RESOLVED stops resolution, CLOSED keeps that moment, and reopening
 * restarts it from now with its full target.
 */
export async function runSlaClocks(
  tx: Db,
  move: { ticketId: string; from: TicketStatus; to: TicketStatus; byHandler: boolean },
): Promise<void> {
  if (move.byHandler) await markResponded(tx, move.ticketId);
  const reopened =
    (move.from === 'RESOLVED' || move.from === 'CLOSED') && move.to === 'IN_PROGRESS';
  await tx.query(
    `update tickets set
       resolved_at = case when $2 = 'RESOLVED' then now() when $2 = 'CLOSED' then resolved_at end,
       resolution_started_at = case when $3 then now() else resolution_started_at end
     where id = $1`,
    [move.ticketId, move.to, reopened],
  );
}
