/**
 * The periods of the barometers, shared by the server (queries, imports) and the app (the
 * period picker). A barometer shows a month ("2026-10") or a quarter ("2026-Q3"); a KPI is
 * measured per ISO week ("2026-W43"), month or quarter, and every measurement counts in
 * the month its period starts in. Dates are calendar dates (YYYY-MM-DD), without time zone.
 */

export type BarometerPeriodKind = 'MONTH' | 'QUARTER';
export type KpiPeriodKind = 'WEEK' | 'MONTH' | 'QUARTER';

/** A month (index 1–12) or a quarter (index 1–4) of a year. */
export interface BarometerPeriod {
  kind: BarometerPeriodKind;
  year: number;
  index: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const WEEK = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDate = (year: number, month: number, day = 1): string =>
  `${year}-${pad(month)}-${pad(day)}`;

/** The period a barometer's address or query names, or undefined when it names none. */
export function parseBarometerPeriod(text: string): BarometerPeriod | undefined {
  const month = MONTH.exec(text);
  if (month) return { kind: 'MONTH', year: Number(month[1]), index: Number(month[2]) };
  const quarter = QUARTER.exec(text);
  if (quarter) return { kind: 'QUARTER', year: Number(quarter[1]), index: Number(quarter[2]) };
  return undefined;
}

export function formatBarometerPeriod({ kind, year, index }: BarometerPeriod): string {
  return kind === 'MONTH' ? `${year}-${pad(index)}` : `${year}-Q${index}`;
}

/** The first days of the months a period covers, oldest first ("2026-07-01", …). */
export function periodMonths({ kind, year, index }: BarometerPeriod): string[] {
  if (kind === 'MONTH') return [isoDate(year, index)];
  const first = (index - 1) * 3 + 1;
  return [first, first + 1, first + 2].map((month) => isoDate(year, month));
}

/** The period `steps` periods before (negative: after) this one. */
export function shiftPeriod(period: BarometerPeriod, steps: number): BarometerPeriod {
  const perYear = period.kind === 'MONTH' ? 12 : 4;
  const ordinal = period.year * perYear + (period.index - 1) - steps;
  return {
    kind: period.kind,
    year: Math.floor(ordinal / perYear),
    index: (ordinal % perYear) + 1,
  };
}

export const previousPeriod = (period: BarometerPeriod): BarometerPeriod => shiftPeriod(period, 1);

export const samePeriodLastYear = (period: BarometerPeriod): BarometerPeriod => ({
  ...period,
  year: period.year - 1,
});

/** The `count` periods ending with this one, oldest first: a trend's x axis. */
export function trailingPeriods(period: BarometerPeriod, count: number): BarometerPeriod[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(period, count - 1 - i));
}

/**
 * The last period that is over on `today` (a calendar date): what a barometer opens on,
 * since the running month is still being measured.
 */
export function lastCompletePeriod(kind: BarometerPeriodKind, today: string): BarometerPeriod {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const current: BarometerPeriod =
    kind === 'MONTH'
      ? { kind, year, index: month }
      : { kind, year, index: Math.floor((month - 1) / 3) + 1 };
  return previousPeriod(current);
}

/** The Monday starting ISO week `week` of ISO year `year`, as YYYY-MM-DD. */
function isoWeekMonday(year: number, week: number): string | undefined {
  // January 4th is always in week 1.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
  // Week 53 exists only in years whose week 53 still has its Thursday in that year.
  const thursday = new Date(monday);
  thursday.setUTCDate(monday.getUTCDate() + 3);
  if (thursday.getUTCFullYear() !== year) return undefined;
  return monday.toISOString().slice(0, 10);
}

/**
 * Where a measurement of a KPI measured per `kind` belongs: the first day of its period and
 * the month it counts in. Undefined when `text` is not a period of that kind
 * ("2026-W43" for WEEK, "2026-10" for MONTH, "2026-Q3" for QUARTER).
 */
export function kpiPeriodStart(
  kind: KpiPeriodKind,
  text: string,
): { periodStart: string; month: string } | undefined {
  if (kind === 'WEEK') {
    const week = WEEK.exec(text);
    const monday = week && isoWeekMonday(Number(week[1]), Number(week[2]));
    return monday ? { periodStart: monday, month: `${monday.slice(0, 7)}-01` } : undefined;
  }
  const period = parseBarometerPeriod(text);
  if (period?.kind !== kind) return undefined;
  const [first] = periodMonths(period) as [string];
  return { periodStart: first, month: first };
}
