import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController, defineElement } from '@piazza/shared';
import { fetchDemoPeople, signInAsDemoPerson, type DemoPerson } from './demo-token.js';
import { signInStyles } from './sign-in.styles.js';

/** Fired once the person has a token. */
export class PiazzaSignedInEvent extends Event {
  constructor() {
    super('piazza-signed-in', { bubbles: true, composed: true });
  }
}

/**
 * The standalone portal's sign-in: the demo people of the built-in issuer, so anyone can
 * try each journey as the person it is about.
 *
 * @fires piazza-signed-in - when a token has been stored
 */
export class PiazzaSignIn extends LitElement {
  static override styles = signInStyles;

  @property() origin = '';
  @state() private people: DemoPerson[] | undefined;
  @state() private failed = false;
  private readonly l10n = new LocalizeController(this, 'common');

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('signIn.title')}</h1>
      <p>${t('signIn.intro')}</p>
      ${
        this.failed
          ? html`<piazza-error-panel
              heading=${t('signIn.failedTitle')}
              message=${t('errors.network')}
              retry-label=${t('actions.retry')}
              @piazza-retry=${this.load}
            ></piazza-error-panel>`
          : html`<ul aria-busy=${this.people === undefined ? 'true' : 'false'}>
              ${(this.people ?? []).map(
                (person) =>
                  html`<li>
                    <button class="person" @click=${() => this.signIn(person)}>
                      <span class="name">${person.displayName}</span>
                      <span class="detail">
                        ${t(`jobs.${person.job}`)} · ${person.brandName} ·
                        ${this.countryName(person.countryCode)}
                      </span>
                    </button>
                  </li>`,
              )}
            </ul>`
      }`;
  }

  private countryName(code: string): string {
    return new Intl.DisplayNames([this.l10n.language], { type: 'region' }).of(code) ?? code;
  }

  private readonly load = async (): Promise<void> => {
    this.failed = false;
    try {
      this.people = await fetchDemoPeople(this.origin);
    } catch {
      this.failed = true;
    }
  };

  private async signIn(person: DemoPerson): Promise<void> {
    try {
      await signInAsDemoPerson(this.origin, person.id);
      this.dispatchEvent(new PiazzaSignedInEvent());
    } catch {
      this.failed = true;
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
