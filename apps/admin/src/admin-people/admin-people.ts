import { LitElement, css, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { followLink, replaceRoute, routeHref } from '../admin-navigation.js';
import { countryName, personName } from '../labels.js';
import type { PersonSummaryFieldsFragment } from '../person-summary.fragment.generated.js';
import { formStyles, screenStyles, tableStyles } from '../ui/admin.styles.js';
import { Debouncer } from '../ui/debouncer.js';
import { errorPanel, loadingRows } from '../ui/states.js';
import {
  AdminPeopleDocument,
  type AdminPeopleQuery,
  type AdminPeopleQueryVariables,
} from './admin-people.generated.js';

const PAGE_SIZE = 25;
/** A pause this long after a key means the person has finished typing for now. */
const SEARCH_DELAY_MS = 350;

/** Finds people by name, e-mail or id, a page at a time, and opens one. */
export class PiazzaAdminPeople extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    tableStyles,
    formStyles,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        margin-block-end: var(--piazza-space-l);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  /** The search the list shows, from the address bar (`?q=`). */
  @property() search = '';
  @query('input') private input!: HTMLInputElement;

  private readonly l10n = new LocalizeController(this, 'admin');
  private readonly typing = new Debouncer(SEARCH_DELAY_MS);
  private readonly people = new QueryController(this, {
    query: AdminPeopleDocument,
    client: () => this.portal?.client,
    variables: (): AdminPeopleQueryVariables => ({
      search: this.search.trim() || null,
      first: PAGE_SIZE,
    }),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.typing.cancel();
  }

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('people.title')}</h1>
      <form role="search" @submit=${this.submit}>
        <div class="field">
          <label for="search">${t('people.searchLabel')}</label>
          <input
            id="search"
            type="search"
            autocomplete="off"
            .value=${this.search}
            @input=${() => this.typing.run(() => this.commit())}
          />
        </div>
        <button class="piazza-button piazza-button--primary">${t('people.searchButton')}</button>
      </form>
      <div aria-busy=${this.people.loading ? 'true' : 'false'}>
        ${this.people.render({
          pending: () => loadingRows(t('people.loading')),
          complete: (data) => this.renderResults(data),
          error: (error) =>
            errorPanel({
              heading: t('people.errorTitle'),
              error,
              t,
              retry: () => void this.people.refetch(),
            }),
        })}
      </div>`;
  }

  private renderResults(data: AdminPeopleQuery) {
    const { t } = this.l10n;
    const { edges, pageInfo } = data.people;
    if (edges.length === 0) {
      return html`<p role="status">
        ${this.search.trim() ? t('people.empty', { search: this.search.trim() }) : t('people.none')}
      </p>`;
    }
    return html`<table>
        <thead>
          <tr>
            <th scope="col">${t('people.columns.name')}</th>
            <th scope="col">${t('people.columns.job')}</th>
            <th scope="col">${t('people.columns.workplace')}</th>
            <th scope="col">${t('people.columns.brand')}</th>
          </tr>
        </thead>
        <tbody>
          ${edges.map(({ node }) => this.renderPerson(node))}
        </tbody>
      </table>
      <div class="more">
        ${this.people.moreFailed ? html`<p role="alert">${t('people.moreFailed')}</p>` : nothing}
        ${
          pageInfo.hasNextPage
            ? html`<button
                class="piazza-button"
                ?disabled=${this.people.loadingMore}
                @click=${() => this.people.fetchMore({ after: pageInfo.endCursor })}
              >
                ${this.people.loadingMore ? t('people.loadingMore') : t('people.loadMore')}
              </button>`
            : html`<p>${t('people.end')}</p>`
        }
      </div>`;
  }

  private renderPerson(person: PersonSummaryFieldsFragment) {
    const { t, language } = this.l10n;
    const route = { screen: 'person', personId: person.id } as const;
    return html`<tr>
      <td>
        <a
          class="target-link"
          href=${routeHref(this.portal, route)}
          @click=${(event: MouseEvent) => followLink(event, this.portal, route)}
          >${personName(person, t)}</a
        >
        ${person.erased ? html`<span class="badge">${t('people.erasedBadge')}</span>` : nothing}
      </td>
      <td data-label=${t('people.columns.job')}>${t(`common:jobs.${person.job}`)}</td>
      <td data-label=${t('people.columns.workplace')}>
        ${
          person.dealer
            ? `${person.dealer.name}, ${person.dealer.city}`
            : countryName(person.country, language)
        }
      </td>
      <td data-label=${t('people.columns.brand')}>${person.brand.name}</td>
    </tr>`;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    this.typing.cancel();
    this.commit();
  }

  /** Shows the results for what is typed, and keeps it in the address for back and reload. */
  private commit(): void {
    const search = this.input.value;
    if (search === this.search) return;
    this.search = search;
    replaceRoute(this.portal, { screen: 'people', search });
  }
}

defineElement('piazza-admin-people', PiazzaAdminPeople);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-people': PiazzaAdminPeople;
  }
}
