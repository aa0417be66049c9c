import type { TFunction } from 'i18next';
import type { ArticleReachQuery, ReachGroupFieldsFragment } from './article-reach.generated.js';
import { csvSeparator, toCsv, type CsvCell } from '@piazza/shared/screens';

export type Reach = ArticleReachQuery['articleReach'];
export type ReachGroup = ReachGroupFieldsFragment;

/** The share of the audience a count is, 0 to 1 (0 for an empty audience). */
export function share(count: number, audience: number): number {
  return audience === 0 ? 0 : count / audience;
}

/** A share as a whole percentage, for files that a spreadsheet in any language reads. */
const percent = (count: number, audience: number) => Math.round(share(count, audience) * 100);

/**
 * The CSV an editor downloads for a must-read: who has not acknowledged it yet (name, job,
 * dealer, city), then the reach of every dealer, headed in the editor's language.
 */
export function reachCsv(reach: Reach, t: TFunction, locale: string): string {
  const rows: CsvCell[][] = [
    [t('reach.notAcknowledged.title')],
    [
      t('reach.columns.person'),
      t('reach.columns.job'),
      t('reach.columns.dealer'),
      t('reach.columns.city'),
    ],
    ...reach.notAcknowledged.map((person) => [
      person.displayName,
      t(`common:jobs.${person.job}`),
      person.dealer?.name ?? '',
      person.dealer?.city ?? '',
    ]),
    [],
    [t('reach.byDealer')],
    [
      t('reach.columns.dealer'),
      t('reach.columns.audience'),
      t('reach.columns.opened'),
      t('reach.columns.openedShare'),
      t('reach.columns.acknowledged'),
      t('reach.columns.acknowledgedShare'),
    ],
    ...reach.byDealer.map((group) => [
      group.name,
      group.audience,
      group.opened,
      percent(group.opened, group.audience),
      group.acknowledged,
      percent(group.acknowledged, group.audience),
    ]),
  ];
  return toCsv(rows, csvSeparator(locale));
}

/** `reach-<article id>-<yyyy-mm-dd>.csv`, the date of the download in the editor's time zone. */
export function reachFileName(articleId: string, date: Date): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `reach-${articleId}-${day}.csv`;
}
