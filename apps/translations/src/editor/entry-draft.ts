import { checkTranslation, type TranslationProblem } from '@piazza/shared/screens';
import type { TranslationFormInput } from '@piazza/shared/graphql';
import type { TranslationEntryFieldsFragment } from './translation-entry.fragment.generated.js';

/** The texts being typed, by plural category ('' for a plain string). */
export type DraftTexts = Record<string, string>;

/** A form's category as translation-rules.ts names it: '' for a plain string. */
export const categoryKey = (category: string | null): string => category ?? '';

/** The entry's working texts, an empty text where it has none. */
export function textsOf(entry: TranslationEntryFieldsFragment): DraftTexts {
  return Object.fromEntries(entry.forms.map((f) => [categoryKey(f.category), f.value ?? '']));
}

/** The problems of the typed texts, checked as the server checks them when saving. */
export function draftProblems(
  entry: TranslationEntryFieldsFragment,
  texts: DraftTexts,
): TranslationProblem[] {
  return checkTranslation({
    locale: entry.locale,
    source: Object.fromEntries(entry.forms.map((f) => [categoryKey(f.category), f.source])),
    forms: texts,
    ...(entry.maxLength !== null && { maxLength: entry.maxLength }),
    forbiddenTerms: entry.glossaryHits.filter((hit) => hit.forbidden).map((hit) => hit.term),
  });
}

/** The typed texts as saveTranslation takes them, in the entry's order of forms. */
export function formsInput(
  entry: TranslationEntryFieldsFragment,
  texts: DraftTexts,
): TranslationFormInput[] {
  return entry.forms.map((form) => ({
    category: form.category,
    value: texts[categoryKey(form.category)] ?? '',
  }));
}

/** Whether the typed texts differ from the entry's working texts. */
export function isChanged(entry: TranslationEntryFieldsFragment, texts: DraftTexts): boolean {
  const saved = textsOf(entry);
  return Object.keys(saved).some((category) => saved[category] !== texts[category]);
}
