import {
  fieldErrorMessage,
  fieldErrorsOf,
  messageFor,
  type FieldError,
  fieldStyles,
  screenStyles,
} from '@piazza/shared/screens';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  portalContext,
  type PortalContext,
  followInPortal,
} from '@piazza/shared';
import { wallTimeAt } from '../ui/time-zone.js';
import type { ArticleStatus } from '@piazza/shared/graphql';
import type { EditorialArticleFieldsFragment } from '../editorial-article.fragment.generated.js';
import { formatCount } from '../ui/labels.js';
import {
  wallTimeFields,
  articleZones,
  zoneField,
  zonedTimeStyles,
  zonedTimes,
  type ZoneChoice,
} from '../ui/zoned-time.js';
import { defaultWallTime, scheduledInstant } from './schedule.js';
import { MoveArticleDocument } from './workflow-bar.generated.js';

const SCHEDULE = 'schedule';

/** A move the bar offers: where to, its label key, and whether it asks first. */
interface Move {
  to: ArticleStatus;
  label: string;
  confirm?: boolean;
}

const SUBMIT: Move = { to: 'IN_REVIEW', label: 'workflow.submit' };
const PUBLISH_NOW: Move = { to: 'PUBLISHED', label: 'workflow.publishNow', confirm: true };

/**
 * The moves offered from each status, the one to suggest first (server: workflow.ts; a
 * review is a colleague's second look, so a draft may also go out at once). Scheduling,
 * which needs a time, is `SCHEDULE`, with its own form.
 */
const MOVES: Record<ArticleStatus, readonly (Move | typeof SCHEDULE)[]> = {
  DRAFT: [SUBMIT, SCHEDULE, PUBLISH_NOW],
  IN_REVIEW: [SCHEDULE, PUBLISH_NOW, { to: 'DRAFT', label: 'workflow.backToDraft' }],
  SCHEDULED: [SCHEDULE, PUBLISH_NOW, { to: 'DRAFT', label: 'workflow.unschedule' }],
  PUBLISHED: [{ to: 'ARCHIVED', label: 'workflow.archive', confirm: true }],
  ARCHIVED: [{ to: 'PUBLISHED', label: 'workflow.republish' }],
};

/**
 * Where the article is in its workflow and the next steps from there: submit for review,
 * back to draft, publish now, schedule (a date and time on the clocks of a time zone, by
 * default its first country's), archive, republish. Shows a scheduled time in its zone
 * and in the viewer's, and once published links to the article's reach in the news.
 */
