import { html, nothing, type ReactiveControllerHost } from 'lit';
import { errorMessageKey, type LocalizeController } from '@piazza/shared';
import { fieldErrorsOf, type FieldError } from '@piazza/shared/screens';

/** What an admin form saves, and how its fields map to the server's. */
export interface AdminFormOptions<Draft, Input> {
  /** The form's message keys: `<messages>.invalid`, `<messages>.errors.<group>.<reason>`… */
  messages: string;
  l10n: LocalizeController;
  /** The record as saved (an empty draft for a new one); undefined while unknown. */
  savedDraft: () => Draft | undefined;
  /** The input to send, or the fields refused before sending. */
  prepare: (draft: Draft) => { input: Input } | { errors: readonly FieldError[] };
  /** The form's field id of a field the server refused; undefined when it shows none. */
  formFieldOf: (field: string, sent: Input) => string | undefined;
  /** The message group of a form field (`member-3` → `member`). */
  errorGroup?: (field: string) => string;
  /** Saves the input; gives the id of a record just created. */
  save: (input: Input) => Promise<string | undefined>;
  /** Called once a new record is saved, with its id (to move to its address). */
  created: (id: string) => void;
}

/**
 * The state and flow an admin form shares: the person's draft over the saved record, the
 * save with its busy state and confirmation, and the fields the server (or the draft's
 * own checks) refused, each shown next to its field and the first focused. What the
 * person typed stays when a save fails. Each change asks the host to render again.
 */
export class AdminFormController<Draft, Input> {
  /** The person's changes; undefined: the record as saved. */
  private draft: Draft | undefined;
  /** Message keys of the refused fields, by the form's field id. */
  private fieldErrors: Record<string, string> = {};
  /** The message key of the form's error, if any. */
  error: string | undefined;
  saved = false;
  busy = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly options: AdminFormOptions<Draft, Input>,
  ) {}

  /** What the form shows: the person's changes, else the record as saved. */
  get shown(): Draft | undefined {
    return this.draft ?? this.options.savedDraft();
  }

  /** Forgets the changes and messages: another record is shown. */
  reset(): void {
    this.draft = undefined;
    this.fieldErrors = {};
    this.error = undefined;
    this.saved = false;
    this.host.requestUpdate();
  }

  /** Applies a change to the draft as it is now, not as it was at the last render. */
  change(patch: Partial<Draft> | ((draft: Draft) => Partial<Draft>)): void {
    const draft = this.shown;
    if (draft === undefined) return;
    this.draft = { ...draft, ...(typeof patch === 'function' ? patch(draft) : patch) };
    this.saved = false;
    this.host.requestUpdate();
  }

  invalid(field: string): 'true' | 'false' {
    return field in this.fieldErrors ? 'true' : 'false';
  }

  /** A field's error, in a live region that stays so that a new one is announced. */
  fieldError(field: string) {
    const key = this.fieldErrors[field];
    const other = `${this.options.messages}.errors.other`;
    return html`<div id="${field}-error" aria-live="polite">
      ${key ? html`<p class="alert">${this.options.l10n.t([key, other])}</p>` : nothing}
    </div>`;
  }

  readonly submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const draft = this.shown;
    if (draft === undefined || this.busy) return;
    this.saved = false;
    this.error = undefined;
    this.fieldErrors = {};
    const prepared = this.options.prepare(draft);
    if ('errors' in prepared) {
      await this.showRefused(prepared.errors);
      return;
    }
    this.busy = true;
    this.host.requestUpdate();
    try {
      const id = await this.options.save(prepared.input);
      this.draft = undefined;
      this.saved = true;
      if (id !== undefined) this.options.created(id);
    } catch (error) {
      const refused = fieldErrorsOf(error);
      if (refused.length > 0) await this.showRefused(refused, prepared.input);
      else this.error = errorMessageKey(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  };

  private async showRefused(refused: readonly FieldError[], sent?: Input): Promise<void> {
    const { messages, formFieldOf, errorGroup = (field: string) => field } = this.options;
    const fieldErrors: Record<string, string> = {};
    for (const { field, reason } of refused) {
      const shown = sent === undefined ? field : formFieldOf(field, sent);
      if (shown !== undefined) {
        fieldErrors[shown] ??= `${messages}.errors.${errorGroup(shown)}.${reason}`;
      }
    }
    this.fieldErrors = fieldErrors;
    this.error = `${messages}.invalid`;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const first = Object.keys(fieldErrors)[0];
    if (first) this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(first)}`)?.focus();
  }
}
