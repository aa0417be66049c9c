import { fieldStyles, screenStyles } from '@piazza/shared/screens';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { type WallTime } from '../ui/time-zone.js';
import type { EditorialArticleFieldsFragment } from '../editorial-article.fragment.generated.js';
import { addressField } from '../ui/address-field.js';
import { ArticleFormController } from '../ui/article-form.js';
import { panelFormStyles } from '../ui/newsroom.styles.js';
import {
  wallTimeFields,
  articleZones,
  zoneField,
  zonedTimeStyles,
  zonedTimes,
  type ZoneChoice,
} from '../ui/zoned-time.js';
import {
  checkLiveStream,
  liveStreamDraft,
  liveStreamInput,
  streamTimes,
  type LiveStreamDraft,
} from './live-stream-draft.js';
import { SetArticleLiveStreamDocument } from './live-stream-panel.generated.js';

/** The fields this panel shows a refusal next to (setArticleLiveStream's `extensions.field`). */
const STREAM_FIELDS = ['startsAt', 'endsAt', 'url'];

/**
 * The live stream an article announces: its start and end, typed on the clocks of a time
 * zone (by default its first country's), and the stream's address. Shows how readers will
 * see it before saving; saving calls setArticleLiveStream, and removing the stream sends
 * null. Readers see the article as live from the start to the end.
 */
export class PiazzaNewsroomLiveStreamPanel extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    panelFormStyles,
    zonedTimeStyles,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) article!: EditorialArticleFieldsFragment;

  private readonly l10n = new LocalizeController(this, 'newsroom');
  private readonly form = new ArticleFormController<LiveStreamDraft>(this, {
    fields: STREAM_FIELDS,
    t: () => this.l10n.t,
  });

  private get locked(): boolean {
    return this.article.status === 'ARCHIVED';
  }

  /** The article's countries' zones, then the editor's; the first is the default. */
  private zones(): ZoneChoice[] {
    return articleZones(this.article, this.l10n);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.form.sync(this.article.updatedAt, () =>
      liveStreamDraft(
        this.article.liveStream,
        this.form.draft?.timeZone ?? this.zones()[0]!.timeZone,
      ),
    );
  }

  override render() {
    const { t } = this.l10n;
    const draft = this.form.draft;
    if (!draft) return nothing;
    return html`<section class="card" aria-labelledby="live-heading">
      <h2 id="live-heading">${t('live.title')}</h2>
      <form novalidate @submit=${this.save}>
        ${this.locked ? html`<p class="status">${t('save.archived')}</p>` : nothing}
        <fieldset class="plain" ?disabled=${this.locked}>
          ${this.renderWhen('startsAt', t('live.start'), draft.startsAt)}
          ${this.renderWhen('endsAt', t('live.end'), draft.endsAt)}
          ${zoneField({
            id: 'live-zone',
            label: t('workflow.timeZone'),
            zones: this.zones(),
            value: draft.timeZone,
            change: (timeZone) => this.form.change({ timeZone }, ['startsAt', 'endsAt']),
          })}
          ${addressField({
            id: 'url',
            label: t('live.url'),
            hint: t('live.urlHint'),
            value: draft.url,
            error: this.form.message('url'),
            change: (url) => this.form.change({ url }),
          })}
        </fieldset>
        <p class="preview" role="status">${this.preview(draft)}</p>
        ${this.form.renderFooter({
          label: t('live.save'),
          disabled: this.locked,
          extra:
            this.article.liveStream && !this.locked
              ? html`<button type="button" class="piazza-button" @click=${this.removeStream}>
                  ${t('live.remove')}
                </button>`
              : nothing,
        })}
      </form>
    </section>`;
  }

  private renderWhen(field: 'startsAt' | 'endsAt', legend: string, value: WallTime) {
    const { t } = this.l10n;
    const error = this.form.message(field);
    const id = field === 'startsAt' ? 'start-' : 'end-';
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="when">
        ${wallTimeFields({
          id,
          labels: { date: t('workflow.date'), time: t('workflow.time') },
          value,
          describedBy: error ? `${id}error` : undefined,
          invalid: Boolean(error),
          change: (part) => this.form.change({ [field]: { ...this.form.draft![field], ...part } }),
        })}
      </div>
      ${error ? html`<p id="${id}error" class="field-error">${error}</p>` : nothing}
    </fieldset>`;
  }

  /** "Shown as live to its readers: 30 Nov 2026, 13:00 – 14:00 Central European Time." */
  private preview(draft: LiveStreamDraft): string {
    const { t, language } = this.l10n;
    const times = streamTimes(draft);
    if (!times || times.endsAt <= times.startsAt) {
      return this.article.liveStream ? '' : t('live.none');
    }
    const { there, here } = zonedTimes(times, { timeZone: draft.timeZone, locale: language });
    const text = t('live.preview', { time: there });
    return here ? `${text} ${t('workflow.yourTime', { time: here })}` : text;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await this.send(true);
  }

  private readonly removeStream = (): Promise<void> => this.send(false);

  /** Announces the stream as typed, or removes it (null). */
  private async send(announce: boolean): Promise<void> {
    const client = this.portal?.client;
    if (!client) return;
    await this.form.save({
      check: announce ? (draft) => checkLiveStream(draft) : undefined,
      send: (draft) =>
        client.mutate({
          mutation: SetArticleLiveStreamDocument,
          variables: { id: this.article.id, liveStream: announce ? liveStreamInput(draft) : null },
        }),
    });
  }
}

defineElement('piazza-newsroom-live-stream-panel', PiazzaNewsroomLiveStreamPanel);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-live-stream-panel': PiazzaNewsroomLiveStreamPanel;
  }
}
