/** A live stream's times, as the API gives them. */
export interface LiveStreamTimes {
  startsAt: string;
  endsAt: string;
}

/** How long before its start a stream shows as coming (the server's LIVE_SOON_MINUTES). */
export const LIVE_SOON_MS = 15 * 60_000;

/** Where a stream stands at `now`: later, starting within 15 minutes, live, or over. */
export type LiveStreamState = 'later' | 'soon' | 'live' | 'ended';

export function liveStreamState(stream: LiveStreamTimes, now = Date.now()): LiveStreamState {
  const start = Date.parse(stream.startsAt);
  const end = Date.parse(stream.endsAt);
  if (now >= end) return 'ended';
  if (now >= start) return 'live';
  return now >= start - LIVE_SOON_MS ? 'soon' : 'later';
}

/** In how many ms the state changes next, or null when the stream is over. */
export function msUntilNextLiveChange(stream: LiveStreamTimes, now = Date.now()): number | null {
  const moments = [
    Date.parse(stream.startsAt) - LIVE_SOON_MS,
    Date.parse(stream.startsAt),
    Date.parse(stream.endsAt),
  ];
  const next = moments.find((moment) => moment > now);
  return next === undefined ? null : next - now;
}
