import { isAdmin } from '../access/guard.js';
import { dealersInScope } from '../access/org-scope.js';
import type { Principal } from '../org/principal.js';

/**
 * Who sees and who handles a ticket, as SQL conditions on `tickets t` joined to its dealer
 * `d` (with `regions r` and `brands b`, as `dealersInScope` expects). Values are appended
 * to `params`. See docs/decisions.md, "Tickets are handled by admins and region managers".
 */

/** The jobs that run a dealer's side of tickets: they see every ticket of their dealer. */
export const DEALER_MANAGER_JOBS: readonly string[] = ['SERVICE_MANAGER', 'DEALER_PRINCIPAL'];

/** The ticket sits in one of the caller's team queues. */
export function inMyQueues(caller: Principal, params: unknown[]): string {
  params.push(caller.personId);
  return `exists (select 1 from ticket_queue_members m
    where m.queue_id = t.queue_id and m.person_id = $${params.length})`;
}

/**
 * Handlers triage and work tickets, and read internal notes: admins everywhere, region
 * managers for the dealers of their regions, the members of a team queue for its tickets.
 * Other grants (a field role over a region, an editor's communities) reach dealers for
 * other purposes and handle nothing.
 */
export function handledBy(caller: Principal, params: unknown[]): string {
  if (isAdmin(caller)) return 'true';
  const queued = inMyQueues(caller, params);
  const regionManagement = caller.roles.filter((grant) => grant.role === 'REGION_MANAGER');
  if (regionManagement.length === 0) return `(${queued})`;
  return `(${queued} or ${dealersInScope({ ...caller, roles: regionManagement }, params)})`;
}

/** The caller filed it, manages its dealer, or handles it. */
export function seenBy(caller: Principal, params: unknown[]): string {
  params.push(caller.personId);
  const conditions = [`t.reporter_id = $${params.length}`, handledBy(caller, params)];
  if (caller.dealerId && DEALER_MANAGER_JOBS.includes(caller.job)) {
    params.push(caller.dealerId);
    conditions.push(`t.dealer_id = $${params.length}`);
  }
  return `(${conditions.join(' or ')})`;
}

/** The joins the conditions above refer to. */
export const TICKET_FROM = `tickets t
  join dealers d on d.id = t.dealer_id
  join regions r on r.id = d.region_id
  join brands b on b.id = d.brand_id`;
