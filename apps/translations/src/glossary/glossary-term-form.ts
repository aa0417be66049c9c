import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import {
  fieldErrorMessage,
  fieldErrorsOf,
  fieldStyles,
  screenStyles,
  type FieldError,
} from '@piazza/shared/screens';
import {
  GlossaryDocument,
  SaveGlossaryTermDocument,
  type GlossaryTermFieldsFragment,
} from './glossary-screen.generated.js';

/** What the form holds while the reviewer types. */
interface TermDraft {
  term: string;
  translation: string;
  forbidden: boolean;
  note: string;
}

const EMPTY: TermDraft = { term: '', translation: '', forbidden: false, note: '' };
/** The fields in the order the form shows them, to focus the first one refused. */
const FIELDS = ['term', 'translation', 'note'] as const;

/** The form ended: a term was saved, or the reviewer stopped changing one. */
export class PiazzaGlossaryFormDoneEvent extends Event {
  constructor() {
    super('piazza-glossary-form-done', { bubbles: true, composed: true });
  }
}

/**
 * Adds a term to a brand's glossary in a locale, or changes one: the English term (or a
 * term not to use), its approved translation (or what to use instead) and a note. What was
 * typed stays when the server refuses it, with the reason next to each field.
 *
 * @fires piazza-glossary-form-done - a term was saved, or the change cancelled
 */
export class PiazzaGlossaryTermForm extends LitElement {
  static override styles = [buttonStyles, screenStyles, fieldStyles];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property() locale = '';
  @property({ attribute: false }) brandId: string | undefined;
  /** The term to change; undefined to add one. */
  @property({ attribute: false }) term: GlossaryTermFieldsFragment | undefined;
  @state() private draft: TermDraft = EMPTY;
  @state() private errors: readonly FieldError[] = [];
  @state() private failure: string | undefined;
  @state() private saved = false;
  @state() private busy = false;

  private readonly l10n = new LocalizeController(this, 'translations');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('term')) {
      const term = this.term;
      this.draft = term ? { ...term, note: term.note ?? '' } : EMPTY;
      this.errors = [];
      this.failure = undefined;
      if (term) this.saved = false;
    }
  }

  override render() {
    const { t } = this.l10n;
    return html`<form class="card" novalidate @submit=${this.submit}>
      <h2>
        ${this.term ? t('glossary.editTitle', { term: this.term.term }) : t('glossary.addTitle')}
      </h2>
      ${this.renderField(
        'term',
        html`<input
          id="term"
          maxlength="100"
          autocomplete="off"
          .value=${this.draft.term}
          aria-invalid=${this.invalid('term')}
          aria-describedby="term-error"
          @input=${this.onInput('term')}
        />`,
      )}
      ${this.renderField(
        'translation',
        html`<input
          id="translation"
          lang=${this.locale}
          maxlength="200"
          autocomplete="off"
          .value=${this.draft.translation}
          aria-invalid=${this.invalid('translation')}
          aria-describedby="translation-error"
          @input=${this.onInput('translation')}
        />`,
      )}
      <label class="choice">
        <input
          id="forbidden"
          type="checkbox"
          .checked=${this.draft.forbidden}
          @change=${(event: Event) => {
            this.change({ forbidden: (event.target as HTMLInputElement).checked });
          }}
        />
        ${t('glossary.forbiddenChoice')}
      </label>
      ${this.renderField(
        'note',
        html`<textarea
          id="note"
          rows="2"
          maxlength="500"
          .value=${this.draft.note}
          aria-invalid=${this.invalid('note')}
          aria-describedby="note-error"
          @input=${this.onInput('note')}
        ></textarea>`,
      )}
      <div role="status">
        ${this.saved ? html`<p class="status">${t('glossary.saved')}</p>` : nothing}
      </div>
      <div role="alert">
        ${
          this.failure
            ? html`<p class="alert">${t([this.failure, 'common:errors.badInput'])}</p>`
            : nothing
        }
      </div>
      <div class="actions">
        <button class="piazza-button piazza-button--primary" ?disabled=${this.busy}>
          ${this.busy ? t('glossary.saving') : t('glossary.save')}
        </button>
        ${
          this.term
            ? html`<button
                type="button"
                class="piazza-button"
                @click=${() => this.dispatchEvent(new PiazzaGlossaryFormDoneEvent())}
              >
                ${t('glossary.cancel')}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  /** A field with its label above and the reason it was refused below, announced. */
  private renderField(name: (typeof FIELDS)[number], control: unknown) {
    const { t } = this.l10n;
    const error = this.errors.find((candidate) => candidate.field === name);
    return html`<div class="field">
      <label for=${name}>${t(`glossary.fields.${name}`)}</label>
      ${control}
      <div id="${name}-error" aria-live="polite">
        ${
          error
            ? html`<p class="field-error">${fieldErrorMessage(t, error, 'glossary.errors')}</p>`
            : nothing
        }
      </div>
    </div>`;
  }

  private invalid(field: string): 'true' | 'false' {
    return this.errors.some((error) => error.field === field) ? 'true' : 'false';
  }

  private onInput(field: 'term' | 'translation' | 'note') {
    return (event: InputEvent) =>
      this.change({ [field]: (event.target as HTMLInputElement | HTMLTextAreaElement).value });
  }

  private change(patch: Partial<TermDraft>): void {
    this.draft = { ...this.draft, ...patch };
    this.saved = false;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.portal?.client;
    if (client === undefined || this.brandId === undefined || this.busy) return;
    this.busy = true;
    this.saved = false;
    this.failure = undefined;
    this.errors = [];
    const { term, translation, forbidden, note } = this.draft;
    try {
      await client.mutate({
        mutation: SaveGlossaryTermDocument,
        variables: {
          input: {
            id: this.term?.id ?? null,
            brandId: this.brandId,
            locale: this.locale,
            term: term.trim(),
            translation: translation.trim(),
            forbidden,
            note: note.trim() || null,
          },
        },
        refetchQueries: [GlossaryDocument],
        awaitRefetchQueries: true,
      });
      this.draft = EMPTY;
      this.saved = true;
      this.dispatchEvent(new PiazzaGlossaryFormDoneEvent());
    } catch (error) {
      this.errors = fieldErrorsOf(error);
      // A refusal the form has no field for (an unknown brand or locale) is said on its own.
      const other = this.errors.find(({ field }) => !(FIELDS as readonly string[]).includes(field));
      this.failure = other
        ? `glossary.errors.${other.field}.${other.reason}`
        : this.errors.length
          ? 'glossary.refused'
          : errorMessageKey(error);
      await this.updateComplete;
      const first = FIELDS.find((field) => this.invalid(field) === 'true');
      if (first) this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
    } finally {
      this.busy = false;
    }
  }
}

defineElement('piazza-glossary-term-form', PiazzaGlossaryTermForm);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-glossary-term-form': PiazzaGlossaryTermForm;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-glossary-form-done': PiazzaGlossaryFormDoneEvent;
  }
}
