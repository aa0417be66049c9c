import type { TranslationOverviewQuery } from './translation-overview.generated.js';

export type Completion = TranslationOverviewQuery['translationOverview'][number];

/** The share of a namespace translated, 0 to 1 (an empty namespace counts as done). */
export function translatedShare(row: Pick<Completion, 'translated' | 'total'>): number {
  return row.total === 0 ? 1 : row.translated / row.total;
}

/** The rows grouped by locale, in the order the server lists them (its picker's order). */
export function byLocale(rows: readonly Completion[]): Map<string, Completion[]> {
  const groups = new Map<string, Completion[]>();
  for (const row of rows) groups.set(row.locale, [...(groups.get(row.locale) ?? []), row]);
  return groups;
}
