import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  followInPortal,
  formatDate,
  portalContext,
  sectionNavStyles,
  stackedTableStyles,
  type OutboxEntry,
  type PortalContext,
} from '@piazza/shared';
import { screenStyles } from '@piazza/shared/screens';
import type { TicketScope } from '@piazza/shared/graphql';
import { NEW_TICKET_PATH, listPath, ticketPath, type ListFilter } from '../ticketing-routes.js';
import { CREATE_TICKET_LABEL } from '../new-ticket/create-ticket.js';
import { TicketingViewerDocument } from '../ticketing-viewer.generated.js';
import { slaBadge, slaBadgeStyles } from '../ui/ticket-sla.js';
import { statusBadgeStyles } from '../ui/ticketing.styles.js';
import {
  TicketsDocument,
  type TicketsQuery,
  type TicketsQueryVariables,
} from './ticket-list.generated.js';
import { NO_FILTER } from './ticket-filters.js';
import { exportsTickets, scopeLabel, scopesFor } from './ticket-scopes.js';
import { downloadTicketsCsv } from './tickets-export.js';

const PAGE_SIZE = 25;

type Ticket = TicketsQuery['tickets']['edges'][number]['node'];

/**
 * The tickets the person sees, newest first or in the order they choose: one tab per scope
 * their roles and teams give (mine, assigned to me, my team, my dealer's, my region's,
 * everything), narrowed by status, kind, category, service level and words or a number
 * (./ticket-filters.ts), a page at a time, and for managers a CSV download of it. Tickets
 * still waiting in the outbox head "mine".
 */
