import { LitElement, css, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { LocalizeController, buttonStyles, defineElement } from '@piazza/shared';
import { fieldStyles, messageFor, screenStyles, type FieldError } from '@piazza/shared/screens';
import { MAX_CHECKLIST_ITEMS, MAX_CHECKLIST_ITEM_LENGTH } from './checklist.js';

export class PiazzaTicketingChecklistChangedEvent extends Event {
  readonly items: readonly string[];
  constructor(items: readonly string[]) {
    super('piazza-ticketing-checklist-changed', { bubbles: true, composed: true });
    this.items = items;
  }
}

/**
 * The optional checklist of a new ticket: steps typed one by one (Enter or the Add button
 * adds one), each removable, up to MAX_CHECKLIST_ITEMS. The items belong to the form's
 * draft, so that a refused save keeps them; errors the server names (`checklist.<i>`) show
 * next to their item.
 *
 * @fires piazza-ticketing-checklist-changed - PiazzaTicketingChecklistChangedEvent
 */
export class PiazzaTicketingChecklistEditor extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    css`
      ol {
        display: grid;
        gap: var(--piazza-space-s);
        margin: 0;
        padding-inline-start: var(--piazza-space-l);
      }
      li > div {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--piazza-space-s);
      }
      li span {
        overflow-wrap: anywhere;
      }
      .add {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-s);
      }
      .add input {
        flex: 1 1 12rem;
        min-inline-size: 0;
      }
    `,
  ];

  @property({ attribute: false }) items: readonly string[] = [];
  @property({ attribute: false }) errors: readonly FieldError[] = [];

  /** The field of the step being typed, not yet added. */
  @query('#checklist-new') private newItem!: HTMLInputElement;
  private readonly l10n = new LocalizeController(this, 'ticketing');

  override render() {
    const { t } = this.l10n;
    const full = this.items.length >= MAX_CHECKLIST_ITEMS;
    const error = messageFor(t, this.errors, 'checklist');
    return html`<fieldset aria-describedby="checklist-hint">
      <legend>${t('form.checklist')}</legend>
      <p class="hint" id="checklist-hint">
        ${t('form.checklistHint', { count: MAX_CHECKLIST_ITEMS })}
      </p>
      ${
        this.items.length
          ? html`<ol>
              ${this.items.map((item, index) => this.renderItem(item, index))}
            </ol>`
          : nothing
      }
      ${error ? html`<p class="field-error" role="alert">${error}</p>` : nothing}
      <div class="add">
        <label class="visually-hidden" for="checklist-new">${t('form.checklistNew')}</label>
        <input
          id="checklist-new"
          maxlength=${MAX_CHECKLIST_ITEM_LENGTH}
          placeholder=${t('form.checklistNew')}
          ?disabled=${full}
          @keydown=${this.addOnEnter}
        />
        <button class="piazza-button" type="button" ?disabled=${full} @click=${this.add}>
          ${t('form.checklistAdd')}
        </button>
      </div>
    </fieldset>`;
  }

  private renderItem(item: string, index: number) {
    const { t } = this.l10n;
    const field = `checklist.${index}`;
    const error = messageFor(t, this.errors, field);
    return html`<li>
      <div>
        <span>${item}</span>
        <button
          class="piazza-button"
          type="button"
          aria-label=${t('form.checklistRemove', { item })}
          @click=${() => this.change(this.items.filter((_, i) => i !== index))}
        >
          ${t('form.checklistRemoveShort')}
        </button>
      </div>
      ${error ? html`<p class="field-error" id="${field}-error">${error}</p>` : nothing}
    </li>`;
  }

  /** Enter adds the step rather than sending the whole form. */
  private addOnEnter(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.add();
  }

  private add(): void {
    const item = this.newItem.value.trim().replace(/\s+/g, ' ');
    if (!item || this.items.length >= MAX_CHECKLIST_ITEMS) return;
    this.newItem.value = '';
    this.change([...this.items, item]);
    this.newItem.focus();
  }

  private change(items: readonly string[]): void {
    this.dispatchEvent(new PiazzaTicketingChecklistChangedEvent(items));
  }
}

defineElement('piazza-ticketing-checklist-editor', PiazzaTicketingChecklistEditor);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-checklist-editor': PiazzaTicketingChecklistEditor;
  }
  interface HTMLElementEventMap {
    'piazza-ticketing-checklist-changed': PiazzaTicketingChecklistChangedEvent;
  }
}
