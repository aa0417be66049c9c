import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  languageName,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { fieldErrorsOf, fieldStyles, screenStyles, type FieldError } from '@piazza/shared/screens';
import type { PulseQuestionKind } from '@piazza/shared/graphql';
import {
  PulseEditorOptionsDocument,
  SavePulseSurveyDocument,
  type PulseSurveyFieldsFragment,
} from './pulse-survey.generated.js';
import type { PulseAudienceChangeEvent } from './pulse-audience.js';
import {
  MAX_OPTIONS,
  MAX_QUESTIONS,
  QUESTION_KINDS,
  emptyDraft,
  draftOf,
  errorsAt,
  fieldErrorLine,
  newQuestion,
  surveyErrorMessage,
  surveyInput,
  type QuestionDraft,
  type SurveyDraft,
} from './survey-draft.js';
import './pulse-audience.js';

/** A draft was saved: the survey as the server now holds it. */
export class PulseSurveySavedEvent extends Event {
  constructor(readonly survey: PulseSurveyFieldsFragment) {
    super('pulse-survey-saved', { bubbles: true, composed: true });
  }
}

/**
 * The editor of a pulse survey's draft: title, language, one to five questions (a 1–5
 * scale, a choice among options, or free text) and the audience (countries, regions,
 * dealers, jobs) with how many people it reaches once saved. What the author typed stays
 * when the server refuses it, and each refusal is said next to its field.
 *
 * @fires pulse-survey-saved - the draft was saved
 */
