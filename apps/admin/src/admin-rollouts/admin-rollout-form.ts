import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import type { RolloutWave } from '@piazza/shared/graphql';
import { followLink, routeHref } from '../admin-navigation.js';
import type { DealerFieldsFragment } from '../dealer.fragment.generated.js';
import { formatNumber } from '../labels.js';
import { formStyles, screenStyles } from '../ui/admin.styles.js';
import { Debouncer } from '../ui/debouncer.js';
import { isBadInput } from '../ui/errors.js';
import { errorPanel, liveMessage, loadingRows } from '../ui/states.js';
import { AdminRolloutsDocument, SetAppRolloutDocument } from './admin-rollouts.generated.js';
import type { AppRolloutFieldsFragment } from './app-rollout.fragment.generated.js';
import type { CountryToggledEvent } from './country-picker.js';
import './country-picker.js';
import type { DealerPickedEvent } from './dealer-search.js';
import './dealer-search.js';

const SEARCH_DELAY_MS = 350;

/** The form's state: kept when the wave changes back and forth, or a save fails. */
interface Draft {
  wave: RolloutWave;
  countries: ReadonlySet<string>;
  dealers: ReadonlyMap<string, DealerFieldsFragment>;
}

function draftOf(rollout: AppRolloutFieldsFragment): Draft {
  return {
    wave: rollout.wave,
    countries: new Set(rollout.countries.map((country) => country.code)),
    dealers: new Map(rollout.dealers.map((dealer) => [dealer.id, dealer])),
  };
}

