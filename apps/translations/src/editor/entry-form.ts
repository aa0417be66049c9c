import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  languageName,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import {
  fieldErrorMessage,
  fieldErrorsOf,
  fieldStyles,
  screenStyles,
  type TranslationProblem,
} from '@piazza/shared/screens';
import {
  SaveTranslationDocument,
  SubmitTranslationsDocument,
} from './translation-editor.generated.js';
import type { TranslationEntryFieldsFragment } from './translation-entry.fragment.generated.js';
import {
  categoryKey,
  draftProblems,
  formsInput,
  isChanged,
  textsOf,
  type DraftTexts,
} from './entry-draft.js';
import { categoryLabel, problemMessage } from './problem-messages.js';

/** Fired after a save; `advance`: the translator asked to go on to the next entry. */
export class PiazzaTranslationSavedEvent extends Event {
  constructor(readonly advance: boolean) {
    super('piazza-translation-saved', { bubbles: true, composed: true });
  }
}

/**
 * One string's texts: the English source beside a field per plural form of the locale,
 * checked while the translator types (the same rules as the server's), saved as a draft
 * whatever its problems (Ctrl+Enter saves and goes on), sent for review once it has none.
 *
 * @fires piazza-translation-saved
 */
export class PiazzaTranslationEntryForm extends LitElement {
  static override styles = [
    screenStyles,
    fieldStyles,
    buttonStyles,
    css`
      .form {
        display: grid;
        gap: var(--piazza-space-m);
      }
      .pair {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: var(--piazza-space-m);
        align-items: start;
      }
      @media (max-width: 40rem) {
        .pair {
          grid-template-columns: 1fr;
        }
      }
      .source {
        margin: 0;
        padding: var(--piazza-space-s) var(--piazza-space-m);
        border-radius: var(--piazza-radius);
        background: var(--piazza-color-surface-sunken);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .problems {
        margin: 0;
        padding-inline-start: var(--piazza-space-l);
        color: var(--piazza-color-danger);
        font-weight: 600;
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property({ attribute: false }) entry!: TranslationEntryFieldsFragment;

  /** The texts as typed, by category; kept whatever happens to a save. */
  @state() private texts: DraftTexts = {};
  @state() private busy = false;
  /** The translator typed or tried to save since the entry opened. */
  @state() private touched = false;
  /** What the last save or sending said: a failure's reason, or that it went well. */
  @state() private outcome: { kind: 'error' | 'done'; message: string } | undefined;
  @query('textarea') private firstField?: HTMLTextAreaElement;
  private readonly l10n = new LocalizeController(this, 'translations');

  /** Puts a suggestion's texts in the fields (to be saved like typed ones). */
  useTexts(forms: readonly { category: string | null; value: string }[]): void {
    const known = new Set(this.entry.forms.map((form) => categoryKey(form.category)));
    const chosen = forms.filter((form) => known.has(categoryKey(form.category)));
    this.touched = true;
    this.texts = {
      ...this.texts,
      ...Object.fromEntries(chosen.map((form) => [categoryKey(form.category), form.value])),
    };
    this.focusFirstField();
  }

  /** Puts the cursor in the first text, where the translator types. */
  focusFirstField(): void {
    this.firstField?.focus();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const previous = changed.get('entry') as TranslationEntryFieldsFragment | undefined;
    if (changed.has('entry') && previous?.id !== this.entry.id) {
      this.texts = textsOf(this.entry);
      this.touched = false;
      this.outcome = undefined;
    }
  }

  override render() {
    const { t } = this.l10n;
    // An empty field is no news before the translator writes in it or saves.
    const problems = draftProblems(this.entry, this.texts).filter(
      (problem) => this.touched || problem.code !== 'EMPTY',
    );
    const general = problems.filter((problem) => problem.category === null);
    return html`<div class="form" @keydown=${this.onKeyDown}>
      ${this.entry.forms.map((form) =>
        this.renderForm(
          form,
          problems.filter((p) => p.category === form.category),
        ),
      )}
      ${this.entry.plural ? this.renderProblems('entry-problems', general) : nothing}
      ${
        this.outcome
          ? html`<p class=${this.outcome.kind === 'error' ? 'alert' : 'status'} role="status">
              ${this.outcome.message}
            </p>`
          : nothing
      }
      <div class="actions">
        <button
          class="piazza-button piazza-button--primary"
          ?disabled=${this.busy}
          @click=${() => this.save(false)}
        >
          ${t('editor.save')}
        </button>
        <button class="piazza-button" ?disabled=${this.busy} @click=${this.submit}>
          ${t('editor.submit')}
        </button>
        <span class="muted">${t('editor.shortcuts')}</span>
      </div>
    </div>`;
  }

  private renderForm(
    form: TranslationEntryFieldsFragment['forms'][number],
    problems: readonly TranslationProblem[],
  ) {
    const { t, language } = this.l10n;
    const category = categoryKey(form.category);
    const id = `text-${category || 'plain'}`;
    const text = this.texts[category] ?? '';
    const suffix = form.category === null ? '' : ` (${categoryLabel(form.category, t)})`;
    const describedBy = [`${id}-count`, `${id}-problems`].join(' ');
    return html`<div class="pair">
      <div class="field">
        <span id="${id}-source-label">${languageName('en', language)}${suffix}</span>
        <p class="source" aria-labelledby="${id}-source-label" lang="en">${form.source}</p>
      </div>
      <div class="field">
        <label for=${id}>${languageName(this.entry.locale, language)}${suffix}</label>
        <textarea
          id=${id}
          lang=${this.entry.locale}
          rows="3"
          .value=${text}
          aria-invalid=${problems.length > 0 ? 'true' : 'false'}
          aria-describedby=${describedBy}
          @input=${(event: InputEvent) => {
            this.touched = true;
            this.texts = { ...this.texts, [category]: (event.target as HTMLTextAreaElement).value };
          }}
        ></textarea>
        <p class="hint" id="${id}-count">
          ${
            this.entry.maxLength === null
              ? t('editor.characters', { count: [...text].length })
              : t('editor.charactersOfLimit', {
                  count: [...text].length,
                  limit: this.entry.maxLength,
                })
          }
        </p>
        ${this.renderProblems(`${id}-problems`, problems)}
      </div>
    </div>`;
  }

  private renderProblems(id: string, problems: readonly TranslationProblem[]) {
    const { t, language } = this.l10n;
    return html`<ul class="problems" id=${id} aria-live="polite">
      ${problems.map((problem) => html`<li>${problemMessage(problem, t, language)}</li>`)}
    </ul>`;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.save(true);
    }
  };

  /** Saves the typed texts as a draft; says why when it fails, keeping them. */
  private async save(advance: boolean): Promise<boolean> {
    const { t } = this.l10n;
    const client = this.portal?.client;
    if (!client || this.busy) return false;
    this.busy = true;
    this.touched = true;
    try {
      if (isChanged(this.entry, this.texts) || this.entry.status === 'MISSING') {
        const { locale, namespace, key } = this.entry;
        await client.mutate({
          mutation: SaveTranslationDocument,
          variables: {
            input: { locale, namespace, key, forms: formsInput(this.entry, this.texts) },
          },
        });
      }
      this.outcome = { kind: 'done', message: t('editor.saved') };
      this.dispatchEvent(new PiazzaTranslationSavedEvent(advance));
      return true;
    } catch (error) {
      this.outcome = { kind: 'error', message: this.failure(error) };
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Sends the entry for review, saving it first; refused while it has problems. */
  private readonly submit = async (): Promise<void> => {
    const { t } = this.l10n;
    this.touched = true;
    if (draftProblems(this.entry, this.texts).length > 0) {
      this.outcome = { kind: 'error', message: t('editor.fixBeforeSubmit') };
      return;
    }
    const client = this.portal?.client;
    if (!client || !(await this.save(false))) return;
    this.busy = true;
    try {
      const { locale, namespace, key } = this.entry;
      await client.mutate({
        mutation: SubmitTranslationsDocument,
        variables: { locale, namespace, keys: [key] },
      });
      this.outcome = { kind: 'done', message: t('editor.submitted') };
    } catch (error) {
      this.outcome = { kind: 'error', message: this.failure(error) };
    } finally {
      this.busy = false;
    }
  };

  private failure(error: unknown): string {
    const { t } = this.l10n;
    const [refused] = fieldErrorsOf(error);
    return refused
      ? fieldErrorMessage(t, { field: refused.field.replace(/\.\d+$/, ''), reason: refused.reason })
      : t(errorMessageKey(error));
  }
}

defineElement('piazza-translation-entry-form', PiazzaTranslationEntryForm);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-translation-entry-form': PiazzaTranslationEntryForm;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-translation-saved': PiazzaTranslationSavedEvent;
  }
}