export class PiazzaPulseEditor extends LitElement {
  static override styles = [
    screenStyles,
    fieldStyles,
    buttonStyles,
    css`
      form {
        display: grid;
        gap: var(--piazza-space-l);
      }
      fieldset {
        gap: var(--piazza-space-s);
      }
      .question {
        border-color: var(--piazza-color-text-muted);
      }
      .option {
        display: flex;
        gap: var(--piazza-space-s);
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  /** The draft to change; undefined for a new survey. */
  @property({ attribute: false }) survey: PulseSurveyFieldsFragment | undefined;
  @state() private draft: SurveyDraft | undefined;
  @state() private errors: readonly FieldError[] = [];
  @state() private failure: string | undefined;
  @state() private busy = false;

  private readonly l10n = new LocalizeController(this, 'barometers');
  private readonly options = new QueryController(this, {
    query: PulseEditorOptionsDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });
  override willUpdate(): void {
    if (this.draft) return;
    if (this.survey) this.draft = draftOf(this.survey);
    else if (this.options.data?.me) {
      this.draft = emptyDraft(this.options.data.me.brand.id, this.l10n.language.split('-')[0]!);
    }
  }

  override render() {
    const { t } = this.l10n;
    const draft = this.draft;
    if (!draft) {
      return this.options.error
        ? html`<p class="alert">${t(errorMessageKey(this.options.error))}</p>`
        : html`<div class="skeleton" aria-busy="true"></div>`;
    }
    return html`<form class="card" novalidate @submit=${this.submit}>
      ${this.field(
        'title',
        t('pulse.fields.title'),
        html`<input
          id="title"
          maxlength="120"
          autocomplete="off"
          .value=${draft.title}
          aria-invalid=${this.invalid('title')}
          aria-describedby="title-error"
          @input=${(event: InputEvent) => this.change({ title: (event.target as HTMLInputElement).value })}
        />`,
      )}
      ${this.field(
        'locale',
        t('pulse.fields.locale'),
        html`<select
          id="locale"
          aria-invalid=${this.invalid('locale')}
          aria-describedby="locale-error"
          @change=${(event: Event) => this.change({ locale: (event.target as HTMLSelectElement).value })}
        >
          ${(this.options.data?.translationLocales ?? []).map(
            ({ code }) =>
              html`<option value=${code} ?selected=${code === draft.locale}>
                ${languageName(code, this.l10n.language)}
              </option>`,
          )}
        </select>`,
      )}
      <fieldset aria-describedby="questions-error">
        <legend>${t('pulse.fields.questions')}</legend>
        ${fieldErrorLine(
          t,
          'questions',
          this.errors.filter((e) => e.field === 'questions'),
        )}
        ${draft.questions.map((question, index) => this.renderQuestion(question, index))}
        <div class="actions">
          <button
            type="button"
            class="piazza-button"
            ?disabled=${draft.questions.length >= MAX_QUESTIONS}
            @click=${() => this.change({ questions: [...draft.questions, newQuestion()] })}
          >
            ${t('pulse.addQuestion')}
          </button>
        </div>
      </fieldset>
      <piazza-pulse-audience
        .audience=${draft}
        .errors=${this.errors}
        .reach=${this.survey?.audienceSize}
        @pulse-audience-change=${(event: PulseAudienceChangeEvent) =>
          this.change(event.change(this.draft!))}
      ></piazza-pulse-audience>
      <div role="alert">
        ${this.failure ? html`<p class="alert">${t(this.failure)}</p>` : nothing}
        ${this.errors
          .filter((error) => error.field === 'id')
          .map((error) => html`<p class="alert">${surveyErrorMessage(t, error)}</p>`)}
      </div>
      <div class="actions">
        <button class="piazza-button piazza-button--primary" ?disabled=${this.busy}>
          ${this.busy ? t('pulse.saving') : t('pulse.save')}
        </button>
      </div>
    </form>`;
  }

  private renderQuestion(question: QuestionDraft, index: number) {
    const { t } = this.l10n;
    const id = `questions.${index}`;
    // Reads the question as it is now, not as it was rendered: two quick edits both count.
    type Patch = Partial<QuestionDraft> | ((current: QuestionDraft) => Partial<QuestionDraft>);
    const setQuestion = (patch: Patch) =>
      this.change({
        questions: this.draft!.questions.map((q, i) =>
          i === index ? { ...q, ...(typeof patch === 'function' ? patch(q) : patch) } : q,
        ),
      });
    const optionErrors = errorsAt(this.errors, `${id}.options`);
    return html`<fieldset class="question">
      <legend>${t('pulse.questionNumber', { number: index + 1 })}</legend>
      <div class="field">
        <label for="${id}-kind">${t('pulse.fields.kind')}</label>
        <select
          id="${id}-kind"
          @change=${(event: Event) => {
            const kind = (event.target as HTMLSelectElement).value as PulseQuestionKind;
            setQuestion({ kind, options: kind === 'CHOICE' ? newQuestion('CHOICE').options : [] });
          }}
        >
          ${QUESTION_KINDS.map(
            (kind) =>
              html`<option value=${kind} ?selected=${kind === question.kind}>
                ${t(`pulse.kinds.${kind}`)}
              </option>`,
          )}
        </select>
      </div>
      ${this.field(
        `${id}.text`,
        t('pulse.fields.text'),
        html`<input
          id="${id}.text"
          maxlength="200"
          autocomplete="off"
          .value=${question.text}
          aria-invalid=${this.invalid(`${id}.text`)}
          aria-describedby="${id}.text-error"
          @input=${(event: InputEvent) => setQuestion({ text: (event.target as HTMLInputElement).value })}
        />`,
      )}
      ${
        question.kind === 'CHOICE'
          ? html`<fieldset aria-describedby="${id}.options-error">
              <legend>${t('pulse.fields.options')}</legend>
              ${question.options.map(
                (option, j) =>
                  html`<div class="option">
                    <input
                      id="${id}.options.${j}"
                      aria-label=${t('pulse.optionNumber', { number: j + 1 })}
                      maxlength="80"
                      .value=${option}
                      aria-invalid=${this.invalid(`${id}.options.${j}`)}
                      @input=${(event: InputEvent) =>
                        setQuestion((current) => ({
                          options: current.options.map((o, k) =>
                            k === j ? (event.target as HTMLInputElement).value : o,
                          ),
                        }))}
                    />
                    <button
                      type="button"
                      class="piazza-button"
                      aria-label=${t('pulse.removeOptionNumber', { number: j + 1 })}
                      ?disabled=${question.options.length <= 2}
                      @click=${() =>
                        setQuestion((current) => ({
                          options: current.options.filter((_, k) => k !== j),
                        }))}
                    >
                      ${t('pulse.remove')}
                    </button>
                  </div>`,
              )}
              ${fieldErrorLine(t, `${id}.options`, optionErrors)}
              <div class="actions">
                <button
                  type="button"
                  class="piazza-button"
                  ?disabled=${question.options.length >= MAX_OPTIONS}
                  @click=${() => setQuestion((current) => ({ options: [...current.options, ''] }))}
                >
                  ${t('pulse.addOption')}
                </button>
              </div>
            </fieldset>`
          : nothing
      }
      <div class="actions">
        <button
          type="button"
          class="piazza-button"
          ?disabled=${this.draft!.questions.length <= 1}
          @click=${() =>
            this.change({ questions: this.draft!.questions.filter((_, i) => i !== index) })}
        >
          ${t('pulse.removeQuestion', { number: index + 1 })}
        </button>
      </div>
    </fieldset>`;
  }

  /** A field with its label above and the reason it was refused below, announced. */
  private field(name: string, label: string, control: unknown) {
    const { t } = this.l10n;
    return html`<div class="field">
      <label for=${name}>${label}</label>
      ${control}
      ${fieldErrorLine(
        t,
        name,
        this.errors.filter((error) => error.field === name),
      )}
    </div>`;
  }

  private invalid(field: string): 'true' | 'false' {
    return this.errors.some((error) => error.field === field) ? 'true' : 'false';
  }

  private change(patch: Partial<SurveyDraft>): void {
    this.draft = { ...this.draft!, ...patch };
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.portal?.client;
    if (!client || !this.draft || this.busy) return;
    this.busy = true;
    this.errors = [];
    this.failure = undefined;
    try {
      const { data } = await client.mutate({
        mutation: SavePulseSurveyDocument,
        variables: { input: surveyInput(this.draft, this.survey?.id) },
      });
      if (data) this.dispatchEvent(new PulseSurveySavedEvent(data.savePulseSurvey));
    } catch (error) {
      this.errors = fieldErrorsOf(error);
      this.failure = this.errors.length ? 'pulse.refused' : errorMessageKey(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    } finally {
      this.busy = false;
    }
  }
}

defineElement('piazza-pulse-editor', PiazzaPulseEditor);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-pulse-editor': PiazzaPulseEditor;
  }
  interface GlobalEventHandlersEventMap {
    'pulse-survey-saved': PulseSurveySavedEvent;
  }
}
