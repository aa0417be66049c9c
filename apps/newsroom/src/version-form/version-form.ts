import {
  fieldErrorsOf,
  messageFor,
  type FieldError,
  fieldStyles,
  screenStyles,
} from '@piazza/shared/screens';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  formatDate,
  languageName,
} from '@piazza/shared';
import '../rich-text/rich-text-editor.js';
import { formFailureMessage } from '../ui/field-errors.js';

export const MAX_TITLE = 140;
export const MAX_SUMMARY = 300;
export const MAX_IMAGE_ALT = 300;

/** The words of some HTML, for telling an empty text from a written one. */
function textOf(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() ?? '';
}

/** What an editor writes for one language. */
export interface VersionValues {
  title: string;
  summary: string;
  bodyHtml: string;
  imageAlt: string;
}

/** A saved version as the server gives it. */
export interface SavedVersion {
  title: string;
  summary: string;
  bodyHtml: string;
  imageAlt: string | null;
  updatedAt: string;
}

const EMPTY: VersionValues = { title: '', summary: '', bodyHtml: '', imageAlt: '' };

/** The same rules as the server, checked first so the editor hears of them at once. */
export function checkVersion(values: VersionValues): FieldError[] {
  const errors: FieldError[] = [];
  const title = values.title.trim();
  if (title === '') errors.push({ field: 'title', reason: 'REQUIRED' });
  else if (title.length > MAX_TITLE) errors.push({ field: 'title', reason: 'TOO_LONG' });
  if (values.summary.trim().length > MAX_SUMMARY) {
    errors.push({ field: 'summary', reason: 'TOO_LONG' });
  }
  if (values.imageAlt.trim().length > MAX_IMAGE_ALT) {
    errors.push({ field: 'imageAlt', reason: 'TOO_LONG' });
  }
  if (textOf(values.bodyHtml) === '') errors.push({ field: 'bodyHtml', reason: 'REQUIRED' });
  return errors;
}

const FIELDS = ['title', 'summary', 'imageAlt', 'bodyHtml'];

/** The form's values of a saved version: exactly the input's fields, nothing the server added. */
function valuesOf(version: SavedVersion | undefined): VersionValues {
  if (!version) return EMPTY;
  const { title, summary, bodyHtml, imageAlt } = version;
  return { title, summary, bodyHtml, imageAlt: imageAlt ?? '' };
}

/**
 * One language version of an article: title, summary, picture description and the text
 * (formatted, with Tiptap). Saving calls `save`; what the editor typed stays in the form
 * whatever happens: a refused field is named next to it, in their language, and a failed
 * request says so and keeps everything for another try.
 */
