import { LitElement, css, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  followInPortal,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import {
  fieldErrorMessage,
  fieldErrorsOf,
  fieldStyles,
  messageFor,
  screenStyles,
  type FieldError,
} from '@piazza/shared/screens';
import type { NonConformitySeverity, TicketPriority } from '@piazza/shared/graphql';
import { KINDS, listPath, ticketPath } from '../ticketing-routes.js';
import {
  TicketCategoriesDocument,
  TicketingViewerDocument,
} from '../ticketing-viewer.generated.js';
import {
  EMPTY_DRAFT,
  createTicketWrite,
  draftProblems,
  type TicketDraft,
} from './create-ticket.js';
import type { PiazzaTicketingDealerChosenEvent } from './dealer-choice.js';
import './dealer-choice.js';
import type { PiazzaTicketingPhotoPicker } from './photo-picker.js';
import './photo-picker.js';
import { isChecklistField } from './checklist.js';
import type { PiazzaTicketingChecklistChangedEvent } from './checklist-editor.js';
import './checklist-editor.js';
import type { PiazzaTicketingDocumentPicker } from './document-picker.js';
import './document-picker.js';

const PRIORITIES: readonly TicketPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
const SEVERITIES: readonly NonConformitySeverity[] = ['MINOR', 'MAJOR', 'CRITICAL'];
/** The fields this form shows errors next to, by the server's names. */
const SHOWN_FIELDS = [
  'kind',
  'categoryId',
  'title',
  'description',
  'dealerId',
  'nonConformity.vin',
  'nonConformity.customerReference',
  'nonConformity.severity',
];

/**
 * The form for a new ticket: its kind first (each explained in a line), then its category,
 * title, description, priority and dealer, a non-conformity's vehicle or customer and
 * severity, an optional checklist, photos and documents. It goes through the outbox: shown once the server has it, or kept
 * on the device and sent when the network is back. Refused input is shown next to its
 * field, with everything typed and every file kept.
 */
export class PiazzaTicketingNewTicket extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    css`
      form {
        display: grid;
        gap: var(--piazza-space-m);
        max-inline-size: var(--piazza-reading-width);
      }
      .kind-hint {
        display: block;
        color: var(--piazza-color-text-muted);
        font-weight: 400;
      }
      .choice {
        align-items: start;
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;

  @state() private draft: TicketDraft = EMPTY_DRAFT;
  @state() private errors: readonly FieldError[] = [];
  /** Why the last send failed, beyond the fields it names; undefined when it did not. */
  @state() private failure: unknown;
  @state() private sending = false;
  /** The title of the ticket just kept on the device, for the message that says so. */
  @state() private queuedTitle = '';
  @query('piazza-ticketing-photo-picker') private photoPicker!: PiazzaTicketingPhotoPicker;
  @query('piazza-ticketing-document-picker')
  private documentPicker!: PiazzaTicketingDocumentPicker;

  private readonly l10n = new LocalizeController(this, 'ticketing');
  private readonly viewer = new QueryController(this, {
    query: TicketingViewerDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });
  private readonly categories = new QueryController(this, {
    query: TicketCategoriesDocument,
    client: () => this.portal?.client,
    variables: () => ({ locale: this.l10n.language }),
  });

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('form.title')}</h1>
      ${this.renderOutcome()}
      <form class="card" novalidate @submit=${this.submit}>
        ${this.renderKind()} ${this.renderCategory()}
        ${this.textField('title', { label: t('form.ticketTitle'), maxlength: 120 })}
        ${this.textField('description', {
          label: t('form.description'),
          hint: t('form.descriptionHint'),
          multiline: true,
        })}
        ${this.renderPriority()}
        <piazza-ticketing-dealer-choice
          .value=${this.draft.dealerId}
          .error=${messageFor(t, this.errors, 'dealerId') ?? ''}
          @piazza-ticketing-dealer-chosen=${(event: PiazzaTicketingDealerChosenEvent) =>
            this.change({ dealerId: event.dealerId })}
        ></piazza-ticketing-dealer-choice>
        ${this.draft.kind === 'NON_CONFORMITY' ? this.renderNonConformity() : nothing}
        <piazza-ticketing-checklist-editor
          .items=${this.draft.checklist}
          .errors=${this.errors}
          @piazza-ticketing-checklist-changed=${(event: PiazzaTicketingChecklistChangedEvent) =>
            this.change({ checklist: event.items })}
        ></piazza-ticketing-checklist-editor>
        <piazza-ticketing-photo-picker></piazza-ticketing-photo-picker>
        <piazza-ticketing-document-picker></piazza-ticketing-document-picker>
        <div class="actions">
          <button class="piazza-button piazza-button--primary" ?disabled=${this.sending}>
            ${this.sending ? t('form.sending') : t('form.submit')}
          </button>
        </div>
      </form>`;
  }

  private renderOutcome() {
    const { t } = this.l10n;
    if (this.queuedTitle) {
      const path = listPath({ scope: 'MINE' });
      return html`<p class="status" role="status">
        ${t('form.queued', { title: this.queuedTitle })}
        <a
          href=${this.portal?.href(path) ?? ''}
          @click=${(event: MouseEvent) => followInPortal(event, this.portal, path)}
          >${t('form.toMyTickets')}</a
        >
      </p>`;
    }
    if (this.failure === undefined && this.errors.length === 0) return nothing;
    const elsewhere = fieldErrorsOf(this.failure).filter(
      (e) => !SHOWN_FIELDS.includes(e.field) && !isChecklistField(e.field),
    );
    const message = elsewhere.length
      ? t('form.failed', { reason: elsewhere.map((e) => fieldErrorMessage(t, e)).join(' ') })
      : this.errors.length
        ? t('form.checkFields')
        : t('form.failed', { reason: t(errorMessageKey(this.failure)) });
    return html`<p class="alert" role="alert" tabindex="-1">${message}</p>`;
  }

  private renderKind() {
    const { t } = this.l10n;
    const error = messageFor(t, this.errors, 'kind');
    return html`<fieldset aria-describedby=${error ? 'kind-error' : nothing}>
      <legend>${t('form.kind')}</legend>
      ${KINDS.map(
        (kind) =>
          html`<label class="choice">
            <input
              type="radio"
              name="kind"
              value=${kind}
              .checked=${this.draft.kind === kind}
              @change=${() => this.change({ kind, categoryId: '' })}
            />
            <span>
              ${t(`kind.${kind}.name`)}
              <span class="kind-hint">${t(`kind.${kind}.hint`)}</span>
            </span>
          </label>`,
      )}
      ${error ? html`<p class="field-error" id="kind-error">${error}</p>` : nothing}
    </fieldset>`;
  }

  private renderCategory() {
    const { t } = this.l10n;
    const categories = (this.categories.data?.ticketCategories ?? []).filter(
      (category) => category.kind === this.draft.kind,
    );
    return this.field(
      'categoryId',
      t('form.category'),
      undefined,
      (described, invalid) =>
        html`<select
          id="categoryId"
          aria-describedby=${described}
          aria-invalid=${invalid}
          ?disabled=${!this.draft.kind}
          @change=${(event: Event) =>
            this.change({ categoryId: (event.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${!this.draft.categoryId}>
            ${this.draft.kind ? t('form.chooseCategory') : t('form.kindFirst')}
          </option>
          ${categories.map(
            (category) =>
              html`<option value=${category.id} ?selected=${category.id === this.draft.categoryId}>
                ${category.name}
              </option>`,
          )}
        </select>`,
    );
  }

  private renderPriority() {
    const { t } = this.l10n;
    return this.field(
      'priority',
      t('form.priority'),
      undefined,
      () =>
        html`<select
          id="priority"
          @change=${(event: Event) =>
            this.change({ priority: (event.target as HTMLSelectElement).value as TicketPriority })}
        >
          ${PRIORITIES.map(
            (priority) =>
              html`<option value=${priority} ?selected=${priority === this.draft.priority}>
                ${t(`priority.${priority}`)}
              </option>`,
          )}
        </select>`,
    );
  }

  private renderNonConformity() {
    const { t } = this.l10n;
    return html`<fieldset>
      <legend>${t('form.nonConformity')}</legend>
      <p class="hint">${t('form.nonConformityHint')}</p>
      ${this.textField('vin', {
        label: t('form.vin'),
        hint: t('form.vinHint'),
        maxlength: 17,
        errorField: 'nonConformity.vin',
      })}
      ${this.textField('customerReference', {
        label: t('form.customerReference'),
        maxlength: 60,
        errorField: 'nonConformity.customerReference',
      })}
      ${this.field(
        'nonConformity.severity',
        t('form.severity'),
        undefined,
        (described, invalid) =>
          html`<select
            id="nonConformity.severity"
            aria-describedby=${described}
            aria-invalid=${invalid}
            @change=${(event: Event) =>
              this.change({
                severity: (event.target as HTMLSelectElement).value as NonConformitySeverity,
              })}
          >
            <option value="" ?selected=${!this.draft.severity}>${t('form.chooseSeverity')}</option>
            ${SEVERITIES.map(
              (severity) =>
                html`<option value=${severity} ?selected=${severity === this.draft.severity}>
                  ${t(`severity.${severity}`)}
                </option>`,
            )}
          </select>`,
      )}
    </fieldset>`;
  }

  private textField(
    name: 'title' | 'description' | 'vin' | 'customerReference',
    options: {
      label: string;
      hint?: string;
      maxlength?: number;
      multiline?: boolean;
      errorField?: string;
    },
  ) {
    const errorField = options.errorField ?? name;
    const onInput = (event: Event) =>
      this.change({ [name]: (event.target as HTMLInputElement).value });
    return this.field(errorField, options.label, options.hint, (described, invalid) =>
      options.multiline
        ? html`<textarea
            id=${errorField}
            rows="6"
            aria-describedby=${described}
            aria-invalid=${invalid}
            .value=${this.draft[name]}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${errorField}
            maxlength=${options.maxlength ?? nothing}
            aria-describedby=${described}
            aria-invalid=${invalid}
            .value=${this.draft[name]}
            @input=${onInput}
          />`,
    );
  }

  /** A labelled control with its hint and the error that names it. */
  private field(
    id: string,
    label: string,
    hint: string | undefined,
    control: (describedBy: string | typeof nothing, invalid: 'true' | 'false') => unknown,
  ) {
    const error = messageFor(this.l10n.t, this.errors, id);
    const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${control(described || nothing, error ? 'true' : 'false')}
      ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  /** A change of the draft; what the person corrects stops being marked. */
  private change(change: Partial<TicketDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.queuedTitle = '';
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending || !this.portal) return;
    const ownDealer = this.viewer.data?.me?.person.dealer;
    const problems = [
      ...draftProblems(this.draft),
      ...(ownDealer || this.draft.dealerId ? [] : [{ field: 'dealerId', reason: 'REQUIRED' }]),
    ];
    this.failure = undefined;
    this.errors = problems;
    if (problems.length) return this.focusFirstError();
    this.sending = true;
    this.queuedTitle = '';
    try {
      const outbox = await this.portal.outbox();
      const write = createTicketWrite(this.draft, {
        photos: this.photoPicker.photos,
        documents: this.documentPicker.documents,
        locale: this.l10n.language,
      });
      const result = await outbox.send(write);
      if (result.status === 'sent') {
        this.portal.navigate(ticketPath(result.data.createTicket.id));
        return;
      }
      this.draft = EMPTY_DRAFT;
      this.photoPicker.clear();
      this.documentPicker.clear();
      this.queuedTitle = write.label.values?.['title'] ?? '';
    } catch (error) {
      this.errors = fieldErrorsOf(error);
      this.failure = error;
      this.focusFirstError();
    } finally {
      this.sending = false;
    }
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const first =
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      this.renderRoot.querySelector<HTMLElement>('.alert');
    first?.focus();
  }
}

defineElement('piazza-ticketing-new-ticket', PiazzaTicketingNewTicket);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-new-ticket': PiazzaTicketingNewTicket;
  }
}
