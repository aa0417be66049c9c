import { html, nothing } from 'lit';

/** True when the text is a full https address (spaces around it aside). */
export function isHttps(text: string): boolean {
  try {
    return new URL(text.trim()).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A web address typed into a panel (a stream's, a video's): its label, the hint below it
 * and the refusal that names it, the text kept as typed. Style it with `fieldStyles`.
 *
 * @example
 * ```ts
 * addressField({ id: 'url', label: t('video.url'), hint: t('video.urlHint'),
 *   value: draft.url, error: this.form.message('url'),
 *   change: (url) => this.form.change({ url }) })
 * ```
 */
export function addressField(options: {
  id: string;
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
  change: (value: string) => void;
}) {
  const { id, error } = options;
  return html`<div class="field">
    <label for=${id}>${options.label}</label>
    <input
      id=${id}
      type="url"
      inputmode="url"
      autocomplete="off"
      placeholder="https://"
      .value=${options.value}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
      @input=${(event: Event) => options.change((event.target as HTMLInputElement).value)}
    />
    <p id="${id}-hint" class="hint">${options.hint}</p>
    ${error ? html`<p id="${id}-error" class="field-error">${error}</p>` : nothing}
  </div>`;
}
