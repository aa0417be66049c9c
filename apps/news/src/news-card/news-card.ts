import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import {
  LocalizeController,
  defineElement,
  formatDate,
  isPlainClick,
  languageName,
} from '@piazza/shared';
import type { ArticleSummaryFieldsFragment } from '../news-article.fragment.generated.js';
import { articleImage } from '../article-image.js';
import { mustReadStatus, mustReadStatusStyles } from '../must-read/must-read-status.js';
import { newsCardStyles } from './news-card.styles.js';

/** Fired when the person opens an article from its card. */
export class NewsOpenArticleEvent extends Event {
  readonly articleId: string;
  constructor(articleId: string) {
    super('piazza-news-open-article', { bubbles: true, composed: true });
    this.articleId = articleId;
  }
}

/**
 * One article in the feed: picture, title, summary, author and date, and for a must-read
 * its deadline or that the reader acknowledged it.
 *
 * @fires piazza-news-open-article - on a plain click of the card (other clicks follow the link)
 */
export class PiazzaNewsCard extends LitElement {
  static override styles = [mustReadStatusStyles, newsCardStyles];

  @property({ attribute: false }) article?: ArticleSummaryFieldsFragment;
  @property() href = '';
  @property() locale = 'en';
  /** The first cards are above the fold: load their picture at once. */
  @property({ type: Boolean }) eager = false;
  /** Without the picture, titled one level down: a card inside the must-read section. */
  @property({ type: Boolean }) compact = false;

  private readonly l10n = new LocalizeController(this, 'news');

  override render() {
    const article = this.article;
    if (article === undefined) return nothing;
    const { t } = this.l10n;
    const link = html`<a href=${this.href} @click=${this.open}>${article.title}</a>`;
    return html`<article lang=${article.locale}>
      ${this.compact ? nothing : articleImage(article, { eager: this.eager })}
      <div class="text">
        ${this.compact ? html`<h3>${link}</h3>` : html`<h2>${link}</h2>`}
        ${mustReadStatus(article, { t, locale: this.locale })}
        <p>${article.summary}</p>
        <p class="meta">
          ${article.author.displayName ?? t('common:person.formerMember')} ·
          <time datetime=${article.publishedAt}
            >${formatDate(article.publishedAt, this.locale)}</time
          >${
            article.locale === this.locale
              ? nothing
              : html` ·
                  <span lang=${this.locale}
                    >${t('card.language', {
                      language: languageName(article.locale, this.locale),
                    })}</span
                  >`
          }
        </p>
      </div>
    </article>`;
  }

  private open(event: MouseEvent): void {
    if (!isPlainClick(event) || this.article === undefined) return;
    event.preventDefault();
    this.dispatchEvent(new NewsOpenArticleEvent(this.article.id));
  }
}

defineElement('piazza-news-card', PiazzaNewsCard);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-card': PiazzaNewsCard;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-news-open-article': NewsOpenArticleEvent;
  }
}
