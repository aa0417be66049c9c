import { LitElement, html, nothing } from 'lit';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  formatTimestamp,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { followLink, routeHref } from '../admin-navigation.js';
import { countryName, formatNumber, personName } from '../labels.js';
import { screenStyles, tableStyles } from '../ui/admin.styles.js';
import { errorPanel, loadingRows } from '../ui/states.js';
import { AdminRolloutsDocument } from './admin-rollouts.generated.js';
import type { AppRolloutFieldsFragment } from './app-rollout.fragment.generated.js';

/** Every app's roll-out wave: who may open it now, how many people that is, who changed it. */
export class PiazzaAdminRollouts extends LitElement {
  static override styles = [buttonStyles, screenStyles, tableStyles];

  @consume({ context: portalContext }) portal?: PortalContext;

  private readonly l10n = new LocalizeController(this, 'admin');
  private readonly rollouts = new QueryController(this, {
    query: AdminRolloutsDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('rollouts.title')}</h1>
      <p class="intro">${t('rollouts.intro')}</p>
      ${this.rollouts.render({
        pending: () => loadingRows(t('rollouts.loading')),
        complete: ({ appRollouts }) =>
          html`<table>
            <thead>
              <tr>
                <th scope="col">${t('rollouts.columns.app')}</th>
                <th scope="col">${t('rollouts.columns.wave')}</th>
                <th scope="col">${t('rollouts.columns.cohort')}</th>
                <th scope="col">${t('rollouts.columns.reach')}</th>
                <th scope="col">${t('rollouts.columns.updated')}</th>
                <th scope="col">
                  <span class="visually-hidden">${t('rollouts.columns.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              ${appRollouts.map((rollout) => this.renderRollout(rollout))}
            </tbody>
          </table>`,
        error: (error) =>
          errorPanel({
            heading: t('rollouts.errorTitle'),
            error,
            t,
            retry: () => void this.rollouts.refetch(),
          }),
      })}`;
  }

  private renderRollout(rollout: AppRolloutFieldsFragment) {
    const { t, language } = this.l10n;
    const appName = t(`common:apps.${rollout.app}`, { defaultValue: rollout.app });
    const edit = { screen: 'rollout', app: rollout.app } as const;
    return html`<tr>
      <td><strong>${appName}</strong></td>
      <td data-label=${t('rollouts.columns.wave')}>${t(`rollouts.waves.${rollout.wave}`)}</td>
      <td data-label=${t('rollouts.columns.cohort')}>
        ${
          rollout.wave === 'PILOT'
            ? html`<ul>
                ${rollout.countries.map((country) => html`<li>${countryName(country, language)}</li>`)}
                ${rollout.dealers.map((dealer) => html`<li>${dealer.name}, ${dealer.city}</li>`)}
              </ul>`
            : html`<span class="muted">${t('rollouts.noCohort')}</span>`
        }
      </td>
      <td data-label=${t('rollouts.columns.reach')}>${formatNumber(rollout.reach, language)}</td>
      <td data-label=${t('rollouts.columns.updated')}>
        ${
          rollout.updatedAt
            ? html`${rollout.updatedBy ? personName(rollout.updatedBy, t) : nothing} <br /><time
                  datetime=${rollout.updatedAt}
                  >${formatTimestamp(rollout.updatedAt, language)}</time
                >`
            : html`<span class="muted">${t('rollouts.neverChanged')}</span>`
        }
      </td>
      <td>
        <a
          class="piazza-button"
          href=${routeHref(this.portal, edit)}
          @click=${(event: MouseEvent) => followLink(event, this.portal, edit)}
          >${t('rollouts.edit')}<span class="visually-hidden"> ${appName}</span></a
        >
      </td>
    </tr>`;
  }
}

defineElement('piazza-admin-rollouts', PiazzaAdminRollouts);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-rollouts': PiazzaAdminRollouts;
  }
}
