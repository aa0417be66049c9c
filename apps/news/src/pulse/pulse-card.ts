import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ApolloCache, Reference } from '@apollo/client';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  portalContext,
  type Outbox,
  type OutboxEntry,
  type PortalContext,
} from '@piazza/shared';
import type { PulseAnswerInput } from '@piazza/shared/graphql';
import { AnswerPulseSurveyDocument } from './answer-pulse-survey.generated.js';
import { OpenPulseSurveysDocument } from './open-pulse-surveys.generated.js';
import type { PulseSurvey } from './pulse-answers.js';
import { pulseCardStyles } from './pulse-card.styles.js';
import './pulse-form.js';
import type { PiazzaNewsPulseForm, PulseLaterEvent } from './pulse-form.js';
import { putOff, surveysPutOff } from './pulse-later.js';

/**
 * The `common` key the outbox lists answers under while they wait. Its values also carry
 * the survey's id (not shown): the only thing an outbox entry tells an app about its write,
 * it lets the card know which survey's answers wait, across reloads and tabs.
 */
export const PULSE_ANSWER_LABEL = 'outbox.label.pulseAnswer';

/** The survey's answers wait in the outbox: whether they will go on their own, or were refused. */
type Waiting = 'pending' | 'failed';

/** The answered survey leaves the cached list, so that the card is gone on the next visit. */
function dropFromOpenSurveys(cache: ApolloCache, surveyId: string): void {
  cache.modify({
    fields: {
      openPulseSurveys: (existing: readonly Reference[], { readField }) =>
        existing.filter((ref) => readField('id', ref) !== surveyId),
    },
  });
}

/**
 * Above the feed, below the must-reads: the pulse surveys asking the reader, each answered
 * in place, with what anonymity means said plainly. Answers go through the outbox with
 * their idempotency key, so that someone without signal answers now and the answers leave
 * once the network is back. Nothing at all when no survey asks. Loaded with its own code
 * after the feed paints (news-feed.ts).
 */
export class PiazzaNewsPulseCard extends LitElement {
  static override styles = [buttonStyles, pulseCardStyles];

  @consume({ context: portalContext }) portal?: PortalContext;
  /** Surveys put off for this session: shown as one line with a button to answer. */
  @state() private later: ReadonlySet<string> = new Set();
  /** Surveys answered during this visit, by id: their title, for the thank-you line. */
  @state() private thanked: ReadonlyMap<string, string> = new Map();
  /** Surveys whose answers wait in the outbox, by id. */
  @state() private waiting: ReadonlyMap<string, Waiting> = new Map();
  /** Where focus goes after the next update: the line that replaced a form's buttons. */
  private focusAfterUpdate: string | undefined;
  /**
   * Outbox keys of answers on their first attempt: they are in the outbox meanwhile, but
   * their form stays (a refusal shows there) until the attempt tells whether they wait.
   */
  private readonly firstAttempts = new Set<string>();
  private stopWatchingOutbox: (() => void) | undefined;
  private readonly forms = new Map<string, PiazzaNewsPulseForm>();

  private readonly l10n = new LocalizeController(this, 'news');
  // Asked again on every visit: a survey may have opened, or been answered from another tab.
  private readonly surveys = new QueryController(this, {
    query: OpenPulseSurveysDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
    fetchPolicy: 'cache-and-network',
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.portal) this.later = surveysPutOff(this.portal.session.personId);
    void this.watchOutbox();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingOutbox?.();
    this.stopWatchingOutbox = undefined;
  }

  override render() {
    // A card that cannot load says nothing: the feed below is what the reader came for.
    const open = this.surveys.data?.openPulseSurveys ?? [];
    const surveys = open.filter((survey) => !this.thanked.has(survey.id));
    if (surveys.length === 0 && this.thanked.size === 0) return nothing;
    const { t } = this.l10n;
    return html`<section aria-labelledby="pulse-heading">
      <h2 id="pulse-heading">${t('pulse.heading', { count: surveys.length || 1 })}</h2>
      <p class="anonymity">${t('pulse.anonymity')}</p>
      <ul>
        ${[...this.thanked].map(([id, title]) =>
          this.renderOutcome(id, t('pulse.thanks', { title })),
        )}
        ${surveys.map((survey) => this.renderSurvey(survey))}
      </ul>
    </section>`;
  }

