import type { TicketStatus } from '../generated/resolvers.js';

/**
 * The moves of a ticket's workflow: new → triaged → in progress → waiting for the reporter
 * → resolved → closed, with shortcuts a help desk needs (asking the reporter as soon as it
 * is triaged, resolving while waiting) and reopening a resolved or closed ticket.
 */
const MOVES: Record<TicketStatus, readonly TicketStatus[]> = {
  NEW: ['TRIAGED'],
  TRIAGED: ['IN_PROGRESS', 'WAITING_FOR_REPORTER'],
  IN_PROGRESS: ['WAITING_FOR_REPORTER', 'RESOLVED'],
  WAITING_FOR_REPORTER: ['IN_PROGRESS', 'RESOLVED'],
  RESOLVED: ['CLOSED', 'IN_PROGRESS'],
  CLOSED: ['IN_PROGRESS'],
};

/**
 * The moves a reporter makes on their own ticket: answering when asked (back to the
 * handler), accepting a resolution, and reopening. Handlers make every move.
 */
const REPORTER_MOVES: Partial<Record<TicketStatus, readonly TicketStatus[]>> = {
  WAITING_FOR_REPORTER: ['IN_PROGRESS'],
  RESOLVED: ['CLOSED', 'IN_PROGRESS'],
  CLOSED: ['IN_PROGRESS'],
};

export const workflowHas = (from: TicketStatus, to: TicketStatus) => MOVES[from].includes(to);

export const reporterMay = (from: TicketStatus, to: TicketStatus) =>
  REPORTER_MOVES[from]?.includes(to) ?? false;

/** The moves a person may make on a ticket where it stands: every one for its handlers. */
export function movesOf(
  status: TicketStatus,
  caller: { handles: boolean; reported: boolean },
): TicketStatus[] {
  if (caller.handles) return [...MOVES[status]];
  return caller.reported ? [...(REPORTER_MOVES[status] ?? [])] : [];
}