/** Changes one app's roll-out: everyone, or a pilot group of countries and dealers. */
export class PiazzaAdminRolloutForm extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    formStyles,
    css`
      .chosen {
        display: grid;
        gap: var(--piazza-space-xs);
        margin: 0 0 var(--piazza-space-m);
        padding: 0;
        list-style: none;
      }
      .chosen li {
        display: grid;
        grid-template-columns: 1fr auto;
        align-items: center;
        gap: var(--piazza-space-s);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property() app = '';
  @state() private draft: Draft | undefined;
  @state() private dealerSearch = '';
  @state() private error: string | undefined;
  @state() private savedReach: number | undefined;
  @state() private busy = false;

  private readonly l10n = new LocalizeController(this, 'admin');
  private readonly typing = new Debouncer(SEARCH_DELAY_MS);
  private readonly rollouts = new QueryController(this, {
    query: AdminRolloutsDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });
  private get rollout(): AppRolloutFieldsFragment | undefined {
    return this.rollouts.data?.appRollouts.find((rollout) => rollout.app === this.app);
  }

  /** What the form shows: the person's changes, else the roll-out as saved. */
  private get shownDraft(): Draft | undefined {
    const rollout = this.rollout;
    return this.draft ?? (rollout && draftOf(rollout));
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('app')) {
      this.draft = undefined;
      this.error = undefined;
      this.savedReach = undefined;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.typing.cancel();
  }

  override render() {
    const { t } = this.l10n;
    const back = { screen: 'rollouts' } as const;
    return html`<a
        class="target-link"
        href=${routeHref(this.portal, back)}
        @click=${(event: MouseEvent) => followLink(event, this.portal, back)}
        >← ${t('rolloutForm.back')}</a
      >
      ${this.rollouts.render({
        pending: () => loadingRows(t('rollouts.loading'), 2),
        complete: () =>
          this.rollout && this.shownDraft
            ? this.renderForm(this.rollout, this.shownDraft)
            : html`<h1>${t('rolloutForm.noSuchApp')}</h1>`,
        error: (error) =>
          errorPanel({
            heading: t('rollouts.errorTitle'),
            error,
            t,
            retry: () => void this.rollouts.refetch(),
          }),
      })}`;
  }

  private renderForm(rollout: AppRolloutFieldsFragment, draft: Draft) {
    const { t, language } = this.l10n;
    const app = t(`common:apps.${rollout.app}`, { defaultValue: rollout.app });
    const wave = (value: RolloutWave, label: string) =>
      html`<label class="choice">
        <input
          type="radio"
          name="wave"
          .checked=${draft.wave === value}
          @change=${() => this.change({ wave: value })}
        />
        ${label}
      </label>`;
    return html`<h1>${t('rolloutForm.title', { app })}</h1>
      ${liveMessage(
        'status',
        this.savedReach === undefined
          ? undefined
          : t('rolloutForm.saved', { app, people: formatNumber(this.savedReach, language) }),
      )}
      <form novalidate @submit=${this.submit}>
        <fieldset>
          <legend>${t('rolloutForm.waveLegend', { app })}</legend>
          ${wave('EVERYONE', t('rolloutForm.everyone'))} ${wave('PILOT', t('rolloutForm.pilot'))}
        </fieldset>
        ${draft.wave === 'PILOT' ? this.renderCohort(rollout, draft, app) : nothing}
        ${liveMessage('alert', this.error && t(this.error))}
        <button class="piazza-button piazza-button--primary" ?disabled=${this.busy}>
          ${this.busy ? t('rolloutForm.saving') : t('rolloutForm.save')}
        </button>
      </form>`;
  }

  private renderCohort(rollout: AppRolloutFieldsFragment, draft: Draft, app: string) {
    const { t } = this.l10n;
    return html`<p class="hint">${t('rolloutForm.cohortHint', { app })}</p>
      <fieldset>
        <legend>${t('rolloutForm.countries')}</legend>
        <piazza-admin-country-picker
          .chosen=${draft.countries}
          @piazza-admin-country-toggled=${this.toggleCountry}
        ></piazza-admin-country-picker>
      </fieldset>
      <fieldset>
        <legend>${t('rolloutForm.dealers')}</legend>
        ${
          draft.dealers.size === 0
            ? html`<p class="muted">${t('rolloutForm.noDealers')}</p>`
            : html`<ul class="chosen">
                ${[...draft.dealers.values()].map(
                  (dealer) =>
                    html`<li>
                      <span>${dealer.name}, ${dealer.city}</span>
                      <button
                        type="button"
                        class="piazza-button"
                        @click=${() => this.removeDealer(dealer.id)}
                      >
                        ${t('rolloutForm.remove')}<span class="visually-hidden"
                          >: ${dealer.name}, ${dealer.city}</span
                        >
                      </button>
                    </li>`,
                )}
              </ul>`
        }
        <div class="field">
          <label for="dealer-search">${t('rolloutForm.dealerSearch')}</label>
          <input
            id="dealer-search"
            type="search"
            autocomplete="off"
            @input=${this.onDealerInput}
            @keydown=${this.onDealerKey}
          />
        </div>
        ${
          this.dealerSearch.trim()
            ? html`<piazza-admin-dealer-search
                .search=${this.dealerSearch}
                .chosen=${new Set(draft.dealers.keys())}
                @piazza-admin-dealer-picked=${this.addDealer}
              ></piazza-admin-dealer-search>`
            : nothing
        }
      </fieldset>`;
  }

  private change(patch: Partial<Draft>): void {
    const draft = this.shownDraft;
    if (draft === undefined) return;
    this.draft = { ...draft, ...patch };
    this.error = undefined;
    this.savedReach = undefined;
  }

  private readonly toggleCountry = ({ code }: CountryToggledEvent): void => {
    const countries = new Set(this.shownDraft?.countries);
    if (!countries.delete(code)) countries.add(code);
    this.change({ countries });
  };

  private readonly addDealer = ({ dealer }: DealerPickedEvent): void => {
    this.change({ dealers: new Map(this.shownDraft?.dealers).set(dealer.id, dealer) });
  };

  private removeDealer(id: string): void {
    const dealers = new Map(this.shownDraft?.dealers);
    dealers.delete(id);
    this.change({ dealers });
  }

  private readonly onDealerInput = (event: InputEvent): void => {
    const value = (event.target as HTMLInputElement).value;
    this.typing.run(() => (this.dealerSearch = value));
  };

  /** Enter in the dealer search searches at once; it must not save the whole form. */
  private readonly onDealerKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.typing.cancel();
    this.dealerSearch = (event.target as HTMLInputElement).value;
  };

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.portal?.client;
    const draft = this.shownDraft;
    if (client === undefined || draft === undefined || this.busy) return;
    const pilot = draft.wave === 'PILOT';
    if (pilot && draft.countries.size + draft.dealers.size === 0) {
      this.error = 'rolloutForm.emptyPilot';
      return;
    }
    this.busy = true;
    this.error = undefined;
    this.savedReach = undefined;
    try {
      const { data } = await client.mutate({
        mutation: SetAppRolloutDocument,
        variables: {
          input: {
            app: this.app,
            wave: draft.wave,
            countries: pilot ? [...draft.countries] : [],
            dealers: pilot ? [...draft.dealers.keys()] : [],
          },
        },
      });
      this.savedReach = data?.setAppRollout.reach;
    } catch (error) {
      this.error = isBadInput(error) ? 'rolloutForm.invalid' : errorMessageKey(error);
    } finally {
      this.busy = false;
    }
  }
}

defineElement('piazza-admin-rollout-form', PiazzaAdminRolloutForm);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-rollout-form': PiazzaAdminRolloutForm;
  }
}
