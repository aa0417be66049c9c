import {
  countryName,
  formatTimestamp,
  localTimeZone,
  timeZoneName,
  wallTimeAt,
  zonedTimeToInstant,
  type WallTime,
} from '@piazza/shared';
import type { FieldError } from '../ui/field-errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A time zone an editor may schedule in, named for people ("Italy — Central European Time"). */
export interface ZoneChoice {
  timeZone: string;
  label: string;
}

/**
 * The zones of the article's countries (the first one first: the default), then the
 * editor's own zone, each once.
 */
export function zoneChoices(options: {
  countries: readonly { code: string; timeZone: string }[];
  locale: string;
  yourZoneLabel: string;
}): ZoneChoice[] {
  const { countries, locale } = options;
  const choices = new Map<string, string[]>();
  for (const country of countries) {
    choices.set(country.timeZone, [
      ...(choices.get(country.timeZone) ?? []),
      countryName(country.code, locale),
    ]);
  }
  const own = localTimeZone();
  if (!choices.has(own)) choices.set(own, [options.yourZoneLabel]);
  return [...choices].map(([timeZone, names]) => ({
    timeZone,
    label: `${names.join(', ')} — ${timeZoneName(timeZone, locale)}`,
  }));
}

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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(wall.date) || !/^\d{2}:\d{2}/.test(wall.time)) {
    return { error: { field: 'publishAt', reason: 'REQUIRED' } };
  }
  const publishAt = zonedTimeToInstant(
    { date: wall.date, time: wall.time.slice(0, 5) },
    options.timeZone,
  );
  if (Date.parse(publishAt) <= (options.now ?? Date.now())) {
    return { error: { field: 'publishAt', reason: 'IN_THE_PAST' } };
  }
  if (options.mustReadBy && options.mustReadBy <= publishAt) {
    return { error: { field: 'mustReadBy', reason: 'DEADLINE_BEFORE_PUBLICATION' } };
  }
  return { publishAt };
}

/**
 * A publication time on the clocks it was scheduled on, and on the viewer's when those
 * differ: { there: '24 Nov 2026, 13:00 Central European Time', here: '24 Nov 2026, 12:00
 * Greenwich Mean Time' }.
 */
export function publicationTimes(
  publishAt: string,
  options: { timeZone: string | null; locale: string },
): { there: string; here: string | undefined } {
  const { locale } = options;
  const own = localTimeZone();
  const zone = options.timeZone ?? own;
  const at = (timeZone: string) =>
    `${formatTimestamp(publishAt, locale, timeZone)} ${timeZoneName(timeZone, locale, publishAt)}`;
  const there = at(zone);
  const here = at(own);
  const sameClock =
    formatTimestamp(publishAt, locale, zone) === formatTimestamp(publishAt, locale, own);
  return { there, here: sameClock ? undefined : here };
}
