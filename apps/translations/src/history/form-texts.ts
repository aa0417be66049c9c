import { html } from 'lit';
import type { TFunction } from 'i18next';
import { categoryLabel } from '../editor/problem-messages.js';

/** A form's text as the history and the review list it: a plain string has no category. */
export interface FormText {
  category: string | null;
  text: string | null | undefined;
}

/**
 * The texts of a string's forms in the locale's language, each plural form named by its
 * category in words ("few"), an absent text said as such rather than left blank.
 */
export function formTexts(t: TFunction, options: { forms: readonly FormText[]; lang: string }) {
  const { forms, lang } = options;
  const text = (value: string | null | undefined) =>
    value
      ? html`<span lang=${lang}>${value}</span>`
      : html`<span class="muted">${t('history.noText')}</span>`;
  const [only] = forms;
  if (forms.length === 1 && only!.category === null)
    return html`<p class="forms">${text(only!.text)}</p>`;
  return html`<dl class="forms">
    ${forms.map(
      ({ category, text: value }) =>
        html`<dt>${categoryLabel(category, t)}</dt>
          <dd>${text(value)}</dd>`,
    )}
  </dl>`;
}
