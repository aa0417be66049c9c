import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { InMemoryCache } from '@apollo/client';
import {
  LocalizeController,
  createAppLifecycles,
  defineElement,
  portalContext,
  type AppRootElement,
  type PortalContext,
} from '@piazza/shared';
import { filterFromLocation } from './news-route.js';
import { newsTypePolicies } from './news-type-policies.js';
import './news-feed/news-feed.js';

/**
 * The news app's root: provides the portal context to its tree and shows the feed at
 * `news` (narrowed at `news?q=…&category=…&tag=…`) and an article at `news/<id>`.
 */
export class PiazzaNewsApp extends LitElement implements AppRootElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  @provide({ context: portalContext })
  @property({ attribute: false })
  portal!: PortalContext;

  /** The article page's code could not be loaded (offline, or a redeploy removed it). */
  @state() private articlePageFailed = false;
  private readonly l10n = new LocalizeController(this, 'news');

  private readonly onRoute = (): void => this.requestUpdate();

  override willUpdate(): void {
    // The article page, with its editors' tools, loads when first opened: the feed, which
    // is the first view, has less to download before it paints.
    if (this.articleIdFromLocation()) {
      import('./news-article/news-article.js').catch(() => {
        this.articlePageFailed = true;
      });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    (this.portal.client.cache as InMemoryCache).policies.addTypePolicies(newsTypePolicies);
    window.addEventListener('popstate', this.onRoute);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onRoute);
  }

  override render() {
    const articleId = this.articleIdFromLocation();
    if (articleId && this.articlePageFailed) {
      const { t } = this.l10n;
      return html`<piazza-error-panel
        heading=${t('common:appUnavailable.title')}
        message=${t('common:errors.network')}
      ></piazza-error-panel>`;
    }
    return articleId
      ? html`<piazza-news-article article-id=${articleId}></piazza-news-article>`
      : html`<piazza-news-feed .filter=${filterFromLocation(window.location)}></piazza-news-feed>`;
  }

  private articleIdFromLocation(): string | undefined {
    const appPath = this.portal.href('news/');
    const path = window.location.pathname;
    if (!path.startsWith(appPath)) return undefined;
    const id = decodeURIComponent(path.slice(appPath.length).split('/')[0] ?? '');
    return id || undefined;
  }
}

defineElement('piazza-news-app', PiazzaNewsApp);

export const { bootstrap, mount, unmount } = createAppLifecycles({ tagName: 'piazza-news-app' });

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-app': PiazzaNewsApp;
  }
}
