import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  defineElement,
  errorMessageKey,
  followInPortal,
  formatTimestamp,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { screenStyles } from '@piazza/shared/screens';
import { APP_ROUTE } from '../ticketing-routes.js';
import type { TicketFieldsFragment } from '../ticket.fragment.generated.js';
import { statusBadgeStyles } from '../ui/ticketing.styles.js';
import { TicketLiveUpdates } from './ticket-live.js';
import { TicketDocument } from './ticket-view.generated.js';
import './ticket-actions.js';
import './ticket-assignment.js';
import './ticket-checklist.js';
import './ticket-discussion.js';
import './ticket-photo.js';
import './ticket-documents.js';
import './ticket-service-level.js';
import './ticket-tags.js';
import './ticket-watch.js';

type HistoryEvent = TicketFieldsFragment['history'][number];

/**
 * One ticket: what it is about, its dealer and reporter, its queue and assignee, a
 * non-conformity's details, its service levels, its checklist, its photos and documents,
 * its history, the assignment and moves the person may make, and its discussion; kept current while open.
 */
export class PiazzaTicketingTicket extends LitElement {
  static override styles = [
    screenStyles,
    statusBadgeStyles,
    css`
      header {
        display: grid;
        gap: var(--piazza-space-s);
        margin-block-end: var(--piazza-space-l);
      }
      header h1 {
        margin: 0;
      }
      .card {
        display: grid;
        gap: var(--piazza-space-l);
      }
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: var(--piazza-space-m);
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .description {
        white-space: pre-wrap;
      }
      .photos {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
        gap: var(--piazza-space-s);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .history {
        margin: 0;
        padding-inline-start: var(--piazza-space-l);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: 'ticket-id' }) ticketId = '';

  private readonly l10n = new LocalizeController(this, 'ticketing');
  private readonly ticket = new QueryController(this, {
    query: TicketDocument,
    client: () => this.portal?.client,
    variables: () => ({ id: this.ticketId, locale: this.l10n.language }),
    fetchPolicy: 'cache-and-network',
  });
  private readonly live = new TicketLiveUpdates(this, {
    client: () => this.portal?.client,
    ticketId: () => this.ticketId,
    locale: () => this.l10n.language,
  });

  override render() {
    const { t } = this.l10n;
    return html`<a
        href=${this.portal?.href(APP_ROUTE) ?? ''}
        @click=${(event: MouseEvent) => followInPortal(event, this.portal, APP_ROUTE)}
        >${t('view.back')}</a
      >
      <div aria-busy=${this.ticket.loading ? 'true' : 'false'}>
        ${this.ticket.render({
          pending: () => html`<div class="skeleton" aria-label=${t('view.loading')}></div>`,
          complete: (data) => this.renderTicket(data.ticket),
          error: (error) =>
            html`<piazza-error-panel
              heading=${t('view.errorTitle')}
              message=${t(errorMessageKey(error))}
              retry-label=${t('common:actions.retry')}
              @piazza-retry=${() => this.ticket.refetch()}
            ></piazza-error-panel>`,
        })}
      </div>`;
  }

  private renderTicket(ticket: TicketFieldsFragment) {
    const { t, language } = this.l10n;
    const nc = ticket.nonConformity;
    return html`<header>
        <p class="muted">${ticket.number}</p>
        <h1>${ticket.title}</h1>
        <p>
          <span class="badge badge--${ticket.status.toLowerCase()}">
            ${t(`status.${ticket.status}`)}
          </span>
          <span class="badge badge--${ticket.priority.toLowerCase()}">
            ${t('view.priorityBadge', { priority: t(`priority.${ticket.priority}`) })}
          </span>
        </p>
        <piazza-ticketing-watch .ticket=${ticket}></piazza-ticketing-watch>
      </header>
      <div class="card">
        <dl>
          ${this.detail(t('ticket.kind'), t(`kind.${ticket.kind}.name`))}
          ${this.detail(t('ticket.category'), ticket.category.name)}
          ${this.detail(t('ticket.dealer'), `${ticket.dealer.name}, ${ticket.dealer.city}`)}
          ${this.detail(t('ticket.reporter'), ticket.reporter.displayName ?? t('view.formerMember'))}
          ${this.detail(t('ticket.queue'), ticket.queue?.name ?? t('view.noQueue'))}
          ${this.detail(
            t('ticket.assignee'),
            ticket.assignee
              ? (ticket.assignee.displayName ?? t('view.formerMember'))
              : t('view.unassigned'),
          )}
          ${this.detail(t('ticket.created'), formatTimestamp(ticket.createdAt, language))}
          ${this.detail(t('ticket.updated'), formatTimestamp(ticket.updatedAt, language))}
          ${
            nc
              ? html`${this.detail(t('form.severity'), t(`severity.${nc.severity}`))}
                ${nc.vin ? this.detail(t('form.vin'), nc.vin) : nothing}
                ${
                  nc.customerReference
                    ? this.detail(t('form.customerReference'), nc.customerReference)
                    : nothing
                }`
              : nothing
          }
        </dl>
        <piazza-ticketing-service-level .sla=${ticket.sla}></piazza-ticketing-service-level>
        <section>
          <h2>${t('form.description')}</h2>
          <p class="description">${ticket.description}</p>
        </section>
        <piazza-ticketing-checklist .ticket=${ticket}></piazza-ticketing-checklist>
        <piazza-ticketing-tags .ticket=${ticket}></piazza-ticketing-tags>
        ${
          ticket.photos.length
            ? html`<section>
                <h2>${t('form.photos')}</h2>
                <ul class="photos">
                  ${ticket.photos.map(
                    (photo, index) =>
                      html`<li>
                        <piazza-ticketing-photo
                          src=${photo.url}
                          alt=${t('form.photoAlt', { number: index + 1 })}
                        ></piazza-ticketing-photo>
                      </li>`,
                  )}
                </ul>
              </section>`
            : nothing
        }
        ${
          ticket.attachments.length
            ? html`<section>
                <h2>${t('view.documents')}</h2>
                <piazza-ticketing-documents
                  .documents=${ticket.attachments}
                ></piazza-ticketing-documents>
              </section>`
            : nothing
        }
        ${
          ticket.handledByMe
            ? html`<piazza-ticketing-assignment .ticket=${ticket}></piazza-ticketing-assignment>`
            : nothing
        }
        <piazza-ticketing-actions .ticket=${ticket}></piazza-ticketing-actions>
        <section>
          <h2>${t('view.history')}</h2>
          <ol class="history">
            ${ticket.history.map((event) => this.renderEvent(event))}
          </ol>
        </section>
        <piazza-ticketing-discussion .ticket=${ticket}></piazza-ticketing-discussion>
      </div>`;
  }

  private detail(term: string, value: string) {
    return html`<div>
      <dt>${term}</dt>
      <dd>${value}</dd>
    </div>`;
  }

  private renderEvent(event: HistoryEvent) {
    const { t, language } = this.l10n;
    const actor = event.actor.displayName ?? t('view.formerMember');
    return html`<li>
      <time datetime=${event.at}>${formatTimestamp(event.at, language)}</time>:
      ${this.eventText(event, actor)}
    </li>`;
  }

  private eventText(event: HistoryEvent, actor: string): string {
    const { t } = this.l10n;
    switch (event.action) {
      case 'CREATED':
        return t('view.event.created', { actor });
      case 'COMMENTED':
        return t('view.event.commented', { actor });
      case 'ASSIGNED': {
        const queue = event.queue?.name ?? '';
        if (!event.assignee) return t('view.event.assignedToQueue', { actor, queue });
        const person = event.assignee.displayName ?? t('view.formerMember');
        return t('view.event.assigned', { actor, queue, person });
      }
      case 'CHECKLIST':
        return t(event.checked ? 'view.event.ticked' : 'view.event.unticked', {
          actor,
          item: event.checklistItem ?? '',
        });
      case 'TAGGED':
        return this.taggedText(event, actor);
      case 'STATUS_CHANGED':
        return t('view.event.moved', {
          actor,
          from: event.from ? t(`status.${event.from}`) : '',
          to: event.to ? t(`status.${event.to}`) : '',
        });
    }
  }

  private taggedText(event: HistoryEvent, actor: string): string {
    const { t, language } = this.l10n;
    const list = (tags: readonly string[] | null | undefined) =>
      new Intl.ListFormat(language).format((tags ?? []).map((tag) => `#${tag}`));
    const added = list(event.addedTags);
    const removed = list(event.removedTags);
    if (!removed) return t('view.event.tagged', { actor, tags: added });
    if (!added) return t('view.event.untagged', { actor, tags: removed });
    return t('view.event.retagged', { actor, added, removed });
  }
}

defineElement('piazza-ticketing-ticket', PiazzaTicketingTicket);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-ticket': PiazzaTicketingTicket;
  }
}
