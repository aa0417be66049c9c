import type { TFunction } from 'i18next';
import type {
  BarometerRowCellsFragment,
  NetworkBarometerQuery,
} from './network-barometer.generated.js';
import type { NetworkFilters } from '../barometers-routes.js';
import type { CsvCell } from '@piazza/shared/screens';
import { statusText } from '../ui/kpi-format.js';

export type Barometer = NetworkBarometerQuery['barometer'];
export type BarometerRow = BarometerRowCellsFragment;
export type BarometerKpi = Barometer['kpis'][number];

/** The rows the filters keep, in the order they ask for. */
export function visibleRows(
  barometer: Barometer,
  filters: NetworkFilters,
  locale: string,
): BarometerRow[] {
  const query = filters.q.trim().toLocaleLowerCase(locale);
  const rows = barometer.rows.filter(
    (row) =>
      (filters.status === '' || row.cells.some((cell) => cell.status === filters.status)) &&
      (query === '' || `${row.name} ${row.city ?? ''}`.toLocaleLowerCase(locale).includes(query)),
  );
  const byName = new Intl.Collator(locale);
  const column = barometer.kpis.findIndex((kpi) => kpi.code === filters.sort);
  const sign = filters.dir === 'desc' ? -1 : 1;
  return rows.sort((a, b) => {
    if (column < 0) return sign * byName.compare(a.name, b.name);
    const left = a.cells[column]?.attainment ?? null;
    const right = b.cells[column]?.attainment ?? null;
    // Rows without an attainment go last whichever the direction: they rank nowhere.
    if (left === null || right === null) {
      return left === right ? byName.compare(a.name, b.name) : left === null ? 1 : -1;
    }
    return sign * (left - right) || byName.compare(a.name, b.name);
  });
}

/**
 * What the table shows as a CSV: one line per roll-up and row, per KPI the raw actual,
 * target, attainment, comparison and rank, and the status in words.
 */
export function networkCsv(
  barometer: Barometer,
  rows: readonly BarometerRow[],
  t: TFunction,
): { header: string[]; rows: CsvCell[][] } {
  const header = [
    t('csv.level'),
    t('csv.id'),
    t('csv.name'),
    t('csv.city'),
    ...barometer.kpis.flatMap((kpi) =>
      [
        'csv.actual',
        'csv.target',
        'csv.attainment',
        'csv.status',
        'csv.comparison',
        'csv.rank',
      ].map((key) => `${kpi.code} ${t(key)}`),
    ),
  ];
  const lines = [...barometer.rollups, ...rows].map((row) => [
    row.level,
    row.id,
    row.name,
    row.city ?? null,
    ...row.cells.flatMap((cell) => [
      cell.actual ?? null,
      cell.target ?? null,
      cell.attainment ?? null,
      statusText(cell.status, t),
      cell.comparison ?? null,
      cell.rank ?? null,
    ]),
  ]);
  return { header, rows: lines };
}
