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
import { followLink, routeHref } from '../admin-navigation.js';
import type { AdminRoute } from '../admin-route.js';
import { screenStyles, tableStyles } from '../ui/admin.styles.js';
import { errorPanel, loadingRows } from '../ui/states.js';
import { AdminTicketCategoriesDocument } from './admin-ticket-categories.generated.js';
import type { AdminTicketCategoryFieldsFragment } from './ticket-category.fragment.generated.js';

/** Every ticket category, retired ones too, in the order the new-ticket form lists them. */
export class PiazzaAdminTicketCategories extends LitElement {
  static override styles = [buttonStyles, screenStyles, tableStyles];

  @consume({ context: portalContext }) portal?: PortalContext;

  private readonly l10n = new LocalizeController(this, 'admin');
  private readonly categories = new QueryController(this, {
    query: AdminTicketCategoriesDocument,
    client: () => this.portal?.client,
    variables: () => ({ locale: this.l10n.language }),
  });

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('ticketCategories.title')}</h1>
      <p class="intro">${t('ticketCategories.intro')}</p>
      <p>
        ${this.link(
          { screen: 'ticketCategory', categoryId: null },
          t('ticketCategories.add'),
          'piazza-button piazza-button--primary',
        )}
      </p>
      ${this.categories.render({
        pending: () => loadingRows(t('ticketCategories.loading')),
        complete: ({ adminTicketCategories }) =>
          html`<table>
            <thead>
              <tr>
                <th scope="col">${t('ticketCategories.columns.name')}</th>
                <th scope="col">${t('ticketCategories.columns.kind')}</th>
                <th scope="col">${t('ticketCategories.columns.code')}</th>
                <th scope="col">${t('ticketCategories.columns.state')}</th>
                <th scope="col">${t('ticketCategories.columns.queue')}</th>
                <th scope="col">
                  <span class="visually-hidden">${t('ticketCategories.columns.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              ${adminTicketCategories.map((category) => this.renderCategory(category))}
            </tbody>
          </table>`,
        error: (error) =>
          errorPanel({
            heading: t('ticketCategories.errorTitle'),
            error,
            t,
            retry: () => void this.categories.refetch(),
          }),
      })}`;
  }

  private renderCategory(category: AdminTicketCategoryFieldsFragment) {
    const { t } = this.l10n;
    const edit = { screen: 'ticketCategory', categoryId: category.id } as const;
    return html`<tr>
      <td><strong>${category.name}</strong></td>
      <td data-label=${t('ticketCategories.columns.kind')}>
        ${t(`ticketCategories.kinds.${category.kind}`)}
      </td>
      <td data-label=${t('ticketCategories.columns.code')}><code>${category.code}</code></td>
      <td data-label=${t('ticketCategories.columns.state')}>
        ${
          category.active
            ? t('ticketCategories.active')
            : html`<span class="badge">${t('ticketCategories.retired')}</span>`
        }
      </td>
      <td data-label=${t('ticketCategories.columns.queue')}>
        ${category.defaultQueue?.name ?? html`<span class="muted">${t('ticketCategories.noQueue')}</span>`}
      </td>
      <td>
        ${this.link(
          edit,
          html`${t('ticketCategories.edit')}<span class="visually-hidden"> ${category.name}</span>`,
        )}
      </td>
    </tr>`;
  }

  private link(route: AdminRoute, label: unknown, className = 'piazza-button') {
    return html`<a
      class=${className}
      href=${routeHref(this.portal, route)}
      @click=${(event: MouseEvent) => followLink(event, this.portal, route)}
      >${label}</a
    >`;
  }
}

defineElement('piazza-admin-ticket-categories', PiazzaAdminTicketCategories);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-ticket-categories': PiazzaAdminTicketCategories;
  }
}
