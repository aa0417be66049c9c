import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CombinedGraphQLErrors } from '@apollo/client';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  formatDeadline,
} from '@piazza/shared';
import { fieldErrorsOf, fieldStyles } from '@piazza/shared/screens';
import type { PulseAnswerInput } from '@piazza/shared/graphql';
import {
  MAX_TEXT_LENGTH,
  answersOf,
  checkDraft,
  problemsFromServer,
  type PulseDraft,
  type PulseProblems,
  type PulseQuestion,
  type PulseSurvey,
} from './pulse-answers.js';
import { pulseFormStyles } from './pulse-form.styles.js';

const SCALE = [1, 2, 3, 4, 5];

/** Fired when the person puts the survey off ("Later"). */
export class PulseLaterEvent extends Event {
  constructor(readonly surveyId: string) {
    super('piazza-news-pulse-later', { bubbles: true, composed: true });
  }
}

/**
 * One survey to answer in place: its questions (a 1–5 scale with its two ends named, a
 * choice, a text with its characters counted), "Send" and "Later". `send` does the
 * request with the idempotency key of this attempt, kept until a send succeeds so that a
 * retry after a failure is the same write; refused, the form says why next to each
 * question, in the reader's language, and keeps every answer given.
 *
 * The survey is written in one language (`survey.locale`): its texts carry that `lang`,
 * the form's own words are the reader's.
 *
 * @fires piazza-news-pulse-later - Later was chosen
 */
export class PiazzaNewsPulseForm extends LitElement {
  static override styles = [buttonStyles, fieldStyles, pulseFormStyles];

  @property({ attribute: false }) survey?: PulseSurvey;
  @property({ attribute: false }) send: (
    answers: PulseAnswerInput[],
    idempotencyKey: string,
  ) => Promise<void> = async () => undefined;
  @state() private draft: PulseDraft = {};
  @state() private problems: PulseProblems = {};
  /** The translation key of a refusal that names no question (closed survey, no rights…). */
  @state() private errorKey: string | undefined;
  @state() private busy = false;
  private attemptKey: string | undefined;

  private readonly l10n = new LocalizeController(this, 'news');