export class PiazzaTicketingList extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    sectionNavStyles,
    stackedTableStyles,
    statusBadgeStyles,
    slaBadgeStyles,
    css`
      .heading {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--piazza-space-m);
      }
      .heading-actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-s);
      }
      table {
        inline-size: 100%;
        border-collapse: collapse;
      }
      th,
      td {
        padding: var(--piazza-space-s);
        text-align: start;
        vertical-align: top;
        border-block-end: 1px solid var(--piazza-color-border);
      }
      .pending-list {
        display: grid;
        gap: var(--piazza-space-s);
        padding: 0;
        list-style: none;
      }
      .more {
        margin-block: var(--piazza-space-m);
      }
      @media (max-width: 40rem) {
        td[data-label]::before {
          content: attr(data-label) ': ';
          font-weight: 600;
        }
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  /** What the address asks for (`tickets?scope=MY_DEALER&status=NEW`). */
  @property({ attribute: false }) filter: ListFilter = NO_FILTER;

  @state() private pending: readonly OutboxEntry[] = [];
  @state() private exporting = false;
  /** Why the last download was refused (a key), empty when it was not. */
  @state() private exportFailure = '';
  private unsubscribe: (() => void) | undefined;
  private readonly l10n = new LocalizeController(this, 'ticketing');
  private readonly viewer = new QueryController(this, {
    query: TicketingViewerDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });
  private readonly tickets = new QueryController(this, {
    query: TicketsDocument,
    client: () => this.portal?.client,
    variables: (): TicketsQueryVariables => ({
      filter: {
        scope: this.scope(),
        status: this.filter.status || null,
        kind: this.filter.kind || null,
        categoryId: this.filter.categoryId || null,
        search: this.filter.search || null,
        slaState: this.filter.slaState || null,
      },
      sort: this.filter.sort || null,
      first: PAGE_SIZE,
      locale: this.l10n.language,
    }),
    fetchPolicy: 'cache-and-network',
  });

  override connectedCallback(): void {
    super.connectedCallback();
    void this.watchOutbox();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  override render() {
    const { t } = this.l10n;
    return html`<div class="heading">
        <h1>${t('list.title')}</h1>
        <div class="heading-actions">
          ${this.renderExport()}
          <a
            class="piazza-button piazza-button--primary"
            href=${this.portal?.href(NEW_TICKET_PATH) ?? ''}
            @click=${(event: MouseEvent) => followInPortal(event, this.portal, NEW_TICKET_PATH)}
            >${t('nav.newTicket')}</a
          >
        </div>
      </div>
      ${this.exportMessages()} ${this.renderScopes()}
      <piazza-ticketing-filters .filter=${this.filter}></piazza-ticketing-filters>
      ${this.scope() === 'MINE' ? this.renderPending() : nothing}
      <div aria-busy=${this.tickets.loading ? 'true' : 'false'}>
        ${this.tickets.render({
          pending: () =>
            html`<ul class="loading" aria-label=${t('list.loading')}>
              ${[0, 1, 2].map(() => html`<li class="skeleton"></li>`)}
            </ul>`,
          complete: (data) => this.renderTickets(data),
          error: (error) =>
            html`<piazza-error-panel
              heading=${t('list.errorTitle')}
              message=${t(errorMessageKey(error))}
              retry-label=${t('common:actions.retry')}
              @piazza-retry=${() => this.tickets.refetch()}
            ></piazza-error-panel>`,
        })}
      </div>`;
  }

  /** The scope shown: the address's when the person has it, else their own tickets. */
  private scope(): TicketScope {
    return this.filter.scope && this.scopes().includes(this.filter.scope)
      ? this.filter.scope
      : 'MINE';
  }

  private scopes(): TicketScope[] {
    return scopesFor(this.person());
  }

  private person() {
    const me = this.viewer.data?.me;
    return {
      roles: this.portal?.session.roles ?? [],
      job: me?.person.job ?? null,
      hasDealer: !!me?.person.dealer,
      queues: me?.ticketQueues.map((queue) => queue.name) ?? [],
    };
  }

  /** The CSV download, for those the server gives it to. */
  private renderExport() {
    const { t } = this.l10n;
    if (!exportsTickets(this.person())) return nothing;
    return html`<button
      class="piazza-button"
      type="button"
      ?disabled=${this.exporting}
      @click=${() => this.download()}
    >
      ${this.exporting ? t('export.preparing') : t('export.button')}
    </button>`;
  }

  private exportMessages() {
    const { t } = this.l10n;
    return this.exportFailure
      ? html`<p class="alert" role="alert">
          ${t('export.failed', { reason: t(this.exportFailure) })}
        </p>`
      : nothing;
  }

  private async download(): Promise<void> {
    if (!this.portal || this.exporting) return;
    this.exporting = true;
    this.exportFailure = '';
    try {
      this.exportFailure =
        (await downloadTicketsCsv(
          this.portal,
          { ...this.filter, scope: this.scope() },
          this.l10n.language,
        )) ?? '';
    } finally {
      this.exporting = false;
    }
  }

  private renderScopes() {
    const { t } = this.l10n;
    const scopes = this.scopes();
    if (scopes.length < 2) return nothing;
    return html`<nav class="sections" aria-label=${t('list.scopeLabel')}>
      <ul>
        ${scopes.map((scope) => {
          const path = listPath({ ...this.filter, scope });
          return html`<li>
            <a
              href=${this.portal?.href(path) ?? ''}
              aria-current=${scope === this.scope() ? 'page' : 'false'}
              @click=${(event: MouseEvent) => followInPortal(event, this.portal, path)}
              >${scopeLabel(t, scope, this.person().queues)}</a
            >
          </li>`;
        })}
      </ul>
    </nav>`;
  }

  /** The tickets filed on this device that still wait to be sent. */
  private renderPending() {
    const { t, language } = this.l10n;
    if (this.pending.length === 0) return nothing;
    return html`<section aria-labelledby="pending-heading">
      <h2 id="pending-heading">${t('list.pendingTitle')}</h2>
      <ul class="pending-list">
        ${this.pending.map(
          (entry) =>
            html`<li class="card">
              <strong>${entry.label.values?.['title'] ?? ''}</strong>
              <span class="badge pending">${t('list.waiting')}</span>
              <span class="muted">
                ${t('list.queuedAt', { time: formatDate(entry.queuedAt, language) })}
              </span>
              ${
                entry.state === 'failed'
                  ? html`<p class="alert">${t('list.pendingFailed')}</p>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderTickets(data: TicketsQuery) {
    const { t } = this.l10n;
    const { edges, pageInfo } = data.tickets;
    if (edges.length === 0) return this.renderEmpty();
    return html`<table>
        <thead>
          <tr>
            <th scope="col">${t('ticket.number')}</th>
            <th scope="col">${t('ticket.title')}</th>
            <th scope="col">${t('ticket.status')}</th>
            <th scope="col">${t('ticket.priority')}</th>
            <th scope="col">${t('ticket.sla')}</th>
            <th scope="col">${t('ticket.dealer')}</th>
            <th scope="col">${t('ticket.category')}</th>
            <th scope="col">${t('ticket.updated')}</th>
          </tr>
        </thead>
        <tbody>
          ${edges.map(({ node }) => this.renderTicket(node))}
        </tbody>
      </table>
      <div class="more">
        ${this.tickets.moreFailed ? html`<p role="alert">${t('list.moreFailed')}</p>` : nothing}
        ${
          pageInfo.hasNextPage
            ? html`<button
                class="piazza-button"
                ?disabled=${this.tickets.loadingMore}
                @click=${() => this.tickets.fetchMore({ after: pageInfo.endCursor })}
              >
                ${this.tickets.loadingMore ? t('list.loadingMore') : t('list.loadMore')}
              </button>`
            : nothing
        }
      </div>`;
  }

  private renderEmpty() {
    const { t } = this.l10n;
    const { status, kind, categoryId, search, slaState } = this.filter;
    const filtered = !!(status || kind || categoryId || search || slaState);
    if (filtered) {
      const path = listPath({ scope: this.filter.scope, sort: this.filter.sort });
      return html`<p class="status" role="status">
        ${t('list.emptyFiltered')}
        <a
          href=${this.portal?.href(path) ?? ''}
          @click=${(event: MouseEvent) => followInPortal(event, this.portal, path)}
          >${t('list.clearFilters')}</a
        >
      </p>`;
    }
    return html`<p class="status" role="status">${t(`list.empty.${this.scope()}`)}</p>`;
  }

  private renderTicket(ticket: Ticket) {
    const { t, language } = this.l10n;
    const path = ticketPath(ticket.id);
    return html`<tr>
      <td data-label=${t('ticket.number')}>${ticket.number}</td>
      <th scope="row">
        <a
          class="target-link"
          href=${this.portal?.href(path) ?? ''}
          @click=${(event: MouseEvent) => followInPortal(event, this.portal, path)}
          >${ticket.title}</a
        >
      </th>
      <td data-label=${t('ticket.status')}>
        <span class="badge badge--${ticket.status.toLowerCase()}">
          ${t(`status.${ticket.status}`)}
        </span>
      </td>
      <td data-label=${t('ticket.priority')}>
        <span class="badge badge--${ticket.priority.toLowerCase()}">
          ${t(`priority.${ticket.priority}`)}
        </span>
      </td>
      <td data-label=${t('ticket.sla')}>${slaBadge(t, ticket.sla.state)}</td>
      <td data-label=${t('ticket.dealer')}>${ticket.dealer.name}, ${ticket.dealer.city}</td>
      <td data-label=${t('ticket.category')}>${ticket.category.name}</td>
      <td data-label=${t('ticket.updated')}>
        <time datetime=${ticket.updatedAt}>${formatDate(ticket.updatedAt, language)}</time>
      </td>
    </tr>`;
  }

  private async watchOutbox(): Promise<void> {
    const outbox = await this.portal?.outbox();
    if (!outbox || !this.isConnected) return;
    const read = () => {
      const before = this.pending.length;
      this.pending = outbox.entries().filter((entry) => entry.label.key === CREATE_TICKET_LABEL);
      // A ticket left the outbox: it is on the server now, and in the list once fetched.
      if (this.pending.length < before) void this.tickets.refetch();
    };
    read();
    this.unsubscribe = outbox.subscribe(read);
  }
}

defineElement('piazza-ticketing-list', PiazzaTicketingList);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-list': PiazzaTicketingList;
  }
}
