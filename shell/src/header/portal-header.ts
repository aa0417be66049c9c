import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  LocalizeController,
  defineElement,
  isPlainClick,
  languageName,
  type PortalSession,
} from '@piazza/shared';
import type { AppEntry } from '../boot/manifest.js';
import { portalHeaderStyles } from './portal-header.styles.js';

/** Fired when the person picks a language. */
export class PiazzaLocaleChangeEvent extends Event {
  readonly locale: string;
  constructor(locale: string) {
    super('piazza-locale-change', { bubbles: true, composed: true });
    this.locale = locale;
  }
}

/** Fired when the person follows a portal link with a plain click. */
export class PiazzaNavigateEvent extends Event {
  readonly href: string;
  constructor(href: string) {
    super('piazza-navigate', { bubbles: true, composed: true });
    this.href = href;
  }
}

/** The roles that may see which key each text comes from (the in-context mode). */
export function maySeeTranslationKeys(session: PortalSession): boolean {
  return session.roles.some(
    (role) => role === 'TRANSLATOR' || role === 'TRANSLATION_REVIEWER' || role === 'ADMIN',
  );
}

/** "Piotr Kowalski" → "PK": the menu button on a phone, where the name does not fit. */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toLocaleUpperCase())
    .slice(0, 2)
    .join('');
}

/**
 * Beyond this many sections the header gives them a row of their own below the brand and
 * the person's controls, up to a wide screen (the admin's six do not fit beside them at
 * 1280 px, and a strip that scrolls hides the last ones).
 */
const MANY_SECTIONS = 4;

/** A language's own name, as a menu shows it: "Français", "Polski". */
function ownName(locale: string): string {
  const name = languageName(locale, locale);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/**
 * The portal's header in the brand's colour: the brand, the apps the person may open,
 * and their menu (language, translation keys for translators, sign out). One row at
 * every width.
 *
 * @slot - beside the menu: the portal's notification bell and live mark
 * @fires piazza-navigate - a plain click on an app link
 * @fires piazza-locale-change - a language picked
 * @fires piazza-translation-keys - "Show translation keys" pressed
 * @fires piazza-sign-out - the sign-out button pressed
 */
export class PiazzaPortalHeader extends LitElement {
  static override styles = portalHeaderStyles;

  @property({ attribute: false }) session: PortalSession | undefined;
  @property({ attribute: false }) apps: AppEntry[] = [];
  @property({ attribute: false }) activeApp: AppEntry | undefined;
  @property({ attribute: false }) href: (path: string) => string = (path) => path;
  /** The locales offered; empty when the host imposes one. */
  @property({ attribute: false }) locales: string[] = [];
  @property({ type: Boolean, attribute: 'can-sign-out' }) canSignOut = false;
  /** The in-context mode is on: each text shows its translation key. */
  @property({ attribute: false }) translationKeys = false;

  /** The menu's content is built when it opens: language names are costly to format. */
  @state() private menuOpen = false;

  private readonly l10n = new LocalizeController(this, 'common');

  override render() {
    const { session } = this;
    const many = this.apps.length > MANY_SECTIONS;
    return html`<header class="bar ${many ? 'many' : ''}">
      <p class="brand">
        ${session ? html`${session.brand.name}<span class="long"> · Piazza</span>` : 'Piazza'}
      </p>
      ${this.apps.length ? this.renderNav() : nothing}
      <div class="end">
        <slot></slot>
        ${session ? this.renderMenu(session) : this.renderLocalePicker()}
      </div>
    </header>`;
  }

  private renderNav() {
    return html`<nav aria-label=${this.l10n.t('nav.label')}>
      <ul>
        ${this.apps.map(
          (app) =>
            html`<li>
              <a
                href=${this.href(app.route)}
                aria-current=${app === this.activeApp ? 'page' : 'false'}
                @click=${this.followLink}
                >${this.l10n.t(`apps.${app.name}`)}${
                  this.session?.cohorts.includes(app.name)
                    ? html` <span class="early">${this.l10n.t('nav.earlyAccess')}</span>`
                    : nothing
                }</a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderMenu(session: PortalSession) {
    const person = html`<span class="initials" aria-hidden="true"
        >${initials(session.displayName)}</span
      ><span class="name">${session.displayName}</span>`;
    // Nothing to choose (the host decides language and sign-out): just who is signed in.
    if (!this.locales.length && !this.canSignOut && !maySeeTranslationKeys(session)) {
      return html`<p class="person">${person}</p>`;
    }
    return html`<details @toggle=${this.toggleMenu}>
      <summary>${person}</summary>
      ${this.menuOpen ? this.renderMenuContent(session) : nothing}
    </details>`;
  }

  private renderMenuContent(session: PortalSession) {
    return html`<div class="menu">
      <p>${session.displayName}</p>
      ${this.renderLocalePicker()}
      ${
        maySeeTranslationKeys(session)
          ? html`<button
              aria-pressed=${this.translationKeys}
              data-translation-keys-toggle
              @click=${() => this.announce('piazza-translation-keys')}
            >
              ${this.l10n.t('translationKeys.show')}
            </button>`
          : nothing
      }
      ${
        this.canSignOut
          ? html`<button @click=${() => this.announce('piazza-sign-out')}>
              ${this.l10n.t('signIn.signOut')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private toggleMenu(event: Event): void {
    this.menuOpen = (event.target as HTMLDetailsElement).open;
  }

  private renderLocalePicker() {
    if (!this.locales.length) return nothing;
    const current = this.l10n.language;
    return html`<label>
      <span>${this.l10n.t('locale.label')}</span>
      <select @change=${this.pickLocale}>
        ${this.locales.map(
          (locale) =>
            html`<option value=${locale} ?selected=${locale === current} lang=${locale}>
              ${ownName(locale)}
            </option>`,
        )}
      </select>
    </label>`;
  }

  private followLink(event: MouseEvent): void {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    this.dispatchEvent(new PiazzaNavigateEvent((event.currentTarget as HTMLAnchorElement).href));
  }

  private pickLocale(event: Event): void {
    this.dispatchEvent(new PiazzaLocaleChangeEvent((event.target as HTMLSelectElement).value));
  }

  /** Tells the portal of a menu choice that carries nothing more: sign out, translation keys. */
  private announce(type: 'piazza-sign-out' | 'piazza-translation-keys'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }
}

defineElement('piazza-portal-header', PiazzaPortalHeader);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-portal-header': PiazzaPortalHeader;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-locale-change': PiazzaLocaleChangeEvent;
    'piazza-navigate': PiazzaNavigateEvent;
  }
}
