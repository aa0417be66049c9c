import { html, nothing } from 'lit';
import type { TFunction } from 'i18next';
import { errorMessageKey } from '@piazza/shared';

/** Grey rows where a list will appear, announced as busy with what is loading. */
export function loadingRows(label: string, rows = 3) {
  return html`<ul class="loading" aria-busy="true" aria-label=${label}>
    ${Array.from({ length: rows }, () => html`<li class="skeleton"></li>`)}
  </ul>`;
}

/** The shared error panel: what could not load, why in plain words, and a retry. */
export function errorPanel(options: {
  heading: string;
  error: unknown;
  t: TFunction;
  retry: () => void;
}) {
  const { heading, error, t, retry } = options;
  return html`<piazza-error-panel
    heading=${heading}
    message=${t(errorMessageKey(error))}
    retry-label=${t('common:actions.retry')}
    @piazza-retry=${retry}
  ></piazza-error-panel>`;
}

/**
 * A live region that stays in the page, so that what it says later is announced: a
 * confirmation (`status`) or an error (`alert`), shown only while there is one.
 */
export function liveMessage(role: 'status' | 'alert', text: string | undefined, id?: string) {
  return html`<div role=${role} id=${id ?? nothing}>
    ${text ? html`<p class=${role}>${text}</p>` : nothing}
  </div>`;
}
