import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { defineElement, portalContext, type PortalContext } from '@piazza/shared';
import type { ArticleSummaryFieldsFragment } from '../news-article.fragment.generated.js';
import '../news-card/news-card.js';

/**
 * Articles set apart above the feed (the must-reads to acknowledge, the pinned news) as
 * compact cards under a heading; nothing at all when there are none.
 */
export class PiazzaNewsArticleSection extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    section {
      margin-block-end: var(--piazza-space-xl);
      padding: var(--piazza-space-m);
      border-inline-start: 6px solid var(--piazza-color-border);
      border-radius: var(--piazza-radius);
      background: var(--piazza-color-surface-sunken);
    }
    :host([accent]) section {
      border-inline-start-color: var(--piazza-color-primary);
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
  @property() heading = '';
  @property({ attribute: false }) articles: readonly ArticleSummaryFieldsFragment[] = [];
  @property() locale = 'en';
  /** Calls for action (the must-reads): the section stands out in the primary colour. */
  @property({ type: Boolean, reflect: true }) accent = false;

  override render() {
    if (this.articles.length === 0) return nothing;
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${this.heading}</h2>
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

defineElement('piazza-news-article-section', PiazzaNewsArticleSection);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-article-section': PiazzaNewsArticleSection;
  }
}
