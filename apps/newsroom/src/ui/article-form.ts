import { fieldErrorMessage, fieldErrorsOf, type FieldError } from '@piazza/shared/screens';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { TFunction } from 'i18next';
import { formFailureMessage } from './field-errors.js';

/**
 * The state of a panel that edits one part of an article and saves it on its own: the
 * values the editor typed (kept whatever happens), the fields refused and why, and the
 * save's progress. A newer saved article replaces the values only when nothing typed
 * would be lost.
 *
 * @example
 * ```ts
 * private readonly form = new ArticleFormController<TopicsDraft>(this, {
 *   fields: ['tags'],
 *   t: () => this.l10n.t,
 * });
 * willUpdate() { this.form.sync(this.article.updatedAt, () => topicsOf(this.article)); }
 * submit() {
 *   return this.form.save({ check: checkTopics, send: (draft) => client.mutate(…) });
 * }
 * ```
 */
export class ArticleFormController<D extends object> {
  /** What the form shows: the saved values, then what the editor typed. */
  draft: D | undefined;
  /** The fields refused, by the form's own checks or by the server. */
  errors: readonly FieldError[] = [];
  /** What went wrong with the last save, above its button; '' when nothing did. */
  failure = '';
  saving = false;
  saved = false;

  private readonly host: ReactiveControllerHost;
  private readonly fields: readonly string[];
  private readonly t: () => TFunction;
  private readonly wordsOf: string | undefined;
  private dirty = false;
  private syncedWith: string | undefined;

  /**
   * `fields`: those the panel shows a refusal next to; a refusal of another is said in full.
   * `wordsOf`: where the panel's own words for its refusals are (see `fieldErrorMessage`).
   */
  constructor(
    host: ReactiveControllerHost,
    options: { fields: readonly string[]; t: () => TFunction; wordsOf?: string },
  ) {
    this.host = host;
    this.fields = options.fields;
    this.t = options.t;
    this.wordsOf = options.wordsOf;
  }

  /**
   * Takes the saved values when they are of a new `version` (the article's `updatedAt`)
   * and nothing typed would be lost. Call it before every render; true when it took them.
   */
  sync(version: string, saved: () => D): boolean {
    if (this.dirty || version === this.syncedWith) return false;
    this.syncedWith = version;
    this.draft = saved();
    return true;
  }

  /** The editor changed some values: a refusal of those fields no longer holds. */
  change(values: Partial<D>, fields: readonly string[] = Object.keys(values)): void {
    this.draft = { ...this.draft!, ...values };
    this.dirty = true;
    this.saved = false;
    this.errors = this.errors.filter((error) => !fields.includes(error.field));
    this.host.requestUpdate();
  }

  /** The message for the first refusal of one of `fields`, or undefined. */
  message(...fields: string[]): string | undefined {
    const error = this.errors.find((candidate) => fields.includes(candidate.field));
    return error ? fieldErrorMessage(this.t(), error, this.wordsOf) : undefined;
  }

  /**
   * Checks the values (the server's rules, said at once), then sends them; on any failure
   * the values stay as typed, with the refused fields marked. True when it was saved.
   */
  async save(options: {
    check?: (draft: D) => FieldError[];
    send: (draft: D) => Promise<unknown>;
  }): Promise<boolean> {
    const draft = this.draft;
    if (!draft || this.saving) return false;
    this.failure = '';
    this.saved = false;
    this.errors = options.check?.(draft) ?? [];
    if (this.errors.length > 0) {
      this.host.requestUpdate();
      return false;
    }
    this.saving = true;
    this.host.requestUpdate();
    try {
      await options.send(draft);
      // The saved article (its values as the server keeps them) shows at the next render.
      if (this.draft === draft) this.dirty = false;
      this.saved = true;
      return true;
    } catch (error) {
      this.errors = fieldErrorsOf(error);
      this.failure = formFailureMessage(this.t(), error, this.fields);
      return false;
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }

  /**
   * The end of the form: why the last save failed, the save button (with `extra` actions
   * beside it) and "Saved." once it is.
   */
  renderFooter(options: { label: string; disabled?: boolean; extra?: unknown }) {
    const t = this.t();
    return html`<div role="alert">
        ${this.failure ? html`<p class="alert">${this.failure}</p>` : nothing}
      </div>
      <div class="actions">
        <button
          class="piazza-button piazza-button--primary"
          ?disabled=${options.disabled || this.saving}
        >
          ${this.saving ? t('editor.saving') : options.label}
        </button>
        ${options.extra ?? nothing}
        <p class="muted" role="status">${this.saved ? t('save.saved') : nothing}</p>
      </div>`;
  }
}
