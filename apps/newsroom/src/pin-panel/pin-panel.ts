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
import type { EditorialArticleFieldsFragment } from '../editorial-article.fragment.generated.js';
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
import { checkPin, pinDraft, pinUntil, type PinDraft } from './pin-draft.js';
import { PinArticleDocument } from './pin-panel.generated.js';

/** The fields this panel shows a refusal next to (pinArticle's `extensions.field`). */
const PIN_FIELDS = ['until'];

/**
 * Keeps a published or scheduled article at the top of its readers' feed until a time
 * typed on a zone's clocks (by default its first country's), or takes it off. At most
 * three articles are pinned at once per brand and country: the server says so when a
 * fourth is asked for, and the editor unpins one first.
 */
export class PiazzaNewsroomPinPanel extends LitElement {
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
  private readonly form = new ArticleFormController<PinDraft>(this, {
    fields: PIN_FIELDS,
    t: () => this.l10n.t,
  });

  /** Only what readers see (or will at its time) is pinned. */
  private get pinnable(): boolean {
    return this.article.status === 'PUBLISHED' || this.article.status === 'SCHEDULED';
  }

  private zones(): ZoneChoice[] {
    return articleZones(this.article, this.l10n);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.form.sync(this.article.updatedAt, () =>
      pinDraft(
        this.article.pinnedUntil ?? null,
        this.form.draft?.timeZone ?? this.zones()[0]!.timeZone,
      ),
    );
  }

  override render() {
    const { t } = this.l10n;
    const draft = this.form.draft;
    if (!draft) return nothing;
    const error = this.form.message('until');
    return html`<section class="card" aria-labelledby="pin-heading">
      <h2 id="pin-heading">${t('pin.title')}</h2>
      <p class="status">${this.state()}</p>
      <form novalidate @submit=${this.save}>
        <fieldset class="plain" ?disabled=${!this.pinnable}>
          <fieldset>
            <legend>${t('pin.until')}</legend>
            <div class="when">
              ${wallTimeFields({
                id: 'pin-',
                labels: { date: t('workflow.date'), time: t('workflow.time') },
                value: draft.until,
                describedBy: error ? 'pin-error' : 'pin-hint',
                invalid: Boolean(error),
                change: (part) =>
                  this.form.change({ until: { ...this.form.draft!.until, ...part } }, PIN_FIELDS),
              })}
              ${zoneField({
                id: 'pin-zone',
                label: t('workflow.timeZone'),
                zones: this.zones(),
                value: draft.timeZone,
                change: (timeZone) => this.form.change({ timeZone }, PIN_FIELDS),
              })}
            </div>
            ${
              error
                ? html`<p id="pin-error" class="field-error">${error}</p>`
                : html`<p id="pin-hint" class="muted">${t('pin.hint')}</p>`
            }
          </fieldset>
        </fieldset>
        ${this.form.renderFooter({
          label: this.article.pinnedUntil ? t('pin.change') : t('pin.pin'),
          disabled: !this.pinnable,
          extra: this.article.pinnedUntil
            ? html`<button type="button" class="piazza-button" @click=${this.unpin}>
                ${t('pin.unpin')}
              </button>`
            : nothing,
        })}
      </form>
    </section>`;
  }

  /** "Pinned to the top of the feed until 30 Nov 2026, 18:00 Central European Time." */
  private state(): string {
    const { t, language } = this.l10n;
    if (!this.pinnable) return t('pin.notPublished');
    const until = this.article.pinnedUntil;
    if (!until) return t('pin.none');
    const { there } = zonedTimes(until, { timeZone: this.form.draft!.timeZone, locale: language });
    return t('pin.pinned', { time: there });
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await this.form.save({
      check: checkPin,
      send: (draft) => this.pin(pinUntil(draft)),
    });
  }

  private readonly unpin = (): Promise<boolean> => this.form.save({ send: () => this.pin(null) });

  /** The saved article comes back through the cache, and the panel with it. */
  private pin(until: string | null) {
    return this.portal!.client.mutate({
      mutation: PinArticleDocument,
      variables: { id: this.article.id, until },
    });
  }
}

defineElement('piazza-newsroom-pin-panel', PiazzaNewsroomPinPanel);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-pin-panel': PiazzaNewsroomPinPanel;
  }
}
