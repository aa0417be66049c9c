import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import type { ArticleSummaryFieldsFragment } from '../news-article.fragment.generated.js';
import '../news-card/news-card.js';

/**
 * Above the feed, the must-reads the reader has not acknowledged yet, the nearest
 * deadline first; nothing at all when there are none.
 */
export class PiazzaNewsMustReadSection extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    section {
      margin-block-end: var(--piazza-space-xl);
      padding: var(--piazza-space-m);
      border-inline-start: 6px solid var(--piazza-color-primary);
      border-radius: var(--piazza-radius);
      background: var(--piazza-color-accent-surface);
    }
    h2 {
      margin-block: 0 var(--piazza-space-m);
      font-size: var(--piazza-font-size-title);
      line-height: 1.3;
    }
    ul {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
      gap: var(--piazza-space-m);
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `;

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) articles: readonly ArticleSummaryFieldsFragment[] = [];
  @property() locale = 'en';

  private readonly l10n = new LocalizeController(this, 'news');

  override render() {
    if (this.articles.length === 0) return nothing;
    return html`<section aria-labelledby="must-read-heading">
      <h2 id="must-read-heading">
        ${this.l10n.t('mustRead.heading', { count: this.articles.length })}
      </h2>
      <ul>
        ${this.articles.map(
          (article) =>
            html`<li>
              <piazza-news-card
                compact
                .article=${article}
                .href=${this.portal?.href(`news/${article.id}`) ?? ''}
                .locale=${this.locale}
              ></piazza-news-card>
            </li>`,
        )}
      </ul>
    </section>`;
  }
}

defineElement('piazza-news-must-read-section', PiazzaNewsMustReadSection);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-must-read-section': PiazzaNewsMustReadSection;
  }
}