export class PiazzaNewsroomVersionForm extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    css`
      form {
        display: grid;
        gap: var(--piazza-space-m);
      }
      .count {
        margin: 0;
        color: var(--piazza-color-text-muted);
      }
      .saved {
        margin: 0;
        color: var(--piazza-color-text-muted);
      }
    `,
  ];

  /** The language this form writes, e.g. 'it'. */
  @property() locale = '';
  /** The saved version, or undefined for a language not written yet. */
  @property({ attribute: false }) version: SavedVersion | undefined;
  /** Writes the values; throws what the request failed with. */
  @property({ attribute: false }) save: ((values: VersionValues) => Promise<void>) | undefined;
  /** The text of the save button. */
  @property({ attribute: 'save-label' }) saveLabel = '';
  /** The form cannot be saved (an archived article). */
  @property({ type: Boolean }) readonly = false;

  @state() private values: VersionValues = EMPTY;
  @state() private errors: FieldError[] = [];
  @state() private failure = '';
  @state() private saving = false;
  @state() private savedAt: string | undefined;
  /** True once the editor changed something not saved yet. */
  private dirty = false;

  private readonly l10n = new LocalizeController(this, 'newsroom');

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A newer saved version (ours, or a colleague's) replaces the form only when nothing
    // typed would be lost.
    if ((changed.has('version') || changed.has('locale')) && !this.dirty) {
      this.values = valuesOf(this.version);
      this.errors = [];
    }
  }

  override render() {
    const { t, language } = this.l10n;
    const { values } = this;
    const name = languageName(this.locale, language);
    const error = (field: string) => messageFor(t, this.errors, field);
    return html`<form novalidate @submit=${this.submit} @input=${this.onInput}>
      ${this.textField({
        field: 'title',
        label: t('editor.fields.title'),
        count: { value: values.title.trim().length, max: MAX_TITLE },
        error: error('title'),
      })}
      ${this.textField({
        field: 'summary',
        label: t('editor.fields.summary'),
        multiline: true,
        count: { value: values.summary.length, max: MAX_SUMMARY },
        error: error('summary'),
      })}
      ${this.textField({
        field: 'imageAlt',
        label: t('editor.fields.imageAlt'),
        hint: t('editor.fields.imageAltHint'),
        error: error('imageAlt'),
      })}
      <div class="field">
        <span class="label" aria-hidden="true"><strong>${t('editor.fields.body')}</strong></span>
        <piazza-newsroom-rich-text
          name="bodyHtml"
          text-lang=${this.locale}
          .value=${values.bodyHtml}
          label=${t('editor.fields.bodyLabel', { language: name })}
          error=${error('bodyHtml') ?? ''}
        ></piazza-newsroom-rich-text>
      </div>
      <div role="alert">${this.failure ? html`<p class="alert">${this.failure}</p>` : nothing}</div>
      <div class="actions">
        <button
          class="piazza-button piazza-button--primary"
          ?disabled=${this.saving || this.readonly}
        >
          ${this.saving ? t('editor.saving') : this.saveLabel}
        </button>
        <p class="saved" role="status">
          ${
            this.savedAt
              ? t('editor.savedAt', { time: formatDate(this.savedAt, language) })
              : this.version
                ? t('editor.lastSaved', { time: formatDate(this.version.updatedAt, language) })
                : nothing
          }
        </p>
      </div>
    </form>`;
  }

  private textField(options: {
    field: keyof VersionValues;
    label: string;
    hint?: string;
    multiline?: boolean;
    count?: { value: number; max: number };
    error: string | undefined;
  }) {
    const { field, label, hint, multiline, count, error } = options;
    const described = [
      hint && `${field}-hint`,
      count && `${field}-count`,
      error && `${field}-error`,
    ]
      .filter(Boolean)
      .join(' ');
    const attributes = {
      id: field,
      name: field,
      lang: this.locale,
      'aria-invalid': error ? 'true' : 'false',
      'aria-describedby': described || undefined,
    };
    const value = this.values[field];
    return html`<div class="field">
      <label for=${field}>${label}</label>
      ${
        multiline
          ? html`<textarea
              id=${attributes.id}
              name=${attributes.name}
              lang=${attributes.lang}
              rows="3"
              aria-invalid=${attributes['aria-invalid']}
              aria-describedby=${attributes['aria-describedby'] ?? nothing}
              .value=${value}
            ></textarea>`
          : html`<input
              id=${attributes.id}
              name=${attributes.name}
              lang=${attributes.lang}
              autocomplete="off"
              aria-invalid=${attributes['aria-invalid']}
              aria-describedby=${attributes['aria-describedby'] ?? nothing}
              .value=${value}
            />`
      }
      ${hint ? html`<p id="${field}-hint" class="hint">${hint}</p>` : nothing}
      ${
        count
          ? html`<p id="${field}-count" class="count">
              ${this.l10n.t('editor.fields.length', { length: count.value, max: count.max })}
            </p>`
          : nothing
      }
      ${error ? html`<p id="${field}-error" class="field-error">${error}</p>` : nothing}
    </div>`;
  }

  /** Native fields and the text (whose element fires `input` with its HTML as `value`). */
  private readonly onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const field = target.getAttribute('name') as keyof VersionValues | null;
    if (!field || !FIELDS.includes(field) || this.values[field] === target.value) return;
    this.dirty = true;
    this.values = { ...this.values, [field]: target.value };
    this.errors = this.errors.filter((error) => error.field !== field);
  };

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.save || this.saving) return;
    this.failure = '';
    this.errors = checkVersion(this.values);
    if (this.errors.length > 0) {
      this.focusField(this.errors[0]!.field);
      return;
    }
    const sent = this.values;
    this.saving = true;
    try {
      await this.save(sent);
      if (this.values === sent) this.dirty = false;
      this.savedAt = new Date().toISOString();
    } catch (error) {
      this.errors = fieldErrorsOf(error).filter((e) => FIELDS.includes(e.field));
      this.failure = formFailureMessage(this.l10n.t, error, FIELDS);
      if (this.errors.length > 0) this.focusField(this.errors[0]!.field);
    } finally {
      this.saving = false;
    }
  }

  private focusField(field: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[name="${field}"]`)?.focus(),
    );
  }
}

defineElement('piazza-newsroom-version-form', PiazzaNewsroomVersionForm);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-version-form': PiazzaNewsroomVersionForm;
  }
}
