const DAY_MS = 24 * 60 * 60 * 1000;

/** Intl formatters are slow to build and every card needs them: one per locale and style. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (format === undefined)
    formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  const key = `r|${locale}`;
  let format = formatters.get(key) as Intl.RelativeTimeFormat | undefined;
  if (format === undefined) {
    formatters.set(key, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  }
  return format;
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/**
 * A date as people say it, in their language: "today, 14:05", "yesterday, 09:30",
 * then "Monday, 14:05" within the week, then "12 November", with the year when it is
 * not this year.
 */
export function formatDate(iso: string, locale: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const daysAgo = Math.round((startOfDay(now) - startOfDay(date)) / DAY_MS);
  const time = dateFormat(locale, { timeStyle: 'short' }).format(date);
  if (daysAgo === 0 || daysAgo === 1) {
    return `${relativeFormat(locale).format(-daysAgo, 'day')}, ${time}`;
  }
  if (daysAgo > 1 && daysAgo < 7) {
    return `${dateFormat(locale, { weekday: 'long' }).format(date)}, ${time}`;
  }
  const sameYear = date.getFullYear() === now.getFullYear();
  return dateFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/**
 * An exact moment, for records such as an audit log: "29 Nov 2026, 15:50" in the reader's
 * language, whatever its age; on the clocks of `timeZone` when given (a publication
 * scheduled in Rome), else the reader's.
 */
export function formatTimestamp(iso: string, locale: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  return dateFormat(locale, timeZone ? { ...options, timeZone } : options).format(new Date(iso));
}

/**
 * A span of time on one line, the shared parts said once: "29 Nov 2026, 18:12 – 19:12";
 * on the clocks of `timeZone` when given (a stream announced for Rome), else the reader's.
 */
export function formatTimeRange(
  range: { startsAt: string; endsAt: string },
  locale: string,
  timeZone?: string,
): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  return dateFormat(locale, timeZone ? { ...options, timeZone } : options).formatRange(
    new Date(range.startsAt),
    new Date(range.endsAt),
  );
}

/**
 * A deadline as people say it, always with its time, ahead or past: "tomorrow, 13:00",
 * "yesterday, 13:00", "Friday, 13:00" within the week, then "12 December, 13:00", with
 * the year when it is not this year.
 */
export function formatDeadline(iso: string, locale: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const days = Math.round((startOfDay(date) - startOfDay(now)) / DAY_MS);
  const time = dateFormat(locale, { timeStyle: 'short' }).format(date);
  if (Math.abs(days) <= 1) return `${relativeFormat(locale).format(days, 'day')}, ${time}`;
  if (Math.abs(days) < 7) {
    return `${dateFormat(locale, { weekday: 'long' }).format(date)}, ${time}`;
  }
  const sameYear = date.getFullYear() === now.getFullYear();
  const day = dateFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
  return `${day}, ${time}`;
}
