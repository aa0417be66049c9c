import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  countryName,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { fieldStyles, screenStyles, type FieldError } from '@piazza/shared/screens';
import {
  PulseDealersDocument,
  PulseEditorOptionsDocument,
  PulseRegionsDocument,
} from './pulse-survey.generated.js';
import { AUDIENCE_JOBS, errorsAt, fieldErrorLine, type SurveyDraft } from './survey-draft.js';

/** Whom a survey asks, as the editor holds it. */
export type AudienceDraft = Pick<
  SurveyDraft,
  'brandId' | 'countries' | 'regionIds' | 'dealers' | 'jobs'
>;
/** The audience's lists a checkbox adds to or removes from. */
type ListKey = 'countries' | 'regionIds' | 'jobs';

const toggled = <T>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

/**
 * The author changed the audience. The change is a function of the audience as it is when
 * the editor applies it, so that two quick ticks before a render both count.
 */
export class PulseAudienceChangeEvent extends Event {
  constructor(readonly change: (current: AudienceDraft) => Partial<AudienceDraft>) {
    super('pulse-audience-change', { bubbles: true, composed: true });
  }
}

/**
 * Whom a pulse survey asks: countries, regions (those the author reaches, of the countries
 * ticked, or of all when none is), dealers found by name, and jobs (none: every job), with
 * how many people the saved draft reaches and the server's refusals about them.
 *
 * @fires pulse-audience-change - the author ticked, unticked, added or removed a place or job
 */
export class PiazzaPulseAudience extends LitElement {
  static override styles = [
    screenStyles,
    fieldStyles,
    buttonStyles,
    css`
      fieldset {
        gap: var(--piazza-space-s);
      }
      .checks {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--piazza-space-l);
      }
      .chosen {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-s);
        margin: 0;
        padding: 0;
        list-style: none;
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property({ attribute: false }) audience: AudienceDraft | undefined;
  @property({ attribute: false }) errors: readonly FieldError[] = [];
  /** How many people the saved draft asks; undefined before it is saved. */
  @property({ attribute: false }) reach: number | undefined;
  @state() private dealerSearch = '';

  private readonly l10n = new LocalizeController(this, 'barometers');
  private readonly options = new QueryController(this, {
    query: PulseEditorOptionsDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });
  private readonly regions = new QueryController(this, {
    query: PulseRegionsDocument,
    client: () => (this.audience && this.options.data ? this.portal?.client : undefined),
    // The regions of the countries ticked, or of every country when none is: the server
    // lists only those the author reaches (a region manager's own region).
    variables: () => ({
      brandId: this.audience!.brandId,
      countries: this.audience!.countries.length
        ? this.audience!.countries
        : this.options.data!.countries.map((country) => country.code),
    }),
  });
  private readonly dealers = new QueryController(this, {
    query: PulseDealersDocument,
    client: () => (this.dealerSearch.trim().length >= 2 ? this.portal?.client : undefined),
    variables: () => ({ search: this.dealerSearch.trim() }),
  });

  override render() {
    const draft = this.audience;
    if (!draft) return nothing;
    const { t, language } = this.l10n;
    // Each change reads the list as it is now: two quick ticks both count.
    const check = (name: string, value: string, label: string, key: ListKey) =>
      html`<label class="choice">
        <input
          type="checkbox"
          name=${name}
          .checked=${(draft[key] as readonly string[]).includes(value)}
          @change=${(event: Event) => {
            const on = (event.target as HTMLInputElement).checked;
            this.update_((current) => ({
              [key]: toggled(current[key] as readonly string[], value, on),
            }));
          }}
        />
        ${label}
      </label>`;
    const found = this.dealers.data?.dealers.edges.map((edge) => edge.node) ?? [];
    return html`<fieldset aria-describedby="audience-error">
      <legend>${t('pulse.fields.audience')}</legend>
      <p class="hint">${t('pulse.audienceHint')}</p>
      ${fieldErrorLine(t, 'audience', errorsAt(this.errors, 'audience'))}
      <fieldset>
        <legend>${t('pulse.fields.countries')}</legend>
        <div class="checks">
          ${(this.options.data?.countries ?? []).map(({ code, name }) =>
            check('countries', code, countryName(code, language, name), 'countries'),
          )}
        </div>
      </fieldset>
      ${
        this.regions.data?.regions.length
          ? html`<fieldset>
              <legend>${t('pulse.fields.regions')}</legend>
              <div class="checks">
                ${this.regions.data.regions.map((region) =>
                  check('regions', region.id, region.name, 'regionIds'),
                )}
              </div>
            </fieldset>`
          : nothing
      }
      <div class="field">
        <label for="dealer-search">${t('pulse.fields.dealers')}</label>
        <input
          id="dealer-search"
          type="search"
          autocomplete="off"
          .value=${this.dealerSearch}
          @input=${(event: InputEvent) => {
            this.dealerSearch = (event.target as HTMLInputElement).value;
          }}
        />
        <ul class="chosen" aria-label=${t('pulse.foundDealers')}>
          ${found
            .filter((dealer) => !draft.dealers.some((chosen) => chosen.id === dealer.id))
            .slice(0, 8)
            .map(
              (dealer) =>
                html`<li>
                  <button
                    type="button"
                    class="piazza-button"
                    @click=${() =>
                      this.update_((current) => ({
                        dealers: [...current.dealers, { id: dealer.id, name: dealer.name }],
                      }))}
                  >
                    ${t('pulse.addDealer', { dealer: `${dealer.name}, ${dealer.city}` })}
                  </button>
                </li>`,
            )}
        </ul>
        <ul class="chosen" aria-label=${t('pulse.chosenDealers')}>
          ${draft.dealers.map(
            (dealer) =>
              html`<li>
                <button
                  type="button"
                  class="piazza-button"
                  @click=${() =>
                    this.update_((current) => ({
                      dealers: current.dealers.filter((d) => d.id !== dealer.id),
                    }))}
                >
                  ${t('pulse.removeDealer', { dealer: dealer.name })}
                </button>
              </li>`,
          )}
        </ul>
      </div>
      <fieldset>
        <legend>${t('pulse.fields.jobs')}</legend>
        <p class="hint">${t('pulse.jobsHint')}</p>
        <div class="checks">
          ${AUDIENCE_JOBS.map((job) => check('jobs', job, t(`common:jobs.${job}`), 'jobs'))}
        </div>
      </fieldset>
      ${
        this.reach !== undefined
          ? html`<p class="reach">${t('pulse.reach', { count: this.reach })}</p>`
          : nothing
      }
    </fieldset>`;
  }

  private update_(change: (current: AudienceDraft) => Partial<AudienceDraft>): void {
    this.dispatchEvent(new PulseAudienceChangeEvent(change));
  }
}

defineElement('piazza-pulse-audience', PiazzaPulseAudience);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-pulse-audience': PiazzaPulseAudience;
  }
  interface GlobalEventHandlersEventMap {
    'pulse-audience-change': PulseAudienceChangeEvent;
  }
}
