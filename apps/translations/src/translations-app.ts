import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { InMemoryCache } from '@apollo/client';
import {
  LocalizeController,
  createAppLifecycles,
  defineElement,
  followInPortal,
  languageName,
  portalContext,
  sectionNav,
  sectionNavStyles,
  type AppRootElement,
  type PortalContext,
} from '@piazza/shared';
import { ScreenCodeController } from '@piazza/shared/screens';
import {
  APP_ROUTE,
  LOCALE_SECTIONS,
  routeOf,
  sectionPath,
  type TranslationsRoute,
} from './translations-routes.js';
import { translationsTypePolicies } from './translations-type-policies.js';
import './overview/translation-overview.js';

/**
 * The code of the screens other than the overview, loaded when first opened: the overview
 * (the first view) paints without the editor's, the review's, the glossary's or the files'.
 */
const SCREEN_CODE: Partial<Record<TranslationsRoute['screen'], () => Promise<unknown>>> = {
  editor: () => import('./editor/translation-editor.js'),
  review: () => import('./review/translation-review.js'),
  glossary: () => import('./glossary/glossary-screen.js'),
  files: () => import('./files/translation-files.js'),
};

/**
 * The translators' app root: provides the portal context to its tree, shows the sections of
 * the chosen locale (overview, review, glossary, import and export) and the screen of the
 * address.
 */
export class PiazzaTranslationsApp extends LitElement implements AppRootElement {
  static override styles = [
    sectionNavStyles,
    css`
      :host {
        display: block;
      }
      a {
        color: var(--piazza-color-primary);
      }
    `,
  ];

  @provide({ context: portalContext })
  @property({ attribute: false })
  portal!: PortalContext;

  private readonly l10n = new LocalizeController(this, 'translations');
  private readonly screens = new ScreenCodeController(this, SCREEN_CODE);

  override connectedCallback(): void {
    super.connectedCallback();
    (this.portal.client.cache as InMemoryCache).policies.addTypePolicies(translationsTypePolicies);
  }

  override willUpdate(): void {
    this.screens.load(this.route()?.screen);
  }

  override render() {
    const route = this.route();
    return html`${this.renderNav(route)}
    ${this.screens.render(this.l10n.t, () => this.renderScreen(route))}`;
  }

  private route(): TranslationsRoute | undefined {
    return routeOf(window.location, this.portal.href(`${APP_ROUTE}/`));
  }

  private renderScreen(route: TranslationsRoute | undefined) {
    const { t } = this.l10n;
    switch (route?.screen) {
      case 'overview':
        return html`<piazza-translation-overview></piazza-translation-overview>`;
      case 'editor':
        return html`<piazza-translation-editor
          locale=${route.locale}
          namespace=${route.namespace}
          .query=${route.query}
        ></piazza-translation-editor>`;
      case 'review':
        return html`<piazza-translation-review locale=${route.locale}></piazza-translation-review>`;
      case 'glossary':
        return html`<piazza-glossary locale=${route.locale}></piazza-glossary>`;
      case 'files':
        return html`<piazza-translation-files locale=${route.locale}></piazza-translation-files>`;
      default:
        return html`<p>${t('nav.notFound')}</p>
          <a
            href=${this.portal.href(APP_ROUTE)}
            @click=${(event: MouseEvent) => followInPortal(event, this.portal, APP_ROUTE)}
            >${t('nav.overview')}</a
          >`;
    }
  }

  /** The overview, then the sections of the locale the address is about (none on the overview). */
  private renderNav(route: TranslationsRoute | undefined) {
    const { t } = this.l10n;
    const locale = route && 'locale' in route ? route.locale : undefined;
    const links = [
      { path: APP_ROUTE, label: t('nav.overview'), current: route?.screen === 'overview' },
      ...(locale === undefined
        ? []
        : LOCALE_SECTIONS.map((section) => ({
            path: sectionPath(locale, section),
            label: t(`nav.${section}`),
            current: route?.screen === section,
          }))),
    ];
    const label = locale
      ? t('nav.localeLabel', { language: languageName(locale, this.l10n.language) })
      : t('nav.label');
    return sectionNav(
      label,
      links.map((link) => ({
        href: this.portal.href(link.path),
        label: link.label,
        current: link.current,
        follow: (event: MouseEvent) => followInPortal(event, this.portal, link.path),
      })),
    );
  }
}

defineElement('piazza-translations-app', PiazzaTranslationsApp);

export const { bootstrap, mount, unmount } = createAppLifecycles({
  tagName: 'piazza-translations-app',
});

declare global {
  interface HTMLElementTagNameMap {
    'piazza-translations-app': PiazzaTranslationsApp;
  }
}
