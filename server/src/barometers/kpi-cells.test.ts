import { describe, expect, it } from 'vitest';
import type { KpiCell } from '../generated/resolvers.js';
import {
  attainment,
  kpiStatus,
  NO_SUMS,
  rankCells,
  rolledUpActual,
  rolledUpTarget,
} from './kpi-cells.js';
import { periodBounds, periodWindow } from './period-window.js';

const sums = { valueSum: 12, valueCount: 3, baseSum: 48, targetSum: 9, targetCount: 3 };

describe('barometer cells', () => {
  it('rolls up by the KPI rule: SUM adds, AVERAGE averages, RATIO divides by the bases', () => {
    expect(rolledUpActual('SUM', sums)).toBe(12);
    expect(rolledUpActual('AVERAGE', sums)).toBe(4);
    expect(rolledUpActual('RATIO', sums)).toBe(0.25);
    expect(rolledUpActual('RATIO', { ...sums, baseSum: 0 })).toBeNull();
    expect(rolledUpActual('SUM', NO_SUMS)).toBeNull();
    expect(rolledUpTarget('SUM', sums)).toBe(9);
    expect(rolledUpTarget('AVERAGE', sums)).toBe(3);
    expect(rolledUpTarget('RATIO', sums)).toBe(3);
    expect(rolledUpTarget('SUM', NO_SUMS)).toBeNull();
  });

  it('orients attainment so that 1 or more is good, whatever the direction', () => {
    expect(attainment(30, 10, true)).toBe(3);
    expect(attainment(30, 60, false)).toBe(2);
    expect(attainment(120, 60, false)).toBe(0.5);
    expect(attainment(null, 60, true)).toBeNull();
    expect(attainment(5, null, true)).toBeNull();
    expect(attainment(5, 0, true)).toBeNull();
    expect(attainment(0, 10, false)).toBeNull();
  });

  it.each([
    [1, 'MET'],
    [1.5, 'MET'],
    [0.9999, 'NEAR'],
    [0.9, 'NEAR'],
    [0.8999, 'MISSED'],
    [null, 'NO_DATA'],
  ] as const)('gives attainment %s the status %s', (reached, status) => {
    expect(kpiStatus(reached)).toBe(status);
  });

  it('ranks siblings by attainment, ties sharing a rank, leaving out those without', () => {
    const cells = [0.8, 1.2, null, 0.8, 0.5].map(
      (value) => ({ kpiId: 'k', attainment: value, status: 'MET', trend: [] }) as KpiCell,
    );
    rankCells(cells);
    expect(cells.map((cell) => [cell.rank, cell.rankOf])).toEqual([
      [2, 4],
      [1, 4],
      [null, 4],
      [2, 4],
      [4, 4],
    ]);
  });
});

describe('barometer periods', () => {
  it('reads a quarter, its comparison and its trend in slots', () => {
    const window = periodWindow('2026-Q1', 'SAME_PERIOD_LAST_YEAR');
    expect(window.comparisonPeriod).toBe('2025-Q1');
    expect(window.trendPeriods.slice(-2)).toEqual(['2025-Q4', '2026-Q1']);
    // Last year's quarter is in the trend: no extra slot.
    expect(window.comparisonSlot).toBe(7);
    expect(window.measured.months).toHaveLength(36);
    expect(window.current).toEqual({
      months: ['2026-01-01', '2026-02-01', '2026-03-01'],
      slots: [11, 11, 11],
    });
    const month = periodWindow('2026-01', 'SAME_PERIOD_LAST_YEAR');
    expect(month.comparisonSlot).toBe(12);
    expect(month.measured.months.at(-1)).toBe('2025-01-01');
  });

  it('bounds a period as dates, across the turn of a year', () => {
    expect(periodBounds({ kind: 'QUARTER', year: 2026, index: 4 })).toEqual({
      from: '2026-10-01',
      to: '2027-01-01',
    });
    expect(periodBounds({ kind: 'MONTH', year: 2026, index: 2 })).toEqual({
      from: '2026-02-01',
      to: '2026-03-01',
    });
  });

  it('refuses a period that is neither a month nor a quarter', () => {
    expect(() => periodWindow('2026-W05', 'PREVIOUS_PERIOD')).toThrow(/not a month or a quarter/);
  });
});
