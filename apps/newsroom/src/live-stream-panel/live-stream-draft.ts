import { type FieldError } from '@piazza/shared/screens';
import { wallTimeAt, type WallTime } from '../ui/time-zone.js';
import type { LiveStreamInput } from '@piazza/shared/graphql';
import { isHttps } from '../ui/address-field.js';
import { instantOf, type TimeRange } from '../ui/zoned-time.js';

/** The longest stream the server takes (news/live-streams.ts). */
const MAX_MS = 12 * 60 * 60 * 1000;
const NO_TIME: WallTime = { date: '', time: '' };

/** The live stream panel's values: its start and end on the clocks of `timeZone`. */
export interface LiveStreamDraft {
  startsAt: WallTime;
  endsAt: WallTime;
  url: string;
  timeZone: string;
}

/** The saved stream for the form, on the clocks of `timeZone`; empty fields for none. */
export function liveStreamDraft(
  stream: (TimeRange & { url: string }) | null,
  timeZone: string,
): LiveStreamDraft {
  return {
    startsAt: stream ? wallTimeAt(stream.startsAt, timeZone) : NO_TIME,
    endsAt: stream ? wallTimeAt(stream.endsAt, timeZone) : NO_TIME,
    url: stream?.url ?? '',
    timeZone,
  };
}

/** The start and end the editor means, once both are typed in full. */
export function streamTimes(draft: LiveStreamDraft): TimeRange | undefined {
  const startsAt = instantOf(draft.startsAt, draft.timeZone);
  const endsAt = instantOf(draft.endsAt, draft.timeZone);
  return startsAt && endsAt ? { startsAt, endsAt } : undefined;
}

/** What setArticleLiveStream takes; call it once `checkLiveStream` found nothing. */
export function liveStreamInput(draft: LiveStreamDraft): LiveStreamInput {
  return { ...streamTimes(draft)!, url: draft.url.trim() };
}

/**
 * The server's rules, said before sending: a start and an end, the end after the start,
 * not past, at most 12 hours later, and the stream's https address.
 */
export function checkLiveStream(draft: LiveStreamDraft, now = Date.now()): FieldError[] {
  const errors: FieldError[] = [];
  const startsAt = instantOf(draft.startsAt, draft.timeZone);
  const endsAt = instantOf(draft.endsAt, draft.timeZone);
  if (!startsAt) errors.push({ field: 'startsAt', reason: 'REQUIRED' });
  if (!endsAt) errors.push({ field: 'endsAt', reason: 'REQUIRED' });
  else if (startsAt && endsAt <= startsAt) {
    errors.push({ field: 'endsAt', reason: 'ENDS_BEFORE_START' });
  } else if (Date.parse(endsAt) <= now) errors.push({ field: 'endsAt', reason: 'IN_THE_PAST' });
  else if (startsAt && Date.parse(endsAt) - Date.parse(startsAt) > MAX_MS) {
    errors.push({ field: 'endsAt', reason: 'TOO_LONG' });
  }
  if (draft.url.trim() === '') errors.push({ field: 'url', reason: 'REQUIRED' });
  else if (!isHttps(draft.url)) errors.push({ field: 'url', reason: 'NOT_HTTPS' });
  return errors;
}
