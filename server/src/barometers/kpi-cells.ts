import type { KpiCell, KpiRollup, KpiStatus } from '../generated/resolvers.js';

/**
 * The arithmetic of a barometer cell, the same for a dealer's own rows and for the
 * kpi_rollups of regions, countries and the group: sums over the months of a period, from
 * which the KPI's roll-up rule gives the actual and the target.
 */

/** What a row measured for a KPI over some months (value_count = rows summed). */
export interface KpiSums {
  valueSum: number;
  valueCount: number;
  baseSum: number;
  targetSum: number;
  targetCount: number;
}

export const NO_SUMS: KpiSums = {
  valueSum: 0,
  valueCount: 0,
  baseSum: 0,
  targetSum: 0,
  targetCount: 0,
};

export function addSums(a: KpiSums, b: KpiSums): KpiSums {
  return {
    valueSum: a.valueSum + b.valueSum,
    valueCount: a.valueCount + b.valueCount,
    baseSum: a.baseSum + b.baseSum,
    targetSum: a.targetSum + b.targetSum,
    targetCount: a.targetCount + b.targetCount,
  };
}

/** SUM adds, AVERAGE averages the rows, RATIO divides the values by the bases. */
export function rolledUpActual(rollup: KpiRollup, sums: KpiSums): number | null {
  if (sums.valueCount === 0) return null;
  if (rollup === 'SUM') return sums.valueSum;
  if (rollup === 'AVERAGE') return sums.valueSum / sums.valueCount;
  return sums.baseSum > 0 ? sums.valueSum / sums.baseSum : null;
}

/**
 * Targets of a SUM KPI add up; those of an AVERAGE or a RATIO KPI are levels (a score, a
 * rate) and are averaged: the roll-ups keep no base per target to weigh them by.
 */
export function rolledUpTarget(rollup: KpiRollup, sums: KpiSums): number | null {
  if (sums.targetCount === 0) return null;
  return rollup === 'SUM' ? sums.targetSum : sums.targetSum / sums.targetCount;
}

/**
 * actual / target, or target / actual when lower is better, so that 1 or more is good.
 * Null without both, or when the divisor is not positive (a ratio would mean nothing).
 */
export function attainment(
  actual: number | null,
  target: number | null,
  higherIsBetter: boolean,
): number | null {
  if (actual === null || target === null) return null;
  const [part, whole] = higherIsBetter ? [actual, target] : [target, actual];
  return whole > 0 ? part / whole : null;
}

export const NEAR_THRESHOLD = 0.9;

export function kpiStatus(reached: number | null): KpiStatus {
  if (reached === null) return 'NO_DATA';
  if (reached >= 1) return 'MET';
  return reached >= NEAR_THRESHOLD ? 'NEAR' : 'MISSED';
}

/**
 * Ranks sibling cells of one KPI by attainment, best first; equal attainments share a
 * rank (1, 2, 2, 4). Cells without attainment get no rank; rankOf counts those with one.
 */
export function rankCells(cells: KpiCell[]): void {
  const ranked = cells.filter((cell) => cell.attainment != null);
  const sorted = ranked.map((cell) => cell.attainment!).sort((a, b) => b - a);
  for (const cell of cells) {
    cell.rank = cell.attainment == null ? null : sorted.indexOf(cell.attainment) + 1;
    cell.rankOf = ranked.length;
  }
}
