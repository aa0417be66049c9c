import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { fieldStyles } from '@piazza/shared/screens';
import { KINDS, SORTS, STATUSES, listPath, type ListFilter } from '../ticketing-routes.js';
import { TicketCategoriesDocument } from '../ticketing-viewer.generated.js';
import { SLA_STATES } from '../ui/ticket-sla.js';

/** The list as its bare address gives it: every ticket of the scope, newest first. */
export const NO_FILTER: ListFilter = {
  scope: '',
  status: '',
  kind: '',
  categoryId: '',
  search: '',
  slaState: '',
  sort: '',
};

/** The filters that narrow the list (the search and the order aside), as the button counts them. */
const activeFilters = ({ status, kind, categoryId, slaState }: ListFilter) =>
  [status, kind, categoryId, slaState].filter(Boolean).length;

/**
 * The list's search, filters and order, applied by going to their address so that back,
 * reload and shared links keep them. The search stays in sight; on a phone the filters
 * and the order wait behind a "Filters (2)" button so that the tickets start on the first
 * screen, on wider screens they stand in line with it.
 */
export class PiazzaTicketingFilters extends LitElement {
  static override styles = [
    buttonStyles,
    fieldStyles,
    css`
      form {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        align-items: end;
        gap: var(--piazza-space-m);
        margin-block: var(--piazza-space-m);
      }
      .filter-panel {
        display: contents;
      }
      .filters-toggle {
        display: none;
      }
      /* The search on its own line, the filters button and "Show" side by side below it. */
      @media (max-width: 40rem) {
        form {
          display: flex;
          flex-wrap: wrap;
        }
        .search,
        .filter-panel {
          flex-basis: 100%;
        }
        .filters-toggle {
          display: inline-flex;
        }
        .filter-panel {
          display: none;
        }
        .filter-panel.open {
          display: grid;
          gap: var(--piazza-space-m);
        }
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  /** The filter of the address the list shows. */
  @property({ attribute: false }) filter: ListFilter = NO_FILTER;

  /** Whether the filters show on a narrow screen (wide ones always show them). */
  @state() private open = false;
  private readonly l10n = new LocalizeController(this, 'ticketing');
  private readonly categories = new QueryController(this, {
    query: TicketCategoriesDocument,
    client: () => this.portal?.client,
    variables: () => ({ locale: this.l10n.language }),
  });

  override render() {
    const { t } = this.l10n;
    const active = activeFilters(this.filter);
    const categories = (this.categories.data?.ticketCategories ?? []).filter(
      (category) => !this.filter.kind || category.kind === this.filter.kind,
    );
    const option = (value: string, label: string, selected: string) =>
      html`<option value=${value} ?selected=${value === selected}>${label}</option>`;
    return html`<form role="search" @submit=${this.apply}>
      <div class="field search">
        <label for="search">${t('list.search')}</label>
        <input id="search" name="q" type="search" .value=${this.filter.search} />
      </div>
      <button
        class="piazza-button filters-toggle"
        type="button"
        aria-expanded=${String(this.open)}
        aria-controls="filter-panel"
        @click=${() => (this.open = !this.open)}
      >
        ${active ? t('list.filtersActive', { count: active }) : t('list.filters')}
      </button>
      <div id="filter-panel" class="filter-panel ${this.open ? 'open' : ''}">
        <div class="field">
          <label for="status">${t('list.status')}</label>
          <select id="status" name="status">
            ${option('', t('list.any'), this.filter.status)}
            ${STATUSES.map((status) => option(status, t(`status.${status}`), this.filter.status))}
          </select>
        </div>
        <div class="field">
          <label for="kind">${t('list.kind')}</label>
          <select id="kind" name="kind">
            ${option('', t('list.any'), this.filter.kind)}
            ${KINDS.map((kind) => option(kind, t(`kind.${kind}.name`), this.filter.kind))}
          </select>
        </div>
        <div class="field">
          <label for="category">${t('list.category')}</label>
          <select id="category" name="category">
            ${option('', t('list.any'), this.filter.categoryId)}
            ${categories.map((c) => option(c.id, c.name, this.filter.categoryId))}
          </select>
        </div>
        <div class="field">
          <label for="sla">${t('list.sla')}</label>
          <select id="sla" name="sla">
            ${option('', t('list.any'), this.filter.slaState)}
            ${SLA_STATES.map((sla) => option(sla, t(`sla.state.${sla}`), this.filter.slaState))}
          </select>
        </div>
        <div class="field">
          <label for="sort">${t('list.sortBy')}</label>
          <select id="sort" name="sort">
            ${SORTS.map((sort) => option(sort, t(`sort.${sort}`), this.filter.sort || 'NEWEST'))}
          </select>
        </div>
      </div>
      <div class="actions">
        <button class="piazza-button" type="submit">${t('list.apply')}</button>
      </div>
    </form>`;
  }

  private apply(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const path = listPath({
      scope: this.filter.scope,
      status: value('status') as ListFilter['status'],
      kind: value('kind') as ListFilter['kind'],
      categoryId: value('category'),
      search: value('q'),
      slaState: value('sla') as ListFilter['slaState'],
      sort: value('sort') as ListFilter['sort'],
    });
    this.portal?.navigate(path);
  }
}

defineElement('piazza-ticketing-filters', PiazzaTicketingFilters);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-filters': PiazzaTicketingFilters;
  }
}
