import { css, html, nothing } from 'lit';
import type { TFunction } from 'i18next';
import { countryName, formatTimeRange, formatTimestamp } from '@piazza/shared';
import { localTimeZone, timeZoneName, zonedTimeToInstant, type WallTime } from './time-zone.js';

/** A time zone an editor may type times in, named for people ("Italy — Central European Time"). */
export interface ZoneChoice {
  timeZone: string;
  label: string;
}

/** A span of time as the API gives it. */
export interface TimeRange {
  startsAt: string;
  endsAt: string;
}

/**
 * The zones of the article's countries (the first one first: the default), then the
 * editor's own zone, each once; a zone chosen before (`chosen`) stays on offer, first,
 * whatever the countries are now.
 */
export function zoneChoices(options: {
  countries: readonly { code: string; timeZone: string }[];
  locale: string;
  yourZoneLabel: string;
  chosen?: string | null;
}): ZoneChoice[] {
  const { countries, locale, chosen } = options;
  const choices = new Map<string, string[]>();
  for (const country of countries) {
    choices.set(country.timeZone, [
      ...(choices.get(country.timeZone) ?? []),
      countryName(country.code, locale),
    ]);
  }
  const own = localTimeZone();
  if (!choices.has(own)) choices.set(own, [options.yourZoneLabel]);
  const zones = [...choices].map(([timeZone, names]) => ({
    timeZone,
    label: `${names.join(', ')} — ${timeZoneName(timeZone, locale)}`,
  }));
  return chosen && !choices.has(chosen)
    ? [{ timeZone: chosen, label: timeZoneName(chosen, locale) }, ...zones]
    : zones;
}

/**
 * The zones a newsroom panel offers for an article's times: its countries' (the first is
 * the default), then the editor's own, named in the editor's language; `chosen` stays on
 * offer (the zone it was scheduled in, whatever its countries are now).
 */
export function articleZones(
  article: { countries: readonly { code: string; timeZone: string }[] },
  l10n: { language: string; t: TFunction },
  chosen?: string | null,
): ZoneChoice[] {
  return zoneChoices({
    countries: article.countries,
    locale: l10n.language,
    yourZoneLabel: l10n.t('workflow.yourZone'),
    chosen,
  });
}

/** The instant the clocks of `timeZone` show, or undefined while the date or time is incomplete. */
export function instantOf(wall: WallTime, timeZone: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(wall.date) || !/^\d{2}:\d{2}/.test(wall.time)) return undefined;
  return zonedTimeToInstant({ date: wall.date, time: wall.time.slice(0, 5) }, timeZone);
}

/**
 * A moment, or a span of time, on the clocks it was chosen on, and on the viewer's when
 * those differ: { there: '24 Nov 2026, 13:00 Central European Time', here: '24 Nov 2026,
 * 12:00 Greenwich Mean Time' }.
 */
export function zonedTimes(
  when: string | TimeRange,
  options: { timeZone: string | null; locale: string },
): { there: string; here: string | undefined } {
  const { locale } = options;
  const own = localTimeZone();
  const zone = options.timeZone ?? own;
  const instant = typeof when === 'string' ? when : when.startsAt;
  const clock = (timeZone: string) =>
    typeof when === 'string'
      ? formatTimestamp(when, locale, timeZone)
      : formatTimeRange(when, locale, timeZone);
  const at = (timeZone: string) => `${clock(timeZone)} ${timeZoneName(timeZone, locale, instant)}`;
  return { there: at(zone), here: clock(zone) === clock(own) ? undefined : at(own) };
}

/**
 * The date and time inputs of a moment typed on a zone's clocks (`#<id>date`,
 * `#<id>time`), reporting each change of one of them.
 */
export function wallTimeFields(options: {
  id: string;
  labels: { date: string; time: string };
  value: WallTime;
  /** The ids of the hint or error that describe both inputs. */
  describedBy?: string;
  invalid: boolean;
  change: (part: Partial<WallTime>) => void;
}) {
  const { id, labels, value, describedBy, invalid, change } = options;
  const input = (part: keyof WallTime) =>
    html`<div class="field">
      <label for="${id}${part}">${labels[part]}</label>
      <input
        id="${id}${part}"
        type=${part}
        .value=${value[part]}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${(event: Event) => change({ [part]: (event.target as HTMLInputElement).value })}
      />
    </div>`;
  return html`${input('date')}${input('time')}`;
}

/** The choice of the clocks the times are typed on (`#<id>`). */
export function zoneField(options: {
  id: string;
  label: string;
  zones: readonly ZoneChoice[];
  value: string;
  change: (timeZone: string) => void;
}) {
  const { id, label, zones, value, change } = options;
  return html`<div class="field zone">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
      ${zones.map(
        (zone) =>
          html`<option value=${zone.timeZone} ?selected=${zone.timeZone === value}>
            ${zone.label}
          </option>`,
      )}
    </select>
  </div>`;
}

/** A row of date and time fields that wraps on a phone, the zone on a line of its own. */
export const zonedTimeStyles = css`
  .when {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
    gap: var(--piazza-space-m);
  }
  .zone {
    grid-column: 1 / -1;
  }
`;
