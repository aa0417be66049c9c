import { fieldStyles, screenStyles } from '@piazza/shared/screens';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { localTimeZone, timeZoneName } from '../ui/time-zone.js';
import type { ArticleTargetInput } from '@piazza/shared/graphql';
import type { EditorCommunityFieldsFragment } from '../editor-community.fragment.generated.js';
import type { EditorialArticleFieldsFragment } from '../editorial-article.fragment.generated.js';
import { ArticleFormController } from '../ui/article-form.js';
import { countryName, formatCount } from '../ui/labels.js';
import { Debounced } from '../ui/debounced.js';
import { panelFormStyles } from '../ui/newsroom.styles.js';
import { audienceRows, type RegionChoice } from './audience-rows.js';
import './image-upload.js';
import type { PiazzaNewsroomImageChangeEvent } from './image-upload.js';
import {
  checkTarget,
  draftOf,
  emptyAudience,
  targetInput,
  type TargetDraft,
} from './target-draft.js';
import {
  AudienceReachDocument,
  SetArticleTargetDocument,
  TargetRegionsDocument,
} from './target-panel.generated.js';
import { targetPanelStyles } from './target-panel.styles.js';

/** The fields this panel shows a refusal next to (setArticleTarget's `extensions.field`). */
const TARGET_FIELDS = ['countries', 'audiences', 'mustReadBy', 'imageUrl'];
/** A pause this long after a change, and the reach is counted again. */
const REACH_DELAY_MS = 400;

/**
 * Who an article is for: its countries (those of the editor's communities of its brand),
 * narrower groups of readers, whether it is a must-read and by when, and its picture.
 * The number of people the current choices reach is counted live, before saving; saving
 * calls setArticleTarget. A published article's target is shown but can no longer change.
 */
