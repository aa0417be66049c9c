import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { InMemoryCache } from '@apollo/client';
import {
  createAppLifecycles,
  defineElement,
  portalContext,
  type AppRootElement,
  type PortalContext,
} from '@piazza/shared';
import { newsTypePolicies } from './news-type-policies.js';
import './news-feed/news-feed.js';
import './news-article/news-article.js';

/**
 * The news app's root: provides the portal context to its tree and shows the feed at
 * `news` and an article at `news/<id>`.
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

  private readonly onRoute = (): void => this.requestUpdate();

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
    return articleId
      ? html`<piazza-news-article article-id=${articleId}></piazza-news-article>`
      : html`<piazza-news-feed></piazza-news-feed>`;
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