  private renderSurvey(survey: PulseSurvey) {
    const { t } = this.l10n;
    const waiting = this.waiting.get(survey.id);
    if (waiting) {
      const key = waiting === 'failed' ? 'pulse.refused' : 'pulse.queued';
      return this.renderOutcome(survey.id, t(key, { title: survey.title }));
    }
    const later = this.later.has(survey.id);
    // Put off, the form stays (hidden) so that answers already given are still there.
    return html`<li class="survey">
      ${
        later
          ? html`<div class="put-off">
              <p lang=${survey.locale}>${survey.title}</p>
              <button
                class="piazza-button answer"
                id="answer-${survey.id}"
                @click=${() => this.bringBack(survey.id)}
              >
                ${t('pulse.answerNow')}
              </button>
            </div>`
          : nothing
      }
      ${this.formOf(survey, later)}
    </li>`;
  }

  /**
   * The survey's form, made once and kept: its answers stay with it while the list around
   * it changes (the portal's import map has no keyed `repeat`, and a form reused by
   * position would carry another survey's answers).
   */
  private formOf(survey: PulseSurvey, hidden: boolean): PiazzaNewsPulseForm {
    let form = this.forms.get(survey.id);
    if (form === undefined) {
      form = document.createElement('piazza-news-pulse-form');
      form.dataset['survey'] = survey.id;
      form.addEventListener('piazza-news-pulse-later', this.putOff);
      this.forms.set(survey.id, form);
    }
    form.survey = survey;
    form.send = (answers: PulseAnswerInput[], key: string) => this.answer(survey, answers, key);
    form.hidden = hidden;
    return form;
  }

  private renderOutcome(surveyId: string, text: string) {
    return html`<li class="survey">
      <p class="outcome" id="outcome-${surveyId}" tabindex="-1">${text}</p>
    </li>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const id = this.focusAfterUpdate;
    if (id === undefined) return;
    this.focusAfterUpdate = undefined;
    this.renderRoot.querySelector<HTMLElement>(`[id="${id}"]`)?.focus();
  }

  /** Rejects with the server's refusal of the first attempt, for the form to show. */
  private async answer(
    survey: PulseSurvey,
    answers: PulseAnswerInput[],
    idempotencyKey: string,
  ): Promise<void> {
    const portal = this.portal;
    if (portal === undefined) return;
    const outbox = await portal.outbox();
    this.firstAttempts.add(idempotencyKey);
    const result = await outbox
      .send({
        key: idempotencyKey,
        mutation: AnswerPulseSurveyDocument,
        variables: { id: survey.id, answers, idempotencyKey },
        label: { key: PULSE_ANSWER_LABEL, values: { title: survey.title, surveyId: survey.id } },
      })
      .finally(() => this.firstAttempts.delete(idempotencyKey));
    if (result.status === 'sent') {
      this.thanked = new Map([...this.thanked, [survey.id, survey.title]]);
      this.forms.delete(survey.id);
      dropFromOpenSurveys(portal.client.cache, survey.id);
    } else {
      this.readOutbox(outbox);
    }
    this.focusAfterUpdate = `outcome-${survey.id}`;
  }

  private async watchOutbox(): Promise<void> {
    const outbox = await this.portal?.outbox();
    if (!outbox || !this.isConnected || this.stopWatchingOutbox) return;
    this.readOutbox(outbox);
    this.stopWatchingOutbox = outbox.subscribe(() => this.readOutbox(outbox));
  }

  /**
   * Which surveys' answers wait. Answers that left the outbox were sent (the outbox then
   * fetches the open surveys again) or given up by the person (the survey asks again).
   */
  private readOutbox(outbox: Outbox): void {
    const waiting = new Map<string, Waiting>();
    for (const entry of outbox.entries()) {
      const surveyId = surveyOf(entry);
      if (surveyId && !this.firstAttempts.has(entry.key))
        waiting.set(surveyId, entry.state === 'failed' ? 'failed' : 'pending');
    }
    const left = [...this.waiting.keys()].some((id) => !waiting.has(id));
    this.waiting = waiting;
    if (left) void this.surveys.refetch();
  }

  private readonly putOff = (event: PulseLaterEvent): void => {
    if (!this.portal) return;
    this.later = putOff(this.portal.session.personId, event.surveyId, true);
    this.focusAfterUpdate = `answer-${event.surveyId}`;
  };

  private bringBack(surveyId: string): void {
    if (!this.portal) return;
    this.later = putOff(this.portal.session.personId, surveyId, false);
    void this.updateComplete.then(() => this.forms.get(surveyId)?.focus());
  }
}

function surveyOf(entry: OutboxEntry): string | undefined {
  return entry.label.key === PULSE_ANSWER_LABEL ? entry.label.values?.['surveyId'] : undefined;
}

defineElement('piazza-news-pulse-card', PiazzaNewsPulseCard);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-pulse-card': PiazzaNewsPulseCard;
  }
}
