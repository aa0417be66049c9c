import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  languageName,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import type { TicketCategoryInput, TicketPriority } from '@piazza/shared/graphql';
import { followLink, openRoute, routeHref } from '../admin-navigation.js';
import { AdminFormController } from '../ui/admin-form.js';
import { formStyles, screenStyles } from '../ui/admin.styles.js';
import { errorPanel, liveMessage, loadingRows } from '../ui/states.js';
import {
  AdminTicketCategoriesDocument,
  AdminTicketQueuesDocument,
  SaveTicketCategoryDocument,
} from './admin-ticket-categories.generated.js';
import {
  CATEGORY_LOCALES,
  PRIORITIES,
  TICKET_KINDS,
  draftOf,
  emptyDraft,
  formFieldOf,
  inputOf,
  nameField,
  targetField,
  type CategoryDraft,
  type TargetDraft,
} from './category-draft.js';

/** The message group of a refused field: the names and targets share theirs. */
const errorGroup = (field: string): string =>
  field.startsWith('name-') ? 'name' : field.startsWith('target-') ? 'target' : field;

/**
 * Creates a ticket category or changes one: its kind, code, a name per language, whether
 * new tickets may take it, its default queue, and how soon each priority is answered and
 * resolved (in hours; the server keeps minutes).
 */
