import { LitElement, css, html, nothing } from 'lit';
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
import { AdminPeopleDocument } from '../admin-people/admin-people.generated.js';
import type { PersonSummaryFieldsFragment } from '../person-summary.fragment.generated.js';
import { countryName } from '../labels.js';
import { formStyles, screenStyles } from './admin.styles.js';
import { Debouncer } from './debouncer.js';
import { errorPanel } from './states.js';

const SEARCH_DELAY_MS = 350;
/** Enough to find someone by a few letters of their name or e-mail. */
const RESULTS = 10;

/** Fired when the admin adds a person from the results. */
export class PersonPickedEvent extends Event {
  readonly person: PersonSummaryFieldsFragment;
  constructor(person: PersonSummaryFieldsFragment) {
    super('piazza-admin-person-picked', { bubbles: true, composed: true });
    this.person = person;
  }
}

/**
 * The people matching a search, each with a button to add them; people whose data was
 * erased are left out: they can no longer be given anything. Only rendered once there is
 * something to search for.
 *
 * @fires piazza-admin-person-picked - when a person's "add" button is pressed
 */
export class PiazzaAdminPersonResults extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    css`
      ul {
        display: grid;
        gap: var(--piazza-space-xs);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: grid;
        grid-template-columns: 1fr auto;
        align-items: center;
        gap: var(--piazza-space-s);
        padding-block: var(--piazza-space-xs);
        border-block-end: 1px solid var(--piazza-color-border);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property() search = '';
  @property({ attribute: false }) chosen: ReadonlySet<string> = new Set();

  private readonly l10n = new LocalizeController(this, 'admin');
  private readonly people = new QueryController(this, {
    query: AdminPeopleDocument,
    client: () => this.portal?.client,
    variables: () => ({ search: this.search.trim(), first: RESULTS }),
  });

  override render() {
    const { t, language } = this.l10n;
    return this.people.render({
      pending: () => html`<p role="status">${t('personPicker.searching')}</p>`,
      complete: ({ people }) => {
        const found = people.edges.map(({ node }) => node).filter((person) => !person.erased);
        return found.length === 0
          ? html`<p role="status">${t('personPicker.none', { search: this.search.trim() })}</p>`
          : html`<ul aria-label=${t('personPicker.results')}>
              ${found.map((person) => {
                const chosen = this.chosen.has(person.id);
                const where = person.dealer?.name ?? countryName(person.country, language);
                return html`<li>
                  <span>${person.displayName} · ${where} · ${person.brand.name}</span>
                  <button
                    type="button"
                    class="piazza-button"
                    ?disabled=${chosen}
                    aria-label=${t(chosen ? 'personPicker.addedNamed' : 'personPicker.addNamed', {
                      name: person.displayName,
                    })}
                    @click=${() => this.dispatchEvent(new PersonPickedEvent(person))}
                  >
                    ${chosen ? t('personPicker.added') : t('personPicker.add')}
                  </button>
                </li>`;
              })}
            </ul>`;
      },
      error: (error) =>
        errorPanel({
          heading: t('personPicker.failed'),
          error,
          t,
          retry: () => void this.people.refetch(),
        }),
    });
  }
}

/**
 * A search field for people (the admins' `people` search) and, once something is typed,
 * the people it finds, to add to whatever the host form gathers (a team's members).
 *
 * @fires piazza-admin-person-picked - when a person's "add" button is pressed
 */
export class PiazzaAdminPersonPicker extends LitElement {
  static override styles = [
    formStyles,
    css`
      :host {
        display: grid;
        gap: var(--piazza-space-s);
      }
    `,
  ];

  /** What the search field is for, e.g. "Add a member: search by name or e-mail". */
  @property() label = '';
  /** The ids already chosen: their button says so instead of adding again. */
  @property({ attribute: false }) chosen: ReadonlySet<string> = new Set();
  @state() private search = '';

  private readonly typing = new Debouncer(SEARCH_DELAY_MS);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.typing.cancel();
  }

  override render() {
    return html`<div class="field">
        <label for="person-search">${this.label}</label>
        <input
          id="person-search"
          type="search"
          autocomplete="off"
          @input=${this.onInput}
          @keydown=${this.onKey}
        />
      </div>
      ${
        this.search.trim()
          ? html`<piazza-admin-person-results
              .search=${this.search}
              .chosen=${this.chosen}
            ></piazza-admin-person-results>`
          : nothing
      }`;
  }

  private readonly onInput = (event: InputEvent): void => {
    const value = (event.target as HTMLInputElement).value;
    this.typing.run(() => (this.search = value));
  };

  /** Enter searches at once; it must not submit the host's form. */
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.typing.cancel();
    this.search = (event.target as HTMLInputElement).value;
  };
}

defineElement('piazza-admin-person-results', PiazzaAdminPersonResults);
defineElement('piazza-admin-person-picker', PiazzaAdminPersonPicker);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-person-picker': PiazzaAdminPersonPicker;
    'piazza-admin-person-results': PiazzaAdminPersonResults;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-admin-person-picked': PersonPickedEvent;
  }
}