  /** Focus goes to the first question's first answer. */
  override focus(): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('input, textarea')?.focus(),
    );
  }

  override render() {
    const survey = this.survey;
    if (!survey) return nothing;
    const { t, language } = this.l10n;
    return html`<form novalidate aria-labelledby="title" @submit=${this.submit}>
      <h3 id="title" lang=${survey.locale}>${survey.title}</h3>
      ${
        survey.closesAt
          ? html`<p class="hint">
              ${t('pulse.closes', { date: formatDeadline(survey.closesAt, language) })}
            </p>`
          : nothing
      }
      <ol class="questions">
        ${survey.questions.map(
          (question, index) => html`<li>${this.renderQuestion(question, index)}</li>`,
        )}
      </ol>
      <div class="alert" role="alert">
        ${this.errorKey ? html`<p>${t(this.errorKey)}</p>` : nothing}
      </div>
      <div class="actions">
        <button class="piazza-button piazza-button--primary send" ?disabled=${this.busy}>
          ${this.busy ? t('pulse.sending') : t('pulse.send')}
        </button>
        <button type="button" class="piazza-button later" @click=${this.later}>
          ${t('pulse.later')}
        </button>
      </div>
    </form>`;
  }

  private renderQuestion(question: PulseQuestion, index: number) {
    const id = `q${index}`;
    const problem = this.problems[question.id];
    const error = html`<p class="field-error" id="${id}-error">
      ${problem ? this.l10n.t([`pulse.errors.${problem}`, 'pulse.errors.INVALID']) : nothing}
    </p>`;
    if (question.kind === 'TEXT') return this.renderText(question, id, error);
    const { t } = this.l10n;
    const values = question.kind === 'SCALE' ? SCALE : question.options.map((_, i) => i);
    return html`<fieldset
      role="radiogroup"
      class=${question.kind === 'SCALE' ? 'scale' : 'options'}
      aria-labelledby="${id}-label"
      aria-describedby=${question.kind === 'SCALE' ? `${id}-ends ${id}-error` : `${id}-error`}
      aria-required="true"
      aria-invalid=${problem ? 'true' : 'false'}
    >
      <legend id="${id}-label" lang=${this.survey!.locale}>${question.text}</legend>
      <div class="points">
        ${values.map(
          (value) =>
            html`<label class="choice">
              <input
                type="radio"
                name=${id}
                .value=${String(value)}
                .checked=${this.draft[question.id] === value}
                @change=${() => this.answer(question, value)}
              />
              ${
                question.kind === 'SCALE'
                  ? html`<span>${value}</span>`
                  : html`<span lang=${this.survey!.locale}>${question.options[value]}</span>`
              }
            </label>`,
        )}
      </div>
      ${
        question.kind === 'SCALE'
          ? html`<p class="hint ends" id="${id}-ends">
              <span>${t('pulse.scale.low')}</span>
              <span>${t('pulse.scale.high')}</span>
            </p>`
          : nothing
      }
      ${error}
    </fieldset>`;
  }

  private renderText(question: PulseQuestion, id: string, error: unknown) {
    const text = (this.draft[question.id] as string | undefined) ?? '';
    return html`<div class="field text">
      <label for=${id} lang=${this.survey!.locale}>${question.text}</label>
      <textarea
        id=${id}
        rows="3"
        maxlength=${MAX_TEXT_LENGTH}
        aria-required="true"
        aria-describedby="${id}-count ${id}-error"
        aria-invalid=${this.problems[question.id] ? 'true' : 'false'}
        .value=${text}
        @input=${(event: InputEvent) =>
          this.answer(question, (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="hint" id="${id}-count">
        ${this.l10n.t('pulse.charactersLeft', { count: MAX_TEXT_LENGTH - text.length })}
      </p>
      ${error}
    </div>`;
  }

  private answer(question: PulseQuestion, value: number | string): void {
    this.draft = { ...this.draft, [question.id]: value };
    if (this.problems[question.id] === undefined) return;
    // Answered, the question's problem goes; the others stay until the next send.
    this.problems = Object.fromEntries(
      Object.entries(this.problems).filter(([id]) => id !== question.id),
    );
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const survey = this.survey;
    if (!survey || this.busy) return;
    this.errorKey = undefined;
    this.problems = checkDraft(survey.questions, this.draft);
    if (Object.keys(this.problems).length > 0) return this.focusFirstProblem();
    this.busy = true;
    this.attemptKey ??= crypto.randomUUID();
    try {
      await this.send(answersOf(survey.questions, this.draft), this.attemptKey);
      this.attemptKey = undefined;
    } catch (error) {
      this.showRefusal(survey, error);
      await this.focusFirstProblem();
    } finally {
      this.busy = false;
    }
  }

  private showRefusal(survey: PulseSurvey, error: unknown): void {
    const onQuestions = problemsFromServer(survey.questions, fieldErrorsOf(error));
    if (onQuestions) {
      this.problems = onQuestions;
      return;
    }
    const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.['code'] : null;
    // Closed meanwhile, or no longer asking this person: the server hides which.
    this.errorKey = code === 'NOT_FOUND' ? 'pulse.closed' : errorMessageKey(error);
  }

  /** Focus goes to the first question to fix (its first choice or its text). */
  private async focusFirstProblem(): Promise<void> {
    await this.updateComplete;
    const index = this.survey?.questions.findIndex((q) => this.problems[q.id] !== undefined) ?? -1;
    const target =
      index >= 0
        ? this.renderRoot.querySelector<HTMLElement>(`[name="q${index}"], #q${index}`)
        : this.renderRoot.querySelector<HTMLElement>('.send');
    target?.focus();
  }

  private later(): void {
    if (this.survey) this.dispatchEvent(new PulseLaterEvent(this.survey.id));
  }
}

defineElement('piazza-news-pulse-form', PiazzaNewsPulseForm);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-pulse-form': PiazzaNewsPulseForm;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-news-pulse-later': PulseLaterEvent;
  }
}
