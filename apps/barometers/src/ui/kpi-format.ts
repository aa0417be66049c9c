import type { TFunction } from 'i18next';
import type { KpiStatus, KpiUnit } from '@piazza/shared/graphql';

/** What formatting a KPI's value needs to know about the KPI. */
export interface KpiUnitInfo {
  unit: KpiUnit;
  currency?: string | null;
}

/**
 * How a row's cell of a KPI counts: in a group's view each country's amounts are in its own
 * currency, named by the cell.
 */
export const cellUnit = (kpi: KpiUnitInfo, cell: { currency?: string | null }): KpiUnitInfo => ({
  unit: kpi.unit,
  currency: cell.currency ?? kpi.currency ?? null,
});

/** Shown for a value that was not measured, a target not set, a rate without a base. */
export const NO_VALUE = '–';

function numberFormat(
  kpi: KpiUnitInfo,
  locale: string,
  extra: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const format = (options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale, { ...options, ...extra });
  switch (kpi.unit) {
    case 'CURRENCY':
      // Without its currency (never expected) an amount is shown as a bare number, not as
      // euros it may not be.
      return format(
        kpi.currency
          ? { style: 'currency', currency: kpi.currency, maximumFractionDigits: 0 }
          : { maximumFractionDigits: 0 },
      );
    case 'PERCENT':
      return format({ style: 'percent', maximumFractionDigits: 1 });
    case 'HOURS':
      return format({
        style: 'unit',
        unit: 'hour',
        unitDisplay: 'short',
        maximumFractionDigits: 0,
      });
    case 'MINUTES':
      return format({
        style: 'unit',
        unit: 'minute',
        unitDisplay: 'short',
        maximumFractionDigits: 0,
      });
    case 'SCORE':
      return format({ maximumFractionDigits: 1 });
    case 'COUNT':
      return format({ maximumFractionDigits: 0 });
  }
}

/** A KPI's value in its unit, per locale: "€1,234", "12.5%", "38 min", "–" when missing. */
export function formatKpiValue(
  value: number | null | undefined,
  kpi: KpiUnitInfo,
  locale: string,
): string {
  return value === null || value === undefined ? NO_VALUE : numberFormat(kpi, locale).format(value);
}

/** How far a target is reached, as a whole percentage ("87%"); "–" without one. */
export function formatAttainment(attainment: number | null | undefined, locale: string): string {
  if (attainment === null || attainment === undefined) return NO_VALUE;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    attainment,
  );
}

/**
 * How far an actual reaches its target, 1 or more being good whatever the KPI's direction
 * (the server's `KpiCell.attainment`): for rows the server gives without one.
 */
export function attainmentOf(
  { actual, target }: { actual?: number | null; target?: number | null },
  higherIsBetter: boolean,
): number | null {
  if (actual === null || actual === undefined || target === null || target === undefined)
    return null;
  const [part, whole] = higherIsBetter ? [actual, target] : [target, actual];
  return whole === 0 ? null : part / whole;
}

/** A share of a whole ("92%"), or "–" when there is no whole to share (0 expected). */
export function formatRate(part: number, whole: number, locale: string): string {
  return whole === 0 ? NO_VALUE : formatAttainment(part / whole, locale);
}

/** Each status as a symbol, so that it never rests on colour alone. */
export const STATUS_SYMBOL: Readonly<Record<KpiStatus, string>> = {
  MET: '✓',
  NEAR: '≈',
  MISSED: '✗',
  NO_DATA: '–',
};

/** The status in words: "Target met", "Near the target"… */
export function statusLabel(status: KpiStatus, t: TFunction): string {
  return t(`barometers:status.${status}`);
}

/** The symbol and the words, e.g. "✓ Target met": what a table cell and a CSV show. */
export function statusText(status: KpiStatus, t: TFunction): string {
  return `${STATUS_SYMBOL[status]} ${statusLabel(status, t)}`;
}

/** A change against the comparison period with its sign and an arrow: "▲ +12", "▼ −3.5%". */
export function formatDelta(
  actual: number | null | undefined,
  comparison: number | null | undefined,
  kpi: KpiUnitInfo,
  locale: string,
): string {
  if (actual === null || actual === undefined || comparison === null || comparison === undefined) {
    return NO_VALUE;
  }
  const delta = actual - comparison;
  const arrow = delta > 0 ? '▲' : delta < 0 ? '▼' : '=';
  const signed = numberFormat(kpi, locale, { signDisplay: 'exceptZero' });
  return `${arrow} ${signed.format(delta)}`;
}
