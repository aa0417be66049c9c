import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
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
  tagsOf,
} from '@piazza/shared/screens';
import type { TicketFieldsFragment } from '../ticket.fragment.generated.js';
import { SetTicketTagsDocument, TicketTagsDocument } from './ticket-view.generated.js';

/**
 * The themes a ticket raises, as its handlers name them (#paint, #recall): the voice of
 * the network counts them, so the same problem across dealers shows in the barometers.
 * Handlers add tags (several at once, separated by spaces or commas, with the tags they
 * already use offered as they type) and remove them; the others read them. Like a tick
 * of the checklist, a change goes straight to the server; a refused one keeps what was
 * typed and says why.
 */
export class PiazzaTicketingTags extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    css`
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-s);
        margin: 0 0 var(--piazza-space-m);
        padding: 0;
        list-style: none;
      }
      li {
        display: inline-flex;
        align-items: center;
        gap: var(--piazza-space-xs);
        padding-inline: var(--piazza-space-s);
        border: 1px solid var(--piazza-color-border);
        border-radius: var(--piazza-radius);
        background: var(--piazza-color-accent-surface);
        overflow-wrap: anywhere;
      }
      li button {
        min-block-size: var(--piazza-target-size);
        min-inline-size: var(--piazza-target-size);
        border: none;
        background: none;
        color: var(--piazza-color-text-default);
        font: inherit;
        font-size: 1.25em;
        cursor: pointer;
      }
      li button:focus-visible {
        outline: 3px solid var(--piazza-color-focus);
      }
      .add {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-s);
        max-inline-size: 30rem;
      }
      .add input {
        flex: 1 1 12rem;
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) ticket?: TicketFieldsFragment;

  @state() private pending = false;
  @state() private failure = '';
  @state() private suggestions: readonly string[] = [];
  @query('#new-tags') private input?: HTMLInputElement;
  private suggestionsAsked = false;
  private readonly l10n = new LocalizeController(this, 'ticketing');

  override render() {
    const { t } = this.l10n;
    const ticket = this.ticket;
    if (!ticket || (!ticket.handledByMe && ticket.tags.length === 0)) return nothing;
    return html`<section aria-labelledby="tags-heading">
      <h2 id="tags-heading">${t('view.tags')}</h2>
      ${
        ticket.tags.length
          ? html`<ul>
              ${ticket.tags.map((tag) => this.renderTag(ticket, tag))}
            </ul>`
          : html`<p class="muted">${t('view.noTags')}</p>`
      }
      ${ticket.handledByMe ? this.renderForm(ticket) : nothing}
      ${this.failure ? html`<p class="alert" role="alert">${this.failure}</p>` : nothing}
    </section>`;
  }

  private renderTag(ticket: TicketFieldsFragment, tag: string) {
    const { t } = this.l10n;
    return html`<li>
      <span>#${tag}</span>
      ${
        ticket.handledByMe
          ? html`<button
              type="button"
              aria-label=${t('view.removeTag', { tag })}
              ?disabled=${this.pending}
              @click=${() => this.save(ticket.tags.filter((other) => other !== tag))}
            >
              ×
            </button>`
          : nothing
      }
    </li>`;
  }

  private renderForm(ticket: TicketFieldsFragment) {
    const { t } = this.l10n;
    const offered = this.suggestions.filter((tag) => !ticket.tags.includes(tag));
    return html`<form novalidate @submit=${this.add}>
      <div class="field">
        <label for="new-tags">${t('view.newTags')}</label>
        <div class="add">
          <input
            id="new-tags"
            autocomplete="off"
            list="tag-suggestions"
            aria-describedby="tags-hint"
            @focus=${this.loadSuggestions}
          />
          <button type="submit" class="piazza-button" ?disabled=${this.pending}>
            ${t('view.addTags')}
          </button>
        </div>
        <p id="tags-hint" class="hint">${t('view.tagsHint')}</p>
        <datalist id="tag-suggestions">
          ${offered.map((tag) => html`<option value=${tag}></option>`)}
        </datalist>
      </div>
    </form>`;
  }

  private async add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const ticket = this.ticket;
    const input = this.input;
    if (!ticket || !input) return;
    const typed = tagsOf(input.value);
    if (typed.length === 0) {
      this.failure = this.l10n.t('view.tagsFailed', { reason: this.l10n.t('view.tagsMissing') });
      input.focus();
      return;
    }
    if (await this.save([...ticket.tags, ...typed])) input.value = '';
  }

  /** Sends the whole set; true when the server took it. */
  private async save(tags: string[]): Promise<boolean> {
    const ticket = this.ticket;
    if (!this.portal || !ticket || this.pending) return false;
    this.pending = true;
    this.failure = '';
    try {
      await this.portal.client.mutate({
        mutation: SetTicketTagsDocument,
        variables: { id: ticket.id, tags, locale: this.l10n.language },
      });
      // What is in use changed: asked again at the next focus.
      this.suggestionsAsked = false;
      return true;
    } catch (error) {
      const { t } = this.l10n;
      const [refused] = fieldErrorsOf(error);
      const reason = refused ? fieldErrorMessage(t, refused) : t(errorMessageKey(error));
      this.failure = t('view.tagsFailed', { reason });
      return false;
    } finally {
      this.pending = false;
    }
  }

  /** Asked when the person goes to type (most never tag), again after each change. */
  private async loadSuggestions(): Promise<void> {
    if (!this.portal || this.suggestionsAsked) return;
    this.suggestionsAsked = true;
    try {
      const { data } = await this.portal.client.query({
        query: TicketTagsDocument,
        fetchPolicy: 'network-only',
      });
      this.suggestions = data?.ticketTags ?? [];
    } catch {
      // Without suggestions, tags are still typed in full.
      this.suggestionsAsked = false;
    }
  }
}

defineElement('piazza-ticketing-tags', PiazzaTicketingTags);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-tags': PiazzaTicketingTags;
  }
}
