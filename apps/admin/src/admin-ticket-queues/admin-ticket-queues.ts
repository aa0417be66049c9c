import { LitElement, html } from 'lit';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { routeLink } from '../admin-navigation.js';
import { countryName } from '../labels.js';
import { screenStyles, tableStyles } from '../ui/admin.styles.js';
import { errorPanel, loadingRows } from '../ui/states.js';
import { AdminTicketTeamsDocument } from './admin-ticket-queues.generated.js';
import type { AdminTicketQueueFieldsFragment } from './ticket-queue.fragment.generated.js';

/** The ticket teams (queues) by name: whose dealers each serves and how many work in it. */
export class PiazzaAdminTicketQueues extends LitElement {
  static override styles = [buttonStyles, screenStyles, tableStyles];

  @consume({ context: portalContext }) portal?: PortalContext;

  private readonly l10n = new LocalizeController(this, 'admin');
  private readonly queues = new QueryController(this, {
    query: AdminTicketTeamsDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('ticketQueues.title')}</h1>
      <p class="intro">${t('ticketQueues.intro')}</p>
      <p>
        ${routeLink(
          this.portal,
          { screen: 'ticketQueue', queueId: null },
          t('ticketQueues.add'),
          'piazza-button piazza-button--primary',
        )}
      </p>
      ${this.queues.render({
        pending: () => loadingRows(t('ticketQueues.loading')),
        complete: ({ adminTicketQueues }) =>
          html`<table>
            <thead>
              <tr>
                <th scope="col">${t('ticketQueues.columns.name')}</th>
                <th scope="col">${t('ticketQueues.columns.serves')}</th>
                <th scope="col">${t('ticketQueues.columns.members')}</th>
                <th scope="col">
                  <span class="visually-hidden">${t('ticketQueues.columns.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              ${adminTicketQueues.map((queue) => this.renderQueue(queue))}
            </tbody>
          </table>`,
        error: (error) =>
          errorPanel({
            heading: t('ticketQueues.errorTitle'),
            error,
            t,
            retry: () => void this.queues.refetch(),
          }),
      })}`;
  }

  private renderQueue(queue: AdminTicketQueueFieldsFragment) {
    const { t, language } = this.l10n;
    const brand = queue.brand?.name ?? t('ticketQueues.allBrands');
    const country = queue.country
      ? countryName(queue.country, language)
      : t('ticketQueues.allCountries');
    return html`<tr>
      <td><strong>${queue.name}</strong></td>
      <td data-label=${t('ticketQueues.columns.serves')}>${brand} · ${country}</td>
      <td data-label=${t('ticketQueues.columns.members')}>
        ${t('ticketQueues.memberCount', { count: queue.members.length })}
      </td>
      <td>
        ${routeLink(
          this.portal,
          { screen: 'ticketQueue', queueId: queue.id },
          html`${t('ticketQueues.edit')}<span class="visually-hidden"> ${queue.name}</span>`,
        )}
      </td>
    </tr>`;
  }
}

defineElement('piazza-admin-ticket-queues', PiazzaAdminTicketQueues);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-ticket-queues': PiazzaAdminTicketQueues;
  }
}
