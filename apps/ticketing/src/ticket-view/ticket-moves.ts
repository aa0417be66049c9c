import type { TicketStatus } from '@piazza/shared/graphql';

/**
 * The workflow's moves, as the server has them (server/src/tickets/workflow.ts), to offer
 * only the buttons the server would accept: handlers make every move; a reporter answers
 * when asked, closes a resolved ticket and reopens. The server decides in the end.
 */
const MOVES: Record<TicketStatus, readonly TicketStatus[]> = {
  NEW: ['TRIAGED'],
  TRIAGED: ['IN_PROGRESS', 'WAITING_FOR_REPORTER'],
  IN_PROGRESS: ['WAITING_FOR_REPORTER', 'RESOLVED'],
  WAITING_FOR_REPORTER: ['IN_PROGRESS', 'RESOLVED'],
  RESOLVED: ['CLOSED', 'IN_PROGRESS'],
  CLOSED: ['IN_PROGRESS'],
};

const REPORTER_MOVES: Partial<Record<TicketStatus, readonly TicketStatus[]>> = {
  WAITING_FOR_REPORTER: ['IN_PROGRESS'],
  RESOLVED: ['CLOSED', 'IN_PROGRESS'],
  CLOSED: ['IN_PROGRESS'],
};

/** The moves this person may make on a ticket where it stands. */
export function movesFor(ticket: {
  status: TicketStatus;
  handledByMe: boolean;
  mine: boolean;
}): readonly TicketStatus[] {
  if (ticket.handledByMe) return MOVES[ticket.status];
  return ticket.mine ? (REPORTER_MOVES[ticket.status] ?? []) : [];
}

/**
 * The key of a move's button: going back to work is "reopen" from a finished ticket, and
 * "I have answered" for a reporter who was asked something.
 */
export function moveLabelKey(from: TicketStatus, to: TicketStatus, handledByMe: boolean): string {
  if (to !== 'IN_PROGRESS') return `move.${to}`;
  if (from === 'RESOLVED' || from === 'CLOSED') return 'move.reopen';
  return from === 'WAITING_FOR_REPORTER' && !handledByMe ? 'move.answered' : 'move.IN_PROGRESS';
}
