import type { WebVitalName } from '@piazza/shared/graphql';

export type VitalRating = 'GOOD' | 'NEEDS_IMPROVEMENT' | 'POOR';

/**
 * The Core Web Vitals thresholds (web.dev/vitals): at or below the first a value is good,
 * above the second it is poor. LCP, INP and TTFB in milliseconds, CLS without a unit.
 */
export const VITAL_THRESHOLDS: Readonly<Record<WebVitalName, readonly [number, number]>> = {
  LCP: [2500, 4000],
  INP: [200, 500],
  CLS: [0.1, 0.25],
  TTFB: [800, 1800],
};

export const VITAL_NAMES = Object.keys(VITAL_THRESHOLDS) as WebVitalName[];

/** Each rating as a symbol too, so that it never rests on colour alone. */
export const RATING_SYMBOL: Readonly<Record<VitalRating, string>> = {
  GOOD: '✓',
  NEEDS_IMPROVEMENT: '≈',
  POOR: '✗',
};

export function rateVital(name: WebVitalName, value: number): VitalRating {
  const [good, poor] = VITAL_THRESHOLDS[name];
  return value <= good ? 'GOOD' : value <= poor ? 'NEEDS_IMPROVEMENT' : 'POOR';
}

/** A p75 as people read it: LCP in seconds ("2.4 s"), INP and TTFB in ms, CLS as is ("0.08"). */
export function formatVital(name: WebVitalName, value: number, locale: string): string {
  if (name === 'CLS') {
    return new Intl.NumberFormat(locale, {
      maximumFractionDigits: 2,
      minimumFractionDigits: 2,
    }).format(value);
  }
  const seconds = name === 'LCP';
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: seconds ? 'second' : 'millisecond',
    unitDisplay: 'short',
    maximumFractionDigits: seconds ? 1 : 0,
    minimumFractionDigits: seconds ? 1 : 0,
  }).format(seconds ? value / 1000 : value);
}

export type VitalTrend = 'better' | 'worse' | 'flat' | 'none';

/**
 * Where a vital went over the days measured: the second half's mean against the first
 * half's, since one day's p75 of a few samples is noisy. Lower is better for every vital;
 * within 5 % is steady; fewer than four days tell nothing.
 */
export function vitalTrend(values: readonly (number | null)[]): VitalTrend {
  const known = values.filter((value): value is number => value !== null);
  if (known.length < 4) return 'none';
  const half = Math.floor(known.length / 2);
  const mean = (part: number[]) => part.reduce((sum, value) => sum + value, 0) / part.length;
  const before = mean(known.slice(0, half));
  const after = mean(known.slice(known.length - half));
  if (Math.abs(after - before) <= before * 0.05) return 'flat';
  return after < before ? 'better' : 'worse';
}
