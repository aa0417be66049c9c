import type { TicketStatus } from '@piazza/shared/graphql';

/**
 * The key of a move's button: going back to work is "reopen" from a finished ticket, and
 * "I have answered" for a reporter who was asked something.
 */
export function moveLabelKey(from: TicketStatus, to: TicketStatus, handledByMe: boolean): string {
  if (to !== 'IN_PROGRESS') return `move.${to}`;
  if (from === 'RESOLVED' || from === 'CLOSED') return 'move.reopen';
  return from === 'WAITING_FOR_REPORTER' && !handledByMe ? 'move.answered' : 'move.IN_PROGRESS';
}
