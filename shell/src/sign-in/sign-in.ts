import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController, defineElement } from '@piazza/shared';
import {
  fetchDemoPeople,
  SignInRefused,
  signInAsDemoPerson,
  type DemoPerson,
} from './demo-token.js';
import { signInStyles } from './sign-in.styles.js';

/** Fired once the person has a token. */
export class PiazzaSignedInEvent extends Event {
  constructor() {
    super('piazza-signed-in', { bubbles: true, composed: true });
  }
}

/** The roles in the order the sign-in lists them; roles it does not know come last. */
const ROLE_ORDER = [
  'EMPLOYEE',
  'FIELD',
  'REGION_MANAGER',
  'EDITOR',
  'TRANSLATOR',
  'TRANSLATION_REVIEWER',
  'ADMIN',
];

export interface RoleGroup {
  role: string;
  people: DemoPerson[];
}

const roleRank = (role: string): number => {
  const rank = ROLE_ORDER.indexOf(role);
  return rank === -1 ? ROLE_ORDER.length : rank;
};

/**
 * The people under each of their roles, in the server's order within a role. A person
 * with two roles is under both; one with none could open no app, so is not offered.
 */
export function groupByRole(people: readonly DemoPerson[]): RoleGroup[] {
  const groups = new Map<string, DemoPerson[]>();
  for (const person of people) {
    for (const role of new Set(person.roles)) {
      const group = groups.get(role) ?? [];
      group.push(person);
      groups.set(role, group);
    }
  }
  return [...groups]
    .map(([role, members]) => ({ role, people: members }))
    .sort((a, b) => roleRank(a.role) - roleRank(b.role));
}

/** One formatter per reader language: Intl.DisplayNames is slow to build. */
const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name as readers of `inLocale` write it: ('DE', 'fr') → "Allemagne". */
function countryName(code: string, inLocale: string): string {
  let names = regionNames.get(inLocale);
  if (names === undefined) {
    names = new Intl.DisplayNames([inLocale], { type: 'region' });
    regionNames.set(inLocale, names);
  }
  return names.of(code) ?? code;
}

/**
 * The standalone portal's sign-in: the demo people of the built-in issuer, under their
 * roles, so anyone can try each journey as the person it is about.
 *
 * @fires piazza-signed-in - when a token has been stored
 */
export class PiazzaSignIn extends LitElement {
  static override styles = signInStyles;

  @property() origin = '';
  /** The person's previous session ended (its token was refused): say so. */
  @property({ type: Boolean, attribute: 'session-ended' }) sessionEnded = false;
  @state() private people: DemoPerson[] | undefined;
  /** The `common` key of the message shown when listing or signing in failed. */
  @state() private failure: string | undefined;
  private signingIn = false;
  private readonly l10n = new LocalizeController(this, 'common');

  // Not connectedCallback: the element may be upgraded after the portal set `origin`
  // (its code loads lazily), and Lit applies such early properties at the first update.
  override firstUpdated(): void {
    void this.load();
  }

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('signIn.title')}</h1>
      ${
        this.sessionEnded
          ? html`<p class="notice" role="status">${t('errors.unauthenticated')}</p>`
          : null
      }
      <p>${t('signIn.intro')}</p>
      ${
        this.failure
          ? html`<piazza-error-panel
              heading=${t('signIn.failedTitle')}
              message=${t(this.failure)}
              retry-label=${t('actions.retry')}
              @piazza-retry=${this.load}
            ></piazza-error-panel>`
          : this.renderPeople()
      }`;
  }

  private renderPeople() {
    const { t } = this.l10n;
    if (this.people === undefined) {
      return html`<ul class="people" aria-busy="true">
        ${[1, 2, 3].map(() => html`<li class="placeholder"></li>`)}
      </ul>`;
    }
    const groups = groupByRole(this.people);
    if (groups.length === 0) return html`<p>${t('signIn.nobody')}</p>`;
    return groups.map(
      ({ role, people }) =>
        html`<section aria-labelledby="role-${role}">
          <h2 id="role-${role}">${t(`roles.${role}`, { defaultValue: role })}</h2>
          <ul class="people">
            ${people.map((person) => html`<li>${this.renderPerson(person)}</li>`)}
          </ul>
        </section>`,
    );
  }

  private renderPerson(person: DemoPerson) {
    const { t, language } = this.l10n;
    return html`<button class="person" @click=${() => this.signIn(person)}>
      <span class="name">${person.displayName}</span>
      <span class="detail">${t(`jobs.${person.job}`)}</span>
      <span class="detail">${person.brandName} · ${countryName(person.countryCode, language)}</span>
    </button>`;
  }

  private readonly load = async (): Promise<void> => {
    this.failure = undefined;
    try {
      this.people = await fetchDemoPeople(this.origin);
    } catch {
      this.failure = 'errors.network';
    }
  };

  private async signIn(person: DemoPerson): Promise<void> {
    // A second press while the first is on its way would sign in (and boot) twice.
    if (this.signingIn) return;
    this.signingIn = true;
    try {
      await signInAsDemoPerson(this.origin, person.id);
      this.dispatchEvent(new PiazzaSignedInEvent());
    } catch (error) {
      const tooMany = error instanceof SignInRefused && error.status === 429;
      this.failure = tooMany ? 'errors.rateLimited' : 'errors.network';
    } finally {
      this.signingIn = false;
    }
  }
}

defineElement('piazza-sign-in', PiazzaSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-sign-in': PiazzaSignIn;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-signed-in': PiazzaSignedInEvent;
  }
}
