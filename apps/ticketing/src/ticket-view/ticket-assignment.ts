import { LitElement, css, html, nothing } from 'lit';
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
import {
  fieldErrorMessage,
  fieldErrorsOf,
  fieldStyles,
  screenStyles,
} from '@piazza/shared/screens';
import type { TicketFieldsFragment } from '../ticket.fragment.generated.js';
import { formMessage, type FormMessage } from '../ui/form-message.js';
import { conflictOf } from './conflict.js';
import {
  AssignTicketDocument,
  TicketDocument,
  TicketQueuesDocument,
  type TicketQueuesQuery,
} from './ticket-view.generated.js';

type Queue = TicketQueuesQuery['ticketQueues'][number];

/**
 * For the ticket's handlers: puts it in a team queue serving its dealer, with one of the
 * queue's members (or the person themselves) or nobody yet. Shown only when the server
 * offers queues. Each assignment names the assignee it was decided from: when someone
 * assigned the ticket meanwhile, the server refuses it and the ticket is shown as it is now.
 */
export class PiazzaTicketingAssignment extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    css`
      form {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        align-items: end;
        gap: var(--piazza-space-m);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) ticket?: TicketFieldsFragment;

  /** The queue picked in the form; until then the ticket's own, else its dealer's team's. */
  @state() private queueId = '';
  @state() private assigning = false;
  @state() private message: FormMessage | undefined;
  private readonly l10n = new LocalizeController(this, 'ticketing');
  private readonly queues = new QueryController(this, {
    query: TicketQueuesDocument,
    client: () => this.portal?.client,
    variables: () => ({ ticketId: this.ticket?.id ?? '' }),
    fetchPolicy: 'cache-and-network',
  });

  override render() {
    const { t } = this.l10n;
    const queues = this.queues.data?.ticketQueues ?? [];
    if (!this.ticket || queues.length === 0) return nothing;
    const queue = this.chosenQueue(queues);
    const me = this.portal?.session.personId;
    const member = (id: string) => queue.members.some((m) => m.id === id);
    return html`<section aria-labelledby="assign-heading">
      <h2 id="assign-heading">${t('assign.title')}</h2>
      <form @submit=${(event: SubmitEvent) => this.submit(event)}>
        <div class="field">
          <label for="assign-queue">${t('assign.queue')}</label>
          <select
            id="assign-queue"
            name="queue"
            @change=${(event: Event) => {
              this.queueId = (event.target as HTMLSelectElement).value;
            }}
          >
            ${queues.map(
              (q) => html`<option value=${q.id} ?selected=${q.id === queue.id}>${q.name}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="assign-member">${t('assign.member')}</label>
          <select id="assign-member" name="member">
            <option value="">${t('assign.wholeQueue')}</option>
            ${queue.members.map(
              (m) =>
                html`<option value=${m.id} ?selected=${m.id === this.ticket!.assignee?.id}>
                  ${m.displayName ?? t('view.formerMember')}
                </option>`,
            )}
          </select>
        </div>
        <div class="actions">
          <button class="piazza-button" type="submit" ?disabled=${this.assigning}>
            ${t('assign.submit')}
          </button>
          ${
            me && member(me)
              ? html`<button
                  class="piazza-button"
                  type="button"
                  ?disabled=${this.assigning}
                  @click=${() => this.assign(queue.id, me)}
                >
                  ${t('assign.toMe')}
                </button>`
              : nothing
          }
        </div>
      </form>
      ${formMessage(this.message)}
    </section>`;
  }

  private chosenQueue(queues: readonly Queue[]): Queue {
    const wanted = this.queueId || this.ticket?.queue?.id;
    return queues.find((q) => q.id === wanted) ?? dealersTeam(queues);
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    void this.assign(String(form.get('queue')), String(form.get('member') ?? '') || null);
  }

  private async assign(queueId: string, assigneeId: string | null): Promise<void> {
    const ticket = this.ticket;
    if (!ticket || !this.portal || this.assigning) return;
    this.assigning = true;
    this.message = undefined;
    try {
      const { data } = await this.portal.client.mutate({
        mutation: AssignTicketDocument,
        variables: {
          id: ticket.id,
          queueId,
          assigneeId,
          expectedAssigneeId: ticket.assignee?.id ?? null,
          locale: this.l10n.language,
        },
      });
      this.queueId = '';
      this.message = { text: this.assignedMessage(data?.assignTicket), alert: false };
    } catch (error) {
      this.message = { text: await this.failureMessage(error), alert: true };
    } finally {
      this.assigning = false;
    }
  }

  private assignedMessage(ticket: TicketFieldsFragment | undefined): string {
    const { t } = this.l10n;
    const queue = ticket?.queue?.name ?? '';
    const assignee = ticket?.assignee;
    return assignee
      ? t('assign.assigned', {
          queue,
          person: assignee.displayName ?? t('view.formerMember'),
        })
      : t('assign.assignedToQueue', { queue });
  }

  /** What to say about a refused assignment; on a conflict the ticket is fetched as it is now. */
  private async failureMessage(error: unknown): Promise<string> {
    const { t } = this.l10n;
    if (conflictOf(error)) {
      const fresh = await this.portal!.client.query({
        query: TicketDocument,
        variables: { id: this.ticket!.id, locale: this.l10n.language },
        fetchPolicy: 'network-only',
      }).catch(() => undefined);
      const holder = fresh?.data?.ticket.assignee;
      return holder
        ? t('assign.conflict', { person: holder.displayName ?? t('view.formerMember') })
        : t('assign.conflictNobody');
    }
    const refused = fieldErrorsOf(error);
    if (refused.length) return refused.map((e) => fieldErrorMessage(t, e)).join(' ');
    return t('assign.failed', { reason: t(errorMessageKey(error)) });
  }
}

/**
 * The server offers only the queues serving the ticket's dealer: one naming both a brand
 * and a country is the dealer's own team (an Italian Lumo dealer's after-sales), before one
 * naming either, before the group-wide ones like the IT help desk; the first among equals.
 */
function dealersTeam(queues: readonly Queue[]): Queue {
  const specificity = (q: Queue) => Number(q.brand !== null) + Number(q.country !== null);
  return queues.reduce((best, q) => (specificity(q) > specificity(best) ? q : best));
}

defineElement('piazza-ticketing-assignment', PiazzaTicketingAssignment);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-assignment': PiazzaTicketingAssignment;
  }
}
