const DAY_MS = 24 * 60 * 60 * 1000;

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/**
 * A date as people say it, in their language: "today, 14:05", "yesterday, 09:30",
 * then "Monday, 14:05" within the week, then "12 November 2026".
 */
export function formatDate(iso: string, locale: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const daysAgo = Math.round((startOfDay(now) - startOfDay(date)) / DAY_MS);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(date);
  if (daysAgo === 0 || daysAgo === 1) {
    const day = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-daysAgo, 'day');
    return `${day}, ${time}`;
  }
  if (daysAgo > 1 && daysAgo < 7) {
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(date);
    return `${weekday}, ${time}`;
  }
  const sameYear = date.getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}