export class PiazzaAdminTicketCategoryForm extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    formStyles,
    css`
      .targets {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
        gap: var(--piazza-space-s) var(--piazza-space-m);
      }
      .field .alert {
        margin: 0;
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  /** The category to change; null for a new one. */
  @property({ attribute: false }) categoryId: string | null = null;
  /** The category this form just created, whose address it then moved to. */
  private created: string | undefined;

  private readonly l10n = new LocalizeController(this, 'admin');
  private readonly form = new AdminFormController<CategoryDraft, TicketCategoryInput>(this, {
    messages: 'categoryForm',
    l10n: this.l10n,
    savedDraft: () => {
      if (this.categoryId === null) return emptyDraft();
      const category = this.category;
      return category && draftOf(category);
    },
    prepare: (draft) => inputOf(draft, this.categoryId ?? undefined),
    formFieldOf,
    errorGroup,
    save: async (input) => {
      const { data } = await this.portal!.client.mutate({
        mutation: SaveTicketCategoryDocument,
        variables: { input, locale: this.l10n.language },
        refetchQueries: [AdminTicketCategoriesDocument],
        awaitRefetchQueries: true,
      });
      return this.categoryId === null ? data?.saveTicketCategory.id : undefined;
    },
    created: (id) => {
      this.created = id;
      openRoute(this.portal, { screen: 'ticketCategory', categoryId: id });
    },
  });
  private readonly categories = new QueryController(this, {
    query: AdminTicketCategoriesDocument,
    client: () => this.portal?.client,
    variables: () => ({ locale: this.l10n.language }),
  });
  private readonly queues = new QueryController(this, {
    query: AdminTicketQueuesDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });

  private get category() {
    return this.categories.data?.adminTicketCategories.find((c) => c.id === this.categoryId);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Moving to the address of the category just created keeps the confirmation.
    if (changed.has('categoryId') && this.categoryId !== this.created) this.form.reset();
  }

  override render() {
    const { t } = this.l10n;
    const back = { screen: 'ticketCategories' } as const;
    const failed = (error: unknown) =>
      errorPanel({
        heading: t('ticketCategories.errorTitle'),
        error,
        t,
        retry: () => void Promise.all([this.categories.refetch(), this.queues.refetch()]),
      });
    return html`<a
        class="target-link"
        href=${routeHref(this.portal, back)}
        @click=${(event: MouseEvent) => followLink(event, this.portal, back)}
        >← ${t('categoryForm.back')}</a
      >
      ${this.categories.render({
        pending: () => loadingRows(t('ticketCategories.loading'), 2),
        complete: () =>
          this.queues.render({
            pending: () => loadingRows(t('ticketCategories.loading'), 2),
            complete: ({ adminTicketQueues }) => {
              const draft = this.form.shown;
              return draft
                ? this.renderForm(draft, adminTicketQueues)
                : html`<h1>${t('categoryForm.noSuchCategory')}</h1>`;
            },
            error: failed,
          }),
        error: failed,
      })}`;
  }

  private renderForm(draft: CategoryDraft, queues: readonly { id: string; name: string }[]) {
    const { t } = this.l10n;
    const title =
      this.categoryId === null
        ? t('categoryForm.newTitle')
        : t('categoryForm.editTitle', { name: this.category?.name ?? draft.code });
    return html`<h1>${title}</h1>
      ${liveMessage('status', this.form.saved ? t('categoryForm.saved') : undefined)}
      <form novalidate @submit=${this.form.submit}>
        <div class="field">
          <label for="kind">${t('categoryForm.kind')}</label>
          <select
            id="kind"
            aria-invalid=${this.form.invalid('kind')}
            aria-describedby="kind-error"
            @change=${(event: Event) =>
              this.form.change({
                kind: (event.target as HTMLSelectElement).value as CategoryDraft['kind'],
              })}
          >
            ${TICKET_KINDS.map(
              (kind) =>
                html`<option value=${kind} ?selected=${draft.kind === kind}>
                  ${t(`ticketCategories.kinds.${kind}`)}
                </option>`,
            )}
          </select>
          ${this.form.fieldError('kind')}
        </div>
        <div class="field">
          <label for="code">${t('categoryForm.code')}</label>
          <p class="hint" id="code-hint">${t('categoryForm.codeHint')}</p>
          <input
            id="code"
            autocomplete="off"
            spellcheck="false"
            .value=${draft.code}
            aria-invalid=${this.form.invalid('code')}
            aria-describedby="code-hint code-error"
            @input=${(event: InputEvent) =>
              this.form.change({ code: (event.target as HTMLInputElement).value })}
          />
          ${this.form.fieldError('code')}
        </div>
        ${this.renderNames(draft)}
        <label class="choice">
          <input
            type="checkbox"
            .checked=${draft.active}
            @change=${(event: Event) =>
              this.form.change({ active: (event.target as HTMLInputElement).checked })}
          />
          ${t('categoryForm.active')}
        </label>
        <div class="field">
          <label for="defaultQueueId">${t('categoryForm.defaultQueue')}</label>
          <select
            id="defaultQueueId"
            aria-invalid=${this.form.invalid('defaultQueueId')}
            aria-describedby="defaultQueueId-error"
            @change=${(event: Event) =>
              this.form.change({ defaultQueueId: (event.target as HTMLSelectElement).value })}
          >
            <option value="" ?selected=${draft.defaultQueueId === ''}>
              ${t('categoryForm.noQueue')}
            </option>
            ${queues.map(
              (queue) =>
                html`<option value=${queue.id} ?selected=${draft.defaultQueueId === queue.id}>
                  ${queue.name}
                </option>`,
            )}
          </select>
          ${this.form.fieldError('defaultQueueId')}
        </div>
        ${this.renderTargets(draft)} ${liveMessage('alert', this.form.error && t(this.form.error))}
        <button class="piazza-button piazza-button--primary" ?disabled=${this.form.busy}>
          ${this.form.busy ? t('categoryForm.saving') : t('categoryForm.save')}
        </button>
      </form>`;
  }

  private renderNames(draft: CategoryDraft) {
    const { t, language } = this.l10n;
    return html`<fieldset>
      <legend>${t('categoryForm.names')}</legend>
      <p class="hint">${t('categoryForm.namesHint')}</p>
      ${CATEGORY_LOCALES.map((locale) => {
        const id = nameField(locale);
        const label = languageName(locale, language);
        return html`<div class="field">
          <label for=${id}>
            ${locale === 'en' ? t('categoryForm.requiredName', { language: label }) : label}
          </label>
          <input
            id=${id}
            lang=${locale}
            maxlength="80"
            .value=${draft.names[locale] ?? ''}
            ?required=${locale === 'en'}
            aria-invalid=${this.form.invalid(id)}
            aria-describedby="${id}-error"
            @input=${(event: InputEvent) =>
              this.form.change((current) => ({
                names: { ...current.names, [locale]: (event.target as HTMLInputElement).value },
              }))}
          />
          ${this.form.fieldError(id)}
        </div>`;
      })}
    </fieldset>`;
  }

  private renderTargets(draft: CategoryDraft) {
    const { t } = this.l10n;
    const input = (priority: TicketPriority, which: keyof TargetDraft) => {
      const id = targetField(priority, which);
      return html`<div class="field">
        <label for=${id}>${t(`categoryForm.${which}`)}</label>
        <input
          id=${id}
          type="number"
          inputmode="decimal"
          min="0.25"
          step="0.25"
          .value=${draft.targets[priority][which]}
          aria-invalid=${this.form.invalid(id)}
          aria-describedby="${id}-error"
          @input=${(event: InputEvent) => {
            const value = (event.target as HTMLInputElement).value;
            this.form.change((current) => ({
              targets: {
                ...current.targets,
                [priority]: { ...current.targets[priority], [which]: value },
              },
            }));
          }}
        />
        ${this.form.fieldError(id)}
      </div>`;
    };
    return html`<fieldset>
      <legend>${t('categoryForm.targets')}</legend>
      <p class="hint">${t('categoryForm.targetsHint')}</p>
      ${PRIORITIES.map(
        (priority) =>
          html`<fieldset>
            <legend>${t(`categoryForm.priorities.${priority}`)}</legend>
            <div class="targets">${input(priority, 'respond')} ${input(priority, 'resolve')}</div>
          </fieldset>`,
      )}
    </fieldset>`;
  }
}

defineElement('piazza-admin-ticket-category-form', PiazzaAdminTicketCategoryForm);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-ticket-category-form': PiazzaAdminTicketCategoryForm;
  }
}
