import type { TFunction } from 'i18next';
import { parseBarometerPeriod } from '../../../../shared/src/barometers/periods.js';

/**
 * A period as people say it, in their language: "Oktober 2026", "T3 2026"; a short form
 * ("Okt. 26") for the axes of charts and the headings of narrow columns.
 */
export function periodLabel(
  period: string,
  locale: string,
  t: TFunction,
  length: 'long' | 'short' = 'long',
): string {
  const parsed = parseBarometerPeriod(period);
  if (!parsed) return period;
  if (parsed.kind === 'QUARTER') {
    return t('period.quarter', { quarter: parsed.index, year: parsed.year });
  }
  return new Intl.DateTimeFormat(locale, {
    month: length === 'long' ? 'long' : 'short',
    year: length === 'long' ? 'numeric' : '2-digit',
    timeZone: 'UTC',
  }).format(Date.UTC(parsed.year, parsed.index - 1, 1));
}
