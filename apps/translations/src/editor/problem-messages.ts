import type { TFunction } from 'i18next';
import type { TranslationProblem } from '@piazza/shared/screens';

/** A plural category in the translator's words ("few" → "a few (2–4)" in the bundles). */
export function categoryLabel(category: string | null, t: TFunction): string {
  return category === null ? '' : t(`plural.${category}`, { defaultValue: category });
}

/**
 * What a problem means, in the translator's language, with its details: the placeholders
 * to fix, the plural forms missing, the tags refused, the limit, the forbidden term.
 */
export function problemMessage(
  problem: TranslationProblem,
  t: TFunction,
  language: string,
): string {
  const details =
    problem.code === 'PLURAL_FORMS'
      ? problem.details.map((category) => categoryLabel(category, t))
      : problem.details;
  return t(`problems.${problem.code}`, {
    details: new Intl.ListFormat(language, { type: 'unit' }).format(details),
    count: problem.details.length,
    limit: problem.details[0] ?? '',
  });
}
