import { describe, expect, it } from 'vitest';
import {
  formatBarometerPeriod,
  kpiPeriodStart,
  lastCompletePeriod,
  parseBarometerPeriod,
  periodMonths,
  previousPeriod,
  samePeriodLastYear,
  trailingPeriods,
} from './periods.js';

const period = (text: string) => parseBarometerPeriod(text)!;

describe('barometer periods', () => {
  it('reads months and quarters, and nothing else', () => {
    expect(period('2026-10')).toEqual({ kind: 'MONTH', year: 2026, index: 10 });
    expect(period('2026-Q3')).toEqual({ kind: 'QUARTER', year: 2026, index: 3 });
    for (const text of ['2026-13', '2026-00', '2026-Q5', '2026-10-01', ' 2026-10', '26-10', '']) {
      expect(parseBarometerPeriod(text)).toBeUndefined();
    }
  });

  it('steps back across years', () => {
    expect(formatBarometerPeriod(previousPeriod(period('2026-01')))).toBe('2025-12');
    expect(formatBarometerPeriod(previousPeriod(period('2026-Q1')))).toBe('2025-Q4');
    expect(formatBarometerPeriod(samePeriodLastYear(period('2026-Q2')))).toBe('2025-Q2');
    expect(trailingPeriods(period('2026-02'), 3).map(formatBarometerPeriod)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('gives the months a period covers', () => {
    expect(periodMonths(period('2026-Q3'))).toEqual(['2026-07-01', '2026-08-01', '2026-09-01']);
    expect(periodMonths(period('2026-10'))).toEqual(['2026-10-01']);
  });

  it('opens on the last period that is over', () => {
    expect(formatBarometerPeriod(lastCompletePeriod('MONTH', '2026-01-15'))).toBe('2025-12');
    expect(formatBarometerPeriod(lastCompletePeriod('QUARTER', '2026-11-30'))).toBe('2026-Q3');
  });

  it('places a KPI period in the month it starts in', () => {
    expect(kpiPeriodStart('MONTH', '2026-10')).toEqual({
      periodStart: '2026-10-01',
      month: '2026-10-01',
    });
    expect(kpiPeriodStart('QUARTER', '2026-Q4')).toEqual({
      periodStart: '2026-10-01',
      month: '2026-10-01',
    });
    // ISO week 1 of 2026 starts on Monday 29 December 2025.
    expect(kpiPeriodStart('WEEK', '2026-W01')).toEqual({
      periodStart: '2025-12-29',
      month: '2025-12-01',
    });
    expect(kpiPeriodStart('WEEK', '2026-W44')?.periodStart).toBe('2026-10-26');
    // 2025 has 52 ISO weeks; 2026, starting on a Thursday, has 53.
    expect(kpiPeriodStart('WEEK', '2025-W53')).toBeUndefined();
    expect(kpiPeriodStart('WEEK', '2026-W53')?.periodStart).toBe('2026-12-28');
    expect(kpiPeriodStart('WEEK', '2020-W53')?.periodStart).toBe('2020-12-28');
    expect(kpiPeriodStart('MONTH', '2026-Q4')).toBeUndefined();
    expect(kpiPeriodStart('QUARTER', '2026-10')).toBeUndefined();
  });
});
