import type { Db } from '../db/db.js';
import type {
  TicketPriority,
  TicketSla,
  TicketSlaState,
  TicketSlaTarget,
  TicketSlaTargetInput,
  TicketStatus,
} from '../generated/resolvers.js';
import { invalidField } from '../graphql/errors.js';

/**
 * Service levels (docs/server.md, "Service levels"): a ticket's targets by its category and
 * priority (ticket_sla_targets, else its kind's ticket_sla_defaults, which cover every
 * kind and priority), its deadlines and its state, computed by the database at the time
 * of the query so that lists filter on them (`TicketFilter.slaState`). Targets are
 * versioned (`valid_from`): a ticket keeps those in force when it was filed.
 */

/** Joins over `tickets t` giving `sla.respond_by`, `sla.resolve_by` and `sla.state`. */
export const SLA_JOIN = `left join lateral (
    select respond_minutes, resolve_minutes from ticket_sla_targets
    where category_id = t.category_id and priority = t.priority and valid_from <= t.created_at
    order by valid_from desc limit 1) st on true
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

/** A year: a longer target is a typing slip (minutes for hours), not a service level. */
const MAX_TARGET_MINUTES = 525_600;

/** The targets as given, or BAD_USER_INPUT naming the entry at fault. */
export function checkSlaTargets(targets: readonly TicketSlaTargetInput[]): void {
  const seen = new Set<TicketPriority>();
  targets.forEach((target, i) => {
    if (seen.has(target.priority)) {
      throw invalidField(
        `slaTargets.${i}.priority`,
        'DUPLICATE',
        `Two targets for ${target.priority}`,
      );
    }
    seen.add(target.priority);
    for (const field of ['respondWithinMinutes', 'resolveWithinMinutes'] as const) {
      const minutes = target[field];
      if (minutes < 1) {
        throw invalidField(`slaTargets.${i}.${field}`, 'TOO_SMALL', 'At least one minute');
      }
      if (minutes > MAX_TARGET_MINUTES) {
        throw invalidField(`slaTargets.${i}.${field}`, 'TOO_LARGE', 'At most a year');
      }
    }
    if (target.resolveWithinMinutes < target.respondWithinMinutes) {
      throw invalidField(
        `slaTargets.${i}.resolveWithinMinutes`,
        'BEFORE_RESPONSE',
        'Resolving cannot take less time than responding',
      );
    }
  });
}

/**
 * Puts new targets in force from now (the transaction's time) for the priorities given,
 * leaving those already equal alone so that saving a form unchanged adds no version.
 */
export async function saveSlaTargets(
  tx: Db,
  categoryId: string,
  targets: readonly TicketSlaTargetInput[],
): Promise<void> {
  for (const target of targets) {
    await tx.query(
      `insert into ticket_sla_targets (category_id, priority, respond_minutes, resolve_minutes)
       select $1, $2, $3, $4
       where not exists (
         select 1 from (select respond_minutes, resolve_minutes from ticket_sla_targets
                        where category_id = $1 and priority = $2
                        order by valid_from desc limit 1) now_in_force
         where respond_minutes = $3 and resolve_minutes = $4)
       on conflict (category_id, priority, valid_from) do update
         set respond_minutes = excluded.respond_minutes, resolve_minutes = excluded.resolve_minutes`,
      [categoryId, target.priority, target.respondWithinMinutes, target.resolveWithinMinutes],
    );
  }
}

/** A category's targets now, one per priority: its own, else its kind's defaults. */
export function currentSlaTargets(db: Db, categoryId: string): Promise<TicketSlaTarget[]> {
  return db.query<TicketSlaTarget>(
    `select d.priority, coalesce(st.respond_minutes, d.respond_minutes) as "respondWithinMinutes",
            coalesce(st.resolve_minutes, d.resolve_minutes) as "resolveWithinMinutes"
     from ticket_categories c
     join ticket_sla_defaults d on d.kind = c.kind
     left join lateral (
       select respond_minutes, resolve_minutes from ticket_sla_targets
       where category_id = c.id and priority = d.priority order by valid_from desc limit 1) st on true
     where c.id = $1
     order by array_position(array['LOW', 'NORMAL', 'HIGH', 'URGENT'], d.priority)`,
    [categoryId],
  );
}
