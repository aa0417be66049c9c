import { html } from 'lit';
import type { TFunction } from 'i18next';
import { countryName as nameOf } from '@piazza/shared';
import type { ArticleCategory } from '@piazza/shared/graphql';

/** A country's name in the editor's language ("Włochy"), the server's English one else. */
export function countryName(country: { code: string; name: string }, locale: string): string {
  return nameOf(country.code, locale, country.name);
}

/** A count as the editor writes numbers: "1,234", "1 234", "1.234". */
export function formatCount(count: number, locale: string): string {
  return count.toLocaleString(locale);
}

/** The categories an article is filed under, in the order the portal lists them. */
export const CATEGORIES: readonly ArticleCategory[] = [
  'PRODUCTS',
  'SALES',
  'AFTER_SALES',
  'TRAINING',
  'NETWORK',
  'COMPANY',
];

/** The options of a category choice, named in the editor's language, `selected` chosen. */
export function categoryOptions(t: TFunction, selected: ArticleCategory) {
  return CATEGORIES.map(
    (category) =>
      html`<option value=${category} ?selected=${category === selected}>
        ${t(`common:categories.${category}`)}
      </option>`,
  );
}
