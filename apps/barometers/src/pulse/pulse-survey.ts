import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  formatDeadline,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { fieldErrorsOf, fieldStyles, screenStyles, type FieldError } from '@piazza/shared/screens';
import { downloadCsv } from '../ui/csv-download.js';
import { shareBar, shareBarStyles } from '../ui/share-bar.js';
import {
  ClosePulseSurveyDocument,
  OpenPulseSurveyDocument,
  PulseSurveyDocument,
  type PulseSurveyFieldsFragment,
} from './pulse-survey.generated.js';
import { responseRate, surveyPath } from './pulse-surveys.js';
import { surveyErrorMessage } from './survey-draft.js';
import './pulse-editor.js';

type Survey = PulseSurveyFieldsFragment;
type Result = NonNullable<Survey['results']>[number];
/** Results are shown from this many responses on, as the server gives them. */
const MIN_RESPONSES = 5;

/**
 * One pulse survey: a draft opens in the editor with a closing date to open it; an open or
 * closed survey shows its response rate and, from 5 responses on, its results (the mean and
 * spread of each scale, the choices, the texts); below that, why they stay hidden.
 */
export class PiazzaPulseSurvey extends LitElement {
  static override styles = [
    screenStyles,
    fieldStyles,
    buttonStyles,
    shareBarStyles,
    css`
      section {
        margin-block: var(--piazza-space-l);
      }
      .bars {
        display: grid;
        grid-template-columns: minmax(0, max-content) auto;
        gap: var(--piazza-space-xs) var(--piazza-space-m);
        margin: 0;
      }
      .bars dd {
        margin: 0;
      }
      .open {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-m);
        align-items: end;
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property({ attribute: 'survey-id' }) surveyId = '';
  @property({ attribute: false }) search = new URLSearchParams();
  @state() private closesAt = '';
  @state() private errors: readonly FieldError[] = [];
  @state() private failure: string | undefined;

  private readonly l10n = new LocalizeController(this, 'barometers');
  private readonly survey = new QueryController(this, {
    query: PulseSurveyDocument,
    client: () => (this.surveyId && this.surveyId !== 'new' ? this.portal?.client : undefined),
    variables: () => ({ id: this.surveyId }),
    fetchPolicy: 'cache-and-network',
  });

  override render() {
    const { t } = this.l10n;
    if (this.surveyId === 'new') {
      return html`<h1>${t('pulse.newTitle')}</h1>
        <piazza-pulse-editor @pulse-survey-saved=${this.onSaved}></piazza-pulse-editor>`;
    }
    return this.survey.render({
      pending: () => html`<div class="skeleton" aria-busy="true"></div>`,
      complete: ({ pulseSurvey }) => this.renderSurvey(pulseSurvey),
      error: (error) =>
        html`<piazza-error-panel
          heading=${t('pulse.surveyLoadFailed')}
          message=${t(errorMessageKey(error))}
          retry-label=${t('common:actions.retry')}
          @piazza-retry=${() => void this.survey.refetch()}
        ></piazza-error-panel>`,
    });
  }

  private readonly onSaved = (event: Event): void => {
    const { survey } = event as Event & { survey: Survey };
    if (this.surveyId === 'new') this.portal?.navigate(surveyPath(survey.id));
  };

  private renderSurvey(survey: Survey) {
    const { t, language } = this.l10n;
    return html`<h1 lang=${survey.locale}>${survey.title}</h1>
      <p>
        <span class="badge">${t(`pulse.status.${survey.status}`)}</span>
        ${
          survey.closesAt
            ? t('pulse.answersUntil', { date: formatDeadline(survey.closesAt, language) })
            : nothing
        }
      </p>
      <div role="alert">
        ${this.failure ? html`<p class="alert">${t(this.failure)}</p>` : nothing}
        ${
          survey.status === 'DRAFT'
            ? nothing
            : this.errors.map((error) => html`<p class="alert">${surveyErrorMessage(t, error)}</p>`)
        }
      </div>
      ${survey.status === 'DRAFT' ? this.renderDraft(survey) : this.renderResults(survey)}`;
  }

  private renderDraft(survey: Survey) {
    const { t } = this.l10n;
    const error = this.errors.find((candidate) => candidate.field === 'closesAt');
    return html`<piazza-pulse-editor .survey=${survey}></piazza-pulse-editor>
      <section class="card">
        <h2>${t('pulse.openTitle')}</h2>
        <p class="hint">${t('pulse.openHint', { count: survey.audienceSize })}</p>
        <div class="open">
          <div class="field">
            <label for="closes-at">${t('pulse.fields.closesAt')}</label>
            <input
              id="closes-at"
              type="datetime-local"
              .value=${this.closesAt}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby="closes-at-error"
              @input=${(event: InputEvent) => {
                this.closesAt = (event.target as HTMLInputElement).value;
              }}
            />
          </div>
          <button
            class="piazza-button piazza-button--primary"
            @click=${() => void this.open(survey)}
          >
            ${t('pulse.open')}
          </button>
        </div>
        <div id="closes-at-error" aria-live="polite">
          ${error ? html`<p class="field-error">${surveyErrorMessage(t, error)}</p>` : nothing}
        </div>
        <div role="alert">
          ${this.errors
            .filter((other) => other !== error)
            .map((other) => html`<p class="alert">${surveyErrorMessage(t, other)}</p>`)}
        </div>
      </section>`;
  }

  private renderResults(survey: Survey) {
    const { t, language } = this.l10n;
    return html`<p>${t('pulse.responseRate')} <strong>${responseRate(survey, language)}</strong></p>
      <div class="actions">
        ${
          survey.status === 'OPEN'
            ? html`<button class="piazza-button" @click=${() => void this.close(survey)}>
                ${t('pulse.close')}
              </button>`
            : nothing
        }
        ${
          survey.results
            ? html`<button class="piazza-button" @click=${() => this.exportCsv(survey)}>
                ${t('pulse.export')}
              </button>`
            : nothing
        }
      </div>
      ${
        survey.results
          ? survey.questions.map((question) => {
              const result = survey.results!.find((r) => r.questionId === question.id);
              return result ? this.renderResult(question, result) : nothing;
            })
          : html`<p class="status">
              ${t('pulse.hidden', { count: survey.responseCount, minimum: MIN_RESPONSES })}
            </p>`
      }`;
  }

  private renderResult(question: Survey['questions'][number], result: Result) {
    const { t, language } = this.l10n;
    const count = new Intl.NumberFormat(language);
    const labels = question.kind === 'SCALE' ? ['1', '2', '3', '4', '5'] : question.options;
    const most = Math.max(1, ...result.distribution);
    return html`<section class="card">
      <h2>${question.text}</h2>
      <p class="muted">${t('pulse.answers', { count: result.answers })}</p>
      ${
        question.kind === 'SCALE' && result.average !== null
          ? html`<p>
              ${t('pulse.average', {
                average: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(
                  result.average,
                ),
              })}
            </p>`
          : nothing
      }
      ${
        question.kind === 'TEXT'
          ? html`<ul>
              ${result.texts.map((text) => html`<li>${text}</li>`)}
            </ul>`
          : html`<dl class="bars">
              ${labels.map(
                (label, index) =>
                  html`<dt>${label}</dt>
                    <dd>
                      ${shareBar((result.distribution[index] ?? 0) / most)}${count.format(result.distribution[index] ?? 0)}
                    </dd>`,
              )}
            </dl>`
      }
    </section>`;
  }

  private async open(survey: Survey): Promise<void> {
    const date = new Date(this.closesAt);
    if (Number.isNaN(date.getTime())) {
      this.errors = [{ field: 'closesAt', reason: 'REQUIRED' }];
      return;
    }
    await this.act(OpenPulseSurveyDocument, { id: survey.id, closesAt: date.toISOString() });
  }

  private async close(survey: Survey): Promise<void> {
    await this.act(ClosePulseSurveyDocument, { id: survey.id });
  }

  private async act(
    mutation: typeof OpenPulseSurveyDocument | typeof ClosePulseSurveyDocument,
    variables: { id: string; closesAt?: string },
  ): Promise<void> {
    this.errors = [];
    this.failure = undefined;
    try {
      await this.portal?.client.mutate({ mutation, variables } as never);
    } catch (error) {
      this.errors = fieldErrorsOf(error);
      this.failure = this.errors.length ? undefined : errorMessageKey(error);
    }
  }

  /** One line per answer count: question, answer (1–5, option or text), how many. */
  private exportCsv(survey: Survey): void {
    const { t } = this.l10n;
    const lines = survey.questions.flatMap((question) => {
      const result = survey.results?.find((r) => r.questionId === question.id);
      if (!result) return [];
      if (question.kind === 'TEXT') return result.texts.map((text) => [question.text, text, 1]);
      const labels = question.kind === 'SCALE' ? ['1', '2', '3', '4', '5'] : question.options;
      return labels.map((label, index) => [question.text, label, result.distribution[index] ?? 0]);
    });
    downloadCsv(
      `pulse-${survey.id}.csv`,
      [t('pulse.csv.question'), t('pulse.csv.answer'), t('pulse.csv.count')],
      lines,
    );
  }
}

defineElement('piazza-pulse-survey', PiazzaPulseSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-pulse-survey': PiazzaPulseSurvey;
  }
}
