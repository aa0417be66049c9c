import { type FieldError } from '@piazza/shared/screens';
import { wallTimeAt, type WallTime } from '../ui/time-zone.js';
import { instantOf } from '../ui/zoned-time.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the schedule form proposes first: tomorrow at 09:00 on the clocks of `timeZone`. */
export function defaultWallTime(timeZone: string, now = Date.now()): WallTime {
  return { date: wallTimeAt(now + DAY_MS, timeZone).date, time: '09:00' };
}

/**
 * The instant the editor means, or why it cannot be scheduled (the server checks again):
 * a date and a time are required and must lie ahead; a must-read's deadline must come
 * after the publication.
 */
export function scheduledInstant(
  wall: WallTime,
  options: { timeZone: string; mustReadBy: string | null; now?: number },
): { publishAt: string } | { error: FieldError } {
  const publishAt = instantOf(wall, options.timeZone);
  if (!publishAt) return { error: { field: 'publishAt', reason: 'REQUIRED' } };
  if (Date.parse(publishAt) <= (options.now ?? Date.now())) {
    return { error: { field: 'publishAt', reason: 'IN_THE_PAST' } };
  }
  if (options.mustReadBy && options.mustReadBy <= publishAt) {
    return { error: { field: 'mustReadBy', reason: 'DEADLINE_BEFORE_PUBLICATION' } };
  }
  return { publishAt };
}
