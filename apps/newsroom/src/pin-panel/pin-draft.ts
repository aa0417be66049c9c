import { type FieldError } from '@piazza/shared/screens';
import { wallTimeAt, type WallTime } from '../ui/time-zone.js';
import { instantOf } from '../ui/zoned-time.js';

/** How long the server keeps a pin at most (news/pinned.ts). */
const MAX_DAYS = 90;
/** The end offered when the article is not pinned: the news of the week. */
const DEFAULT_DAYS = 7;
const DAY_MS = 86_400_000;

/** The pin panel's values: when the pin ends, on the clocks of `timeZone`. */
export interface PinDraft {
  until: WallTime;
  timeZone: string;
}

/** The saved pin's end, or a week from now on the hour, on the clocks of `timeZone`. */
export function pinDraft(pinnedUntil: string | null, timeZone: string, now = Date.now()): PinDraft {
  const inAWeek = new Date(now + DEFAULT_DAYS * DAY_MS);
  inAWeek.setUTCMinutes(0, 0, 0);
  return { until: wallTimeAt(pinnedUntil ?? inAWeek.getTime(), timeZone), timeZone };
}

/** The server's rules, said before sending: an end, in the future, at most 90 days ahead. */
export function checkPin(draft: PinDraft, now = Date.now()): FieldError[] {
  const until = instantOf(draft.until, draft.timeZone);
  if (!until) return [{ field: 'until', reason: 'REQUIRED' }];
  if (Date.parse(until) <= now) return [{ field: 'until', reason: 'IN_THE_PAST' }];
  if (Date.parse(until) - now > MAX_DAYS * DAY_MS) return [{ field: 'until', reason: 'TOO_LONG' }];
  return [];
}

/** What pinArticle takes; call it once `checkPin` found nothing. */
export function pinUntil(draft: PinDraft): string {
  return instantOf(draft.until, draft.timeZone)!;
}
