import type { BarometerComparison } from '../generated/resolvers.js';
import { invalidField } from '../graphql/errors.js';
import {
  formatBarometerPeriod,
  parseBarometerPeriod,
  periodMonths,
  previousPeriod,
  samePeriodLastYear,
  shiftPeriod,
  trailingPeriods,
  type BarometerPeriod,
} from '../../../shared/src/barometers/periods.js';

/** The period a query names, or BAD_USER_INPUT `period` (INVALID_PERIOD). */
export function requirePeriod(text: string): BarometerPeriod {
  const period = parseBarometerPeriod(text);
  if (!period) {
    throw invalidField('period', 'INVALID_PERIOD', `"${text}" is not a month or a quarter`);
  }
  return period;
}

/** The last month of a period, as a period. */
export function lastMonthOf(period: BarometerPeriod): BarometerPeriod {
  const last = periodMonths(period).at(-1)!;
  return { kind: 'MONTH', year: Number(last.slice(0, 4)), index: Number(last.slice(5, 7)) };
}

/** A period as a half-open range of calendar dates: [from, to). */
export function periodBounds(period: BarometerPeriod): { from: string; to: string } {
  const [from] = periodMonths(period);
  const [to] = periodMonths(shiftPeriod(lastMonthOf(period), -1));
  return { from: from!, to: to! };
}

/** Months grouped into slots: a query sums each slot's months into one figure. */
export interface Slots {
  /** First days of months (YYYY-MM-01). */
  months: string[];
  /** The slot of each month, in the same order. */
  slots: number[];
}

/** Slots for these periods, the i-th period being slot i. */
export function slotsOf(periods: readonly BarometerPeriod[]): Slots {
  const slots: Slots = { months: [], slots: [] };
  periods.forEach((period, slot) => {
    for (const month of periodMonths(period)) {
      slots.months.push(month);
      slots.slots.push(slot);
    }
  });
  return slots;
}

export const TREND_LENGTH = 12;
/** The selected period's slot: the last of the trend. */
export const CURRENT_SLOT = TREND_LENGTH - 1;

/**
 * What a barometer reads for a period: the 12 periods of the trend (the selected one last)
 * and the comparison period, which is a slot of the trend when it lies in it (the previous
 * period; a quarter's same quarter last year) and a 13th slot otherwise.
 */
export interface PeriodWindow {
  period: string;
  comparisonPeriod: string;
  trendPeriods: string[];
  comparisonSlot: number;
  /** Every slot, for the actuals. */
  measured: Slots;
  /** The selected period only, for the targets. */
  current: Slots;
}

export function periodWindow(text: string, compareTo: BarometerComparison): PeriodWindow {
  const period = requirePeriod(text);
  const trend = trailingPeriods(period, TREND_LENGTH);
  const comparison =
    compareTo === 'SAME_PERIOD_LAST_YEAR' ? samePeriodLastYear(period) : previousPeriod(period);
  const trendPeriods = trend.map(formatBarometerPeriod);
  const comparisonPeriod = formatBarometerPeriod(comparison);
  const inTrend = trendPeriods.indexOf(comparisonPeriod);
  const slotted = inTrend >= 0 ? trend : [...trend, comparison];
  return {
    period: formatBarometerPeriod(period),
    comparisonPeriod,
    trendPeriods,
    comparisonSlot: inTrend >= 0 ? inTrend : TREND_LENGTH,
    measured: slotsOf(slotted),
    current: {
      months: periodMonths(period),
      slots: periodMonths(period).map(() => CURRENT_SLOT),
    },
  };
}