export class PiazzaNewsroomWorkflowBar extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    zonedTimeStyles,
    css`
      .schedule,
      .confirm {
        display: grid;
        gap: var(--piazza-space-m);
        margin-block-start: var(--piazza-space-m);
        padding: var(--piazza-space-m);
        border: 1px solid var(--piazza-color-border);
        border-radius: var(--piazza-radius);
      }
      .state {
        margin-block-start: 0;
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) article!: EditorialArticleFieldsFragment;

  @state() private scheduling = false;
  @state() private confirming: Move | undefined;
  @state() private date = '';
  @state() private time = '';
  @state() private timeZone = '';
  @state() private errors: FieldError[] = [];
  @state() private failure = '';
  @state() private moving = false;

  private readonly l10n = new LocalizeController(this, 'newsroom');

  override render() {
    const { t } = this.l10n;
    const { status } = this.article;
    return html`<section class="card" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">${t('workflow.title')}</h2>
      <p class="state">${this.describe()}</p>
      <div class="actions">
        ${MOVES[status].map((move, index) => {
          const primary = index === 0 && status !== 'SCHEDULED' ? 'piazza-button--primary' : '';
          return move === SCHEDULE
            ? html`<button
                class="piazza-button ${primary}"
                aria-expanded=${String(this.scheduling)}
                ?disabled=${this.moving}
                @click=${this.openSchedule}
              >
                ${t(status === 'SCHEDULED' ? 'workflow.reschedule' : 'workflow.schedule')}
              </button>`
            : html`<button
                class="piazza-button ${primary}"
                ?disabled=${this.moving}
                @click=${() => (move.confirm ? this.ask(move) : this.move(move.to))}
              >
                ${t(move.label)}
              </button>`;
        })}
        ${status === 'PUBLISHED' ? this.renderReachLink() : nothing}
      </div>
      ${this.confirming ? this.renderConfirm(this.confirming) : nothing}
      ${this.scheduling && MOVES[status].includes(SCHEDULE) ? this.renderSchedule() : nothing}
      <div role="alert">${this.failure ? html`<p class="alert">${this.failure}</p>` : nothing}</div>
    </section>`;
  }

  /** What the status means for readers, with the time for a scheduled or published one. */
  private describe(): string {
    const { t, language } = this.l10n;
    const { status, publishAt, timeZone } = this.article;
    if ((status === 'SCHEDULED' || status === 'PUBLISHED') && publishAt) {
      const { there, here } = zonedTimes(publishAt, { timeZone, locale: language });
      const key =
        status === 'SCHEDULED' ? 'workflow.state.scheduledAt' : 'workflow.state.publishedAt';
      return here
        ? `${t(key, { time: there })} ${t('workflow.yourTime', { time: here })}`
        : t(key, { time: there });
    }
    return t(`workflow.state.${status}`);
  }

  private renderReachLink() {
    const path = `news/${encodeURIComponent(this.article.id)}`;
    return html`<a
      class="target-link"
      href=${this.portal?.href(path) ?? ''}
      @click=${(event: MouseEvent) => followInPortal(event, this.portal, path)}
      >${this.l10n.t('workflow.seeReach')}</a
    >`;
  }

  private renderConfirm(move: Move) {
    const { t, language } = this.l10n;
    const people = formatCount(this.article.reach, language);
    return html`<div class="confirm">
      <p>${t(`workflow.confirm.${move.to}`, { count: this.article.reach, number: people })}</p>
      <div class="actions">
        <button
          class="piazza-button piazza-button--primary"
          ?disabled=${this.moving}
          @click=${() => this.move(move.to)}
        >
          ${t(move.label)}
        </button>
        <button class="piazza-button" @click=${() => (this.confirming = undefined)}>
          ${t('workflow.cancel')}
        </button>
      </div>
    </div>`;
  }

  private renderSchedule() {
    const { t } = this.l10n;
    const zones = this.zones();
    const error = messageFor(t, this.errors, 'publishAt');
    const preview = this.preview();
    return html`<form class="schedule" novalidate @submit=${this.schedule}>
      <div class="when">
        ${wallTimeFields({
          id: '',
          labels: { date: t('workflow.date'), time: t('workflow.time') },
          value: { date: this.date, time: this.time },
          describedBy: error ? 'when-error' : undefined,
          invalid: Boolean(error),
          change: (part) => this.edit(part),
        })}
        ${zoneField({
          id: 'zone',
          label: t('workflow.timeZone'),
          zones,
          value: this.timeZone,
          change: (timeZone) => this.edit({ timeZone }),
        })}
      </div>
      ${error ? html`<p id="when-error" class="field-error">${error}</p>` : nothing}
      <p role="status">${preview ?? nothing}</p>
      <div class="actions">
        <button class="piazza-button piazza-button--primary" ?disabled=${this.moving}>
          ${t('workflow.confirmSchedule')}
        </button>
        <button type="button" class="piazza-button" @click=${() => (this.scheduling = false)}>
          ${t('workflow.cancel')}
        </button>
      </div>
    </form>`;
  }

  /** "Publishes 30 Nov 2026, 13:00 Central European Time (12:00 your time)", as typed. */
  private preview(): string | undefined {
    const { t, language } = this.l10n;
    const result = scheduledInstant(
      { date: this.date, time: this.time },
      { timeZone: this.timeZone, mustReadBy: null },
    );
    if (!('publishAt' in result)) return undefined;
    const { there, here } = zonedTimes(result.publishAt, {
      timeZone: this.timeZone,
      locale: language,
    });
    const text = t('workflow.preview', { time: there });
    return here ? `${text} ${t('workflow.yourTime', { time: here })}` : text;
  }

  private zones(): ZoneChoice[] {
    return articleZones(this.article, this.l10n, this.article.timeZone);
  }

  private readonly openSchedule = (): void => {
    this.scheduling = !this.scheduling;
    this.confirming = undefined;
    if (!this.scheduling || this.timeZone) return;
    // A scheduled article's time as it was chosen; else tomorrow in its first country.
    const { publishAt, timeZone, status } = this.article;
    this.timeZone = (status === 'SCHEDULED' && timeZone) || this.zones()[0]!.timeZone;
    const wall =
      status === 'SCHEDULED' && publishAt
        ? wallTimeAt(publishAt, this.timeZone)
        : defaultWallTime(this.timeZone);
    ({ date: this.date, time: this.time } = wall);
  };

  private edit(values: { date?: string; time?: string; timeZone?: string }): void {
    Object.assign(this, values);
    this.errors = [];
  }

  private ask(move: Move): void {
    this.scheduling = false;
    this.confirming = move;
  }

  private readonly schedule = (event: SubmitEvent): void => {
    event.preventDefault();
    const result = scheduledInstant(
      { date: this.date, time: this.time },
      { timeZone: this.timeZone, mustReadBy: this.article.mustReadBy },
    );
    if ('error' in result) {
      this.errors = [result.error];
      if (result.error.field !== 'publishAt') {
        this.failure = fieldErrorMessage(this.l10n.t, result.error);
      }
      return;
    }
    void this.move('SCHEDULED', { publishAt: result.publishAt, timeZone: this.timeZone });
  };

  private async move(
    to: ArticleStatus,
    when?: { publishAt: string; timeZone: string },
  ): Promise<void> {
    const client = this.portal?.client;
    if (!client || this.moving) return;
    this.moving = true;
    this.failure = '';
    this.errors = [];
    try {
      await client.mutate({
        mutation: MoveArticleDocument,
        variables: { id: this.article.id, to, ...when },
        // The lists by status, and readers' news once it is out, are asked for again.
        update: (cache) => {
          for (const fieldName of ['editorialArticles', 'newsFeed', 'mustReads']) {
            cache.evict({ fieldName });
          }
          cache.gc();
        },
      });
      this.scheduling = false;
      this.confirming = undefined;
    } catch (error) {
      this.errors = fieldErrorsOf(error);
      const other = this.errors.filter((e) => e.field !== 'publishAt');
      const reason =
        this.errors.length === 0
          ? this.l10n.t(errorMessageKey(error))
          : other.map((e) => fieldErrorMessage(this.l10n.t, e)).join(' ');
      this.failure = reason ? this.l10n.t('workflow.failed', { reason }) : '';
    } finally {
      this.moving = false;
    }
  }
}

defineElement('piazza-newsroom-workflow-bar', PiazzaNewsroomWorkflowBar);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-workflow-bar': PiazzaNewsroomWorkflowBar;
  }
}
