/** A wall-clock date and time as a person types it: `{ date: '2026-11-24', time: '13:00' }`. */
export interface WallTime {
  date: string;
  time: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const wallFormats = new Map<string, Intl.DateTimeFormat>();

function wallFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    wallFormats.set(timeZone, format);
  }
  return format;
}

/** The clock on the wall in `timeZone` at an instant, to the minute. */
export function wallTimeAt(instant: string | number, timeZone: string): WallTime {
  const parts = Object.fromEntries(
    wallFormat(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    time: `${parts['hour']}:${parts['minute']}`,
  };
}

/** The wall time read as if it were UTC, in milliseconds: the arithmetic's common ground. */
function asUtc(wall: WallTime): number {
  return Date.parse(`${wall.date}T${wall.time}:00Z`);
}

/**
 * The instant (ISO 8601, UTC) at which the clocks of `timeZone` show `wall`, daylight
 * saving time included. As Temporal's "compatible" choice does: a time the clocks skip
 * (02:30 on the night they go forward) is moved forward by the gap, and a time they show
 * twice (02:30 on the night they go back) is the first of the two.
 *
 * @example
 * zonedTimeToInstant({ date: '2026-11-24', time: '13:00' }, 'Europe/Rome');
 * // '2026-11-24T12:00:00.000Z'
 */
export function zonedTimeToInstant(wall: WallTime, timeZone: string): string {
  const local = asUtc(wall);
  if (Number.isNaN(local)) throw new RangeError(`Not a date and time: ${wall.date} ${wall.time}`);
  const offsetAt = (instant: number) => asUtc(wallTimeAt(instant, timeZone)) - instant;
  const before = offsetAt(local - DAY_MS);
  const after = offsetAt(local + DAY_MS);
  const shown = [local - before, local - after].filter(
    (instant) => asUtc(wallTimeAt(instant, timeZone)) === local,
  );
  return new Date(shown.length > 0 ? Math.min(...shown) : local - before).toISOString();
}

/** The zone the browser runs in, e.g. 'Europe/Warsaw'. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * A time zone's name as people of `locale` know it ("Central European Time", "ora
 * dell’Europa centrale"), at a given instant; the IANA id where the language has none.
 */
export function timeZoneName(timeZone: string, locale: string, at: string | number = Date.now()) {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date(at))
    .find((entry) => entry.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
