import { css, html, nothing } from 'lit';
import type { TFunction } from 'i18next';
import type { ArticleSummaryFieldsFragment } from '../news-article.fragment.generated.js';
import { formatDeadline } from '@piazza/shared';

type MustReadFields = Pick<
  ArticleSummaryFieldsFragment,
  'mustRead' | 'mustReadBy' | 'acknowledgedAt'
>;

/**
 * A must-read's tag, on its card and its page: "Must read · By Friday, 13:00", or
 * "Acknowledged", in the reader's language (`locale`) whatever the article's. Overdue is
 * said in words, the colour only repeats it.
 */
export function mustReadStatus(
  article: MustReadFields,
  options: { t: TFunction; locale: string; now?: Date },
) {
  if (!article.mustRead) return nothing;
  const { t, locale, now = new Date() } = options;
  if (article.acknowledgedAt) {
    return html`<p class="must-read" lang=${locale}>
      <span class="tag tag--done">✓ ${t('mustRead.acknowledged')}</span>
    </p>`;
  }
  const by = article.mustReadBy;
  if (by === null) {
    return html`<p class="must-read" lang=${locale}>
      <span class="tag">${t('mustRead.tag')}</span>
    </p>`;
  }
  const date = formatDeadline(by, locale, now);
  const overdue = Date.parse(by) < now.getTime();
  return html`<p class="must-read" lang=${locale}>
    <span class="tag">${t('mustRead.tag')}</span>
    ${
      overdue
        ? html`<span class="deadline deadline--overdue">${t('mustRead.overdue', { date })}</span>`
        : html`<span class="deadline">${t('mustRead.due', { date })}</span>`
    }
  </p>`;
}

/** The tag's look, for the elements that show it. */
export const mustReadStatusStyles = css`
  .must-read {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--piazza-space-xs) var(--piazza-space-s);
    margin: 0;
    font-size: var(--piazza-font-size-small);
  }
  .tag {
    padding-block: 0.125rem;
    padding-inline: var(--piazza-space-s);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-primary);
    color: var(--piazza-color-on-primary);
    font-weight: 600;
  }
  .tag--done {
    border: 1px solid var(--piazza-color-border);
    background: var(--piazza-color-surface-sunken);
    color: var(--piazza-color-text-default);
  }
  .deadline {
    font-weight: 600;
  }
  .deadline--overdue {
    color: var(--piazza-color-danger);
  }
`;
