import { html } from 'lit';
import type { TFunction } from 'i18next';
import './dealer-picker.js';
import type { PiazzaNewsroomDealerPickEvent } from './dealer-picker.js';
import { JOBS, ROLES, type AudienceDraft } from './target-draft.js';

export interface RegionChoice {
  id: string;
  name: string;
  countryCode: string;
}

export interface AudienceRowsOptions {
  t: TFunction;
  audiences: readonly AudienceDraft[];
  /** The article's countries, by code, with their names in the editor's language. */
  countries: readonly { code: string; name: string }[];
  regions: readonly RegionChoice[];
  brandId: string;
  /** Replaces one group by its changed copy. */
  change: (audience: AudienceDraft) => void;
  remove: (audience: AudienceDraft) => void;
}

/**
 * The narrower groups of readers, one fieldset each: country, region, dealer (searched),
 * job and role, every one "anyone" until chosen. A reader belongs to a group when they
 * match everything it sets.
 */
export function audienceRows(options: AudienceRowsOptions) {
  return options.audiences.map((audience, index) => audienceRow(audience, index, options));
}

function audienceRow(audience: AudienceDraft, index: number, options: AudienceRowsOptions) {
  const { t, countries, change } = options;
  const id = (name: string) => `audience-${audience.key}-${name}`;
  const regions = options.regions.filter(
    (region) =>
      (audience.countryCode === '' || region.countryCode === audience.countryCode) &&
      countries.some((country) => country.code === region.countryCode),
  );
  const select = (
    field: 'countryCode' | 'regionId' | 'job' | 'role',
    choices: [string, string][],
  ) =>
    html`<div class="field">
      <label for=${id(field)}>${t(`target.audience.${field}`)}</label>
      <select
        id=${id(field)}
        @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          // A region belongs to one country: choosing another country clears it.
          const reset = field === 'countryCode' ? { regionId: '' } : {};
          change({ ...audience, ...reset, [field]: value });
        }}
      >
        <option value="" ?selected=${audience[field] === ''}>${t('target.audience.anyone')}</option>
        ${choices.map(
          ([value, label]) =>
            html`<option value=${value} ?selected=${audience[field] === value}>${label}</option>`,
        )}
      </select>
    </div>`;
  return html`<fieldset class="audience">
    <legend>${t('target.audience.legend', { number: index + 1 })}</legend>
    <div class="audience-fields">
      ${select(
        'countryCode',
        countries.map((country) => [country.code, country.name]),
      )}
      ${select(
        'regionId',
        regions.map((region) => [region.id, region.name]),
      )}
      ${select(
        'job',
        JOBS.map((job) => [job, t(`common:jobs.${job}`)]),
      )}
      ${select(
        'role',
        ROLES.map((role) => [role, t(`common:roles.${role}`)]),
      )}
    </div>
    ${
      audience.dealer
        ? html`<p class="dealer">
            <span>
              <strong>${t('target.audience.dealer')}</strong>: ${audience.dealer.name},
              ${audience.dealer.city}
            </span>
            <button
              type="button"
              class="piazza-button"
              @click=${() => change({ ...audience, dealer: null })}
            >
              ${t('target.audience.removeDealer')}
            </button>
          </p>`
        : html`<piazza-newsroom-dealer-picker
            brand-id=${options.brandId}
            .countries=${countries.map((country) => country.code)}
            label=${t('target.audience.findDealer')}
            @piazza-newsroom-dealer-pick=${(event: PiazzaNewsroomDealerPickEvent) =>
              change({ ...audience, dealer: event.dealer })}
          ></piazza-newsroom-dealer-picker>`
    }
    <div class="actions">
      <button type="button" class="piazza-button" @click=${() => options.remove(audience)}>
        ${t('target.audience.remove', { number: index + 1 })}
      </button>
    </div>
  </fieldset>`;
}
