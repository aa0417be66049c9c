import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import type { TicketQueueInput } from '@piazza/shared/graphql';
import { openRoute, routeLink } from '../admin-navigation.js';
import { countryName } from '../labels.js';
import { AdminFormController } from '../ui/admin-form.js';
import { formStyles, screenStyles } from '../ui/admin.styles.js';
import type { PersonPickedEvent } from '../ui/person-picker.js';
import '../ui/person-picker.js';
import { errorPanel, liveMessage, loadingRows } from '../ui/states.js';
import {
  AdminTicketTeamScopesDocument,
  AdminTicketTeamsDocument,
  SaveTicketQueueDocument,
  type AdminTicketTeamScopesQuery,
} from './admin-ticket-queues.generated.js';
import {
  draftOf,
  emptyDraft,
  formFieldOf,
  inputOf,
  memberField,
  type QueueDraft,
} from './queue-draft.js';

/** The message group of a refused field: the members share theirs. */
const errorGroup = (field: string): string => (field.startsWith('member-') ? 'member' : field);

/** A select's choices: its value and label. */
interface Choice {
  value: string;
  label: string;
}

/**
 * Creates a ticket team (queue) or changes one: its name, the brand and country whose
 * dealers it serves (or all), and its members, who handle its tickets.
 */
export class PiazzaAdminTicketQueueForm extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    formStyles,
    css`
      /* As wide as the fields above, so that a name and its button read as a pair. */
      .members,
      piazza-admin-person-picker {
        max-inline-size: 32rem;
      }
      .members {
        display: grid;
        gap: var(--piazza-space-xs);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .members li {
        display: grid;
        grid-template-columns: 1fr auto;
        align-items: center;
        gap: var(--piazza-space-s);
      }
      .members .alert {
        grid-column: 1 / -1;
        margin: 0;
      }
      .field .alert {
        margin: 0;
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  /** The team to change; null for a new one. */
  @property({ attribute: false }) queueId: string | null = null;
  /** The team this form just created, whose address it then moved to. */
  private created: string | undefined;

  private readonly l10n = new LocalizeController(this, 'admin');
  private readonly form = new AdminFormController<QueueDraft, TicketQueueInput>(this, {
    messages: 'queueForm',
    l10n: this.l10n,
    savedDraft: () => {
      if (this.queueId === null) return emptyDraft();
      const queue = this.queue;
      return queue && draftOf(queue);
    },
    prepare: (draft) => ({ input: inputOf(draft, this.queueId ?? undefined) }),
    formFieldOf,
    errorGroup,
    save: async (input) => {
      const { data } = await this.portal!.client.mutate({
        mutation: SaveTicketQueueDocument,
        variables: { input },
        refetchQueries: [AdminTicketTeamsDocument],
        awaitRefetchQueries: true,
      });
      return this.queueId === null ? data?.saveTicketQueue.id : undefined;
    },
    created: (id) => {
      this.created = id;
      openRoute(this.portal, { screen: 'ticketQueue', queueId: id });
    },
  });
  private readonly queues = new QueryController(this, {
    query: AdminTicketTeamsDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });
  private readonly scopes = new QueryController(this, {
    query: AdminTicketTeamScopesDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });

  private get queue() {
    return this.queues.data?.adminTicketQueues.find((q) => q.id === this.queueId);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Moving to the address of the team just created keeps the confirmation.
    if (changed.has('queueId') && this.queueId !== this.created) this.form.reset();
  }

  override render() {
    const { t } = this.l10n;
    const failed = (error: unknown) =>
      errorPanel({
        heading: t('ticketQueues.errorTitle'),
        error,
        t,
        retry: () => void Promise.all([this.queues.refetch(), this.scopes.refetch()]),
      });
    return html`${routeLink(
      this.portal,
      { screen: 'ticketQueues' },
      `← ${t('queueForm.back')}`,
      'target-link',
    )}
    ${this.queues.render({
      pending: () => loadingRows(t('ticketQueues.loading'), 2),
      complete: () =>
        this.scopes.render({
          pending: () => loadingRows(t('ticketQueues.loading'), 2),
          complete: (scopes) => {
            const draft = this.form.shown;
            return draft
              ? this.renderForm(draft, scopes)
              : html`<h1>${t('queueForm.noSuchQueue')}</h1>`;
          },
          error: failed,
        }),
      error: failed,
    })}`;
  }

  private renderForm(draft: QueueDraft, scopes: AdminTicketTeamScopesQuery) {
    const { t, language } = this.l10n;
    const title =
      this.queueId === null
        ? t('queueForm.newTitle')
        : t('queueForm.editTitle', { name: this.queue?.name ?? draft.name });
    // Every community's brand, once each, by name (communities come by brand name).
    const brands = new Map(scopes.editorCommunities.map(({ brand }) => [brand.id, brand.name]));
    const countries = scopes.countries
      .map((country) => ({ value: country.code, label: countryName(country, language) }))
      .sort((a, b) => a.label.localeCompare(b.label, language));
    return html`<h1>${title}</h1>
      ${liveMessage('status', this.form.saved ? t('queueForm.saved') : undefined)}
      <form novalidate @submit=${this.form.submit}>
        <div class="field">
          <label for="name">${t('queueForm.name')}</label>
          <input
            id="name"
            maxlength="80"
            required
            .value=${draft.name}
            aria-invalid=${this.form.invalid('name')}
            aria-describedby="name-error"
            @input=${(event: InputEvent) =>
              this.form.change({ name: (event.target as HTMLInputElement).value })}
          />
          ${this.form.fieldError('name')}
        </div>
        ${this.renderSelect(
          'brandId',
          t('queueForm.brand'),
          t('ticketQueues.allBrands'),
          [...brands].map(([value, label]) => ({ value, label })),
          draft.brandId,
        )}
        ${this.renderSelect(
          'countryCode',
          t('queueForm.country'),
          t('ticketQueues.allCountries'),
          countries,
          draft.countryCode,
        )}
        ${this.renderMembers(draft)} ${liveMessage('alert', this.form.error && t(this.form.error))}
        <button class="piazza-button piazza-button--primary" ?disabled=${this.form.busy}>
          ${this.form.busy ? t('queueForm.saving') : t('queueForm.save')}
        </button>
      </form>`;
  }

  /** A choice among `choices`, or `all` (the empty value): whom the team serves. */
  private renderSelect(
    field: 'brandId' | 'countryCode',
    label: string,
    all: string,
    choices: readonly Choice[],
    chosen: string,
  ) {
    return html`<div class="field">
      <label for=${field}>${label}</label>
      <select
        id=${field}
        aria-invalid=${this.form.invalid(field)}
        aria-describedby="${field}-error"
        @change=${(event: Event) =>
          this.form.change({ [field]: (event.target as HTMLSelectElement).value })}
      >
        <option value="" .selected=${chosen === ''}>${all}</option>
        ${choices.map(
          ({ value, label: text }) =>
            html`<option value=${value} .selected=${chosen === value}>${text}</option>`,
        )}
      </select>
      ${this.form.fieldError(field)}
    </div>`;
  }

  private renderMembers(draft: QueueDraft) {
    const { t } = this.l10n;
    return html`<fieldset>
      <legend>${t('queueForm.members')}</legend>
      <p class="hint">${t('queueForm.membersHint')}</p>
      ${
        draft.members.length === 0
          ? html`<p class="muted">${t('queueForm.noMembers')}</p>`
          : html`<ul class="members">
              ${draft.members.map((member) => {
                const id = memberField(member.id);
                const name = member.displayName ?? t('common:person.formerMember');
                return html`<li>
                  <span>${name}</span>
                  <button
                    type="button"
                    class="piazza-button"
                    id=${id}
                    aria-describedby="${id}-error"
                    aria-label=${t('queueForm.removeNamed', { name })}
                    @click=${() => this.removeMember(member.id)}
                  >
                    ${t('queueForm.remove')}
                  </button>
                  ${this.form.fieldError(id)}
                </li>`;
              })}
            </ul>`
      }
      <piazza-admin-person-picker
        label=${t('queueForm.addMember')}
        .chosen=${new Set(draft.members.map((member) => member.id))}
        @piazza-admin-person-picked=${this.addMember}
      ></piazza-admin-person-picker>
    </fieldset>`;
  }

  private readonly addMember = ({ person }: PersonPickedEvent): void => {
    const members = this.form.shown?.members ?? [];
    this.form.change({ members: [...members, { id: person.id, displayName: person.displayName }] });
  };

  private removeMember(personId: string): void {
    const members = this.form.shown?.members ?? [];
    this.form.change({ members: members.filter((member) => member.id !== personId) });
  }
}

defineElement('piazza-admin-ticket-queue-form', PiazzaAdminTicketQueueForm);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-ticket-queue-form': PiazzaAdminTicketQueueForm;
  }
}