export class PiazzaNewsroomTargetPanel extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    panelFormStyles,
    targetPanelStyles,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) article!: EditorialArticleFieldsFragment;
  /** The communities the editor writes for (all brands). */
  @property({ attribute: false }) communities: readonly EditorCommunityFieldsFragment[] = [];

  private readonly l10n = new LocalizeController(this, 'newsroom');
  private readonly form = new ArticleFormController<TargetDraft>(this, {
    fields: TARGET_FIELDS,
    t: () => this.l10n.t,
  });
  private readonly reachTarget = new Debounced<ArticleTargetInput | null>(this, {
    delay: REACH_DELAY_MS,
    initial: null,
  });
  private readonly reach = new QueryController(this, {
    query: AudienceReachDocument,
    client: () => (this.reachTarget.value ? this.portal?.client : undefined),
    variables: () => ({ target: this.reachTarget.value! }),
  });
  private readonly regionList = new QueryController(this, {
    query: TargetRegionsDocument,
    client: () => this.portal?.client,
    variables: () => ({
      brandId: this.article.brand.id,
      countries: this.brandCommunities.map((community) => community.country.code),
    }),
  });

  /** Pending while it is not published: after that, the target is history. */
  private get locked(): boolean {
    return this.article.status === 'PUBLISHED' || this.article.status === 'ARCHIVED';
  }

  /** The zone the deadline is typed in: the article's, else its first country's, else ours. */
  private get timeZone(): string {
    const code = this.form.draft?.countries[0] ?? this.article.countries[0]?.code;
    const first = this.brandCommunities.find((c) => c.country.code === code)?.country;
    return (
      this.article.timeZone ??
      first?.timeZone ??
      this.article.countries[0]?.timeZone ??
      localTimeZone()
    );
  }

  private get brandCommunities() {
    return this.communities.filter((community) => community.brand.id === this.article.brand.id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.form.sync(this.article.updatedAt, () => draftOf(this.article, this.timeZone))) {
      this.countReach(true);
    }
  }

  override render() {
    const { t } = this.l10n;
    const draft = this.form.draft;
    if (!draft) return nothing;
    return html`<section class="card" aria-labelledby="target-heading">
      <h2 id="target-heading">${t('target.title')}</h2>
      ${this.renderReach()}
      <form novalidate @submit=${this.save}>
        ${this.locked ? html`<p class="status">${t('target.locked')}</p>` : nothing}
        <fieldset class="plain" ?disabled=${this.locked}>
          ${this.renderCountries(draft)} ${this.renderAudiences(draft)}
          ${this.renderMustRead(draft)}
          <piazza-newsroom-image-upload
            .url=${draft.imageUrl}
            ?disabled=${this.locked}
            error=${this.form.message('imageUrl') ?? ''}
            @piazza-newsroom-image-change=${(event: PiazzaNewsroomImageChangeEvent) =>
              this.change({ imageUrl: event.url })}
          ></piazza-newsroom-image-upload>
        </fieldset>
        ${this.form.renderFooter({ label: t('target.save'), disabled: this.locked })}
      </form>
    </section>`;
  }

  private renderReach() {
    const { t, language } = this.l10n;
    let text: string;
    if (!this.reachTarget.value) text = t('target.reachNone');
    else if (this.reachTarget.pending || this.reach.loading) text = t('target.reachCounting');
    else if (this.reach.data) {
      const count = this.reach.data.audienceReach;
      text = t('target.reach', { count, number: formatCount(count, language) });
    } else text = t('target.reachFailed');
    return html`<p class="reach" role="status">${text}</p>`;
  }

  private renderCountries(draft: TargetDraft) {
    const { t, language } = this.l10n;
    const error = this.form.message('countries');
    return html`<fieldset aria-describedby=${error ? 'countries-error' : nothing}>
      <legend>${t('target.countries')}</legend>
      ${this.brandCommunities.map(
        ({ country }) =>
          html`<label class="choice">
            <input
              type="checkbox"
              .checked=${draft.countries.includes(country.code)}
              @change=${(event: Event) => this.toggleCountry(country.code, event)}
            />
            ${countryName(country, language)}
          </label>`,
      )}
      ${error ? html`<p id="countries-error" class="field-error">${error}</p>` : nothing}
    </fieldset>`;
  }

  private renderAudiences(draft: TargetDraft) {
    const { t, language } = this.l10n;
    const countries = this.brandCommunities
      .filter(({ country }) => draft.countries.includes(country.code))
      .map(({ country }) => ({ code: country.code, name: countryName(country, language) }));
    const error = this.form.message('audiences');
    return html`<fieldset>
      <legend>${t('target.audiences')}</legend>
      <p class="hint">${t('target.audiencesHint')}</p>
      ${audienceRows({
        t,
        audiences: draft.audiences,
        countries,
        regions: this.regions(),
        brandId: this.article.brand.id,
        change: (audience) =>
          this.change({
            audiences: draft.audiences.map((a) => (a.key === audience.key ? audience : a)),
          }),
        remove: (audience) =>
          this.change({ audiences: draft.audiences.filter((a) => a.key !== audience.key) }),
      })}
      ${error ? html`<p class="field-error">${error}</p>` : nothing}
      <div class="actions">
        <button type="button" class="piazza-button" @click=${this.addAudience}>
          ${t('target.addAudience')}
        </button>
      </div>
    </fieldset>`;
  }

  private renderMustRead(draft: TargetDraft) {
    const { t, language } = this.l10n;
    const error = this.form.message('mustReadBy');
    const zone = timeZoneName(this.timeZone, language);
    return html`<fieldset>
      <legend>${t('target.mustRead')}</legend>
      <label class="choice">
        <input
          type="checkbox"
          .checked=${draft.mustRead}
          @change=${(event: Event) =>
            this.change({ mustRead: (event.target as HTMLInputElement).checked })}
        />
        ${t('target.mustReadLabel')}
      </label>
      ${
        draft.mustRead
          ? html`<div class="field deadline">
              <label for="deadline">${t('target.deadline')}</label>
              <input
                id="deadline"
                type="datetime-local"
                .value=${draft.mustReadBy}
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${error ? 'deadline-hint deadline-error' : 'deadline-hint'}
                @input=${(event: Event) =>
                  this.change({ mustReadBy: (event.target as HTMLInputElement).value })}
              />
              <p id="deadline-hint" class="hint">${t('target.deadlineHint', { zone })}</p>
              ${error ? html`<p id="deadline-error" class="field-error">${error}</p>` : nothing}
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  /** The regions with dealers of the article's brand in the editor's countries, by name. */
  private regions(): RegionChoice[] {
    return (this.regionList.data?.regions ?? []).map(({ id, name, country }) => ({
      id,
      name,
      countryCode: country.code,
    }));
  }

  private toggleCountry(code: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const countries = this.form.draft!.countries.filter((c) => c !== code);
    this.change({ countries: checked ? [...countries, code] : countries });
  }

  private readonly addAudience = (): void => {
    this.change({ audiences: [...this.form.draft!.audiences, emptyAudience()] });
  };

  private change(values: Partial<TargetDraft>): void {
    this.form.change(values);
    this.countReach(false);
  }

  private countReach(now: boolean): void {
    const draft = this.form.draft!;
    const input =
      draft.countries.length > 0
        ? targetInput(
            { ...draft, mustRead: false },
            { brandId: this.article.brand.id, timeZone: this.timeZone },
          )
        : null;
    const same = JSON.stringify(input) === JSON.stringify(this.reachTarget.value);
    // With no country there is nothing to count: say so at once.
    if (now || input === null) this.reachTarget.reset(input);
    else if (!same) this.reachTarget.set(input);
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.portal?.client;
    if (!client) return;
    const brandId = this.article.brand.id;
    const options = { timeZone: this.timeZone, publishAt: this.article.publishAt };
    await this.form.save({
      check: (draft) => checkTarget(draft, options),
      send: (draft) =>
        client.mutate({
          mutation: SetArticleTargetDocument,
          variables: {
            id: this.article.id,
            target: targetInput(draft, { brandId, timeZone: this.timeZone }),
          },
        }),
    });
  }
}

defineElement('piazza-newsroom-target-panel', PiazzaNewsroomTargetPanel);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-target-panel': PiazzaNewsroomTargetPanel;
  }
}
