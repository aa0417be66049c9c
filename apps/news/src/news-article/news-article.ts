import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  defineElement,
  errorMessageKey,
  formatDate,
  followInPortal,
  languageName,
  msUntilNextLiveChange,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { articleImage } from '../article-image.js';
import {
  articleExtrasStyles,
  articleVideo,
  attachmentList,
  liveStreamBlock,
  topicLinks,
} from './article-extras.js';
import { mustReadStatus, mustReadStatusStyles } from '../must-read/must-read-status.js';
import '../must-read/must-read-banner.js';
import '../article-reach/article-reach.js';
import { NewsArticleDocument, type NewsArticleQuery } from './news-article.generated.js';
import { newsArticleStyles } from './news-article.styles.js';
import { recordArticleOpened } from './record-article-opened.js';
import { sanitizeHtml } from './sanitize.js';

type Article = NonNullable<NewsArticleQuery['article']>;

/**
 * One article in the reader's language, or in its original language with a notice; a
 * must-read ends with the reader's acknowledgement, and editors and admins see its reach.
 * Showing an article records that the reader opened it.
 */
export class PiazzaNewsArticle extends LitElement {
  static override styles = [mustReadStatusStyles, newsArticleStyles, articleExtrasStyles];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: 'article-id' }) articleId = '';
  @state() private safeBody: { source: string; html: string } | undefined;
  /** The discussion's code could not be loaded (offline, or a redeploy removed it). */
  @state() private discussionFailed = false;
  private discussionRequested = false;
  /** Re-renders the live stream's state when it changes (soon, live, over). */
  private liveTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly l10n = new LocalizeController(this, 'news');
  private readonly query = new QueryController(this, {
    query: NewsArticleDocument,
    client: () => this.portal?.client,
    variables: () => ({ id: this.articleId, locale: this.l10n.language }),
  });

  override render() {
    const { t } = this.l10n;
    return html`<a class="back" href=${this.portal?.href('news') ?? ''} @click=${this.back}
        >← ${t('article.back')}</a
      >
      ${this.query.render({
        pending: () =>
          html`<div role="status" aria-busy="true" aria-label=${t('article.loading')}>
            <div class="skeleton"></div>
            <div class="skeleton"></div>
          </div>`,
        complete: ({ article }) =>
          article ? this.renderArticle(article) : html`<h1>${t('article.notFound')}</h1>`,
        error: (error) =>
          html`<piazza-error-panel
            heading=${t('article.errorTitle')}
            message=${t(errorMessageKey(error))}
            retry-label=${t('common:actions.retry')}
            @piazza-retry=${() => this.query.refetch()}
          ></piazza-error-panel>`,
      })}`;
  }

  private renderArticle(article: Article) {
    const { t, language } = this.l10n;
    const context = { t, locale: language, portal: this.portal };
    this.sanitizeBody(article.bodyHtml);
    const original = languageName(article.locale, language);
    return html`<article lang=${article.locale}>
      <h1>${article.title}</h1>
      <p class="meta">
        ${article.author.displayName ?? t('common:person.formerMember')}${
          article.author.jobTitle ? `, ${article.author.jobTitle}` : ''
        }
        · <time datetime=${article.publishedAt}>${formatDate(article.publishedAt, language)}</time>
      </p>
      ${topicLinks(article, context)} ${mustReadStatus(article, { t, locale: language })}
      ${
        article.isFallback
          ? html`<p class="notice" lang=${language}>
              ${t('article.fallback', { language: original })}
            </p>`
          : nothing
      }
      ${liveStreamBlock(article, context)} ${articleImage(article, { eager: true })}
      <p><strong>${article.summary}</strong></p>
      ${articleVideo(article, context)}
      <div class="body">
        ${this.safeBody?.source === article.bodyHtml ? unsafeHTML(this.safeBody.html) : nothing}
      </div>
      ${attachmentList(article, context)}
      <piazza-news-must-read-banner
        lang=${language}
        .article=${article}
      ></piazza-news-must-read-banner>
      ${
        this.mayEdit()
          ? html`<piazza-news-article-reach
              lang=${language}
              article-id=${article.id}
              ?must-read=${article.mustRead}
            ></piazza-news-article-reach>`
          : nothing
      }
      ${
        this.discussionFailed
          ? html`<p class="notice" lang=${language}>${t('discussion.unavailable')}</p>`
          : html`<piazza-news-discussion
              lang=${language}
              article-id=${article.id}
            ></piazza-news-discussion>`
      }
    </article>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.scheduleLiveChange();
    const id = this.query.data?.article?.id;
    if (id !== undefined && this.portal) recordArticleOpened(this.portal.client, id);
    // Reactions and comments come with their own code once the article shows: reading
    // never waits for them.
    if (id !== undefined && !this.discussionRequested) {
      this.discussionRequested = true;
      import('../news-discussion/news-discussion.js').catch(() => {
        this.discussionFailed = true;
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.liveTimer);
  }

  private scheduleLiveChange(): void {
    clearTimeout(this.liveTimer);
    const stream = this.query.data?.article?.liveStream;
    const wait = stream ? msUntilNextLiveChange(stream) : null;
    // Timers fire late, never early: one more millisecond lands past the boundary. Longer
    // than setTimeout's limit (24.8 days), it would fire at once; it is checked again then.
    if (wait !== null) {
      this.liveTimer = setTimeout(() => this.requestUpdate(), Math.min(wait + 1, 2 ** 31 - 1));
    }
  }

  /** Editors and admins may see reach; the server still decides for each article. */
  private mayEdit(): boolean {
    const roles = this.portal?.session.roles ?? [];
    return roles.includes('EDITOR') || roles.includes('ADMIN');
  }

  private sanitizeBody(source: string): void {
    if (this.safeBody?.source === source) return;
    void sanitizeHtml(source).then((html) => {
      this.safeBody = { source, html };
    });
  }

  private back(event: MouseEvent): void {
    followInPortal(event, this.portal, 'news');
  }
}

defineElement('piazza-news-article', PiazzaNewsArticle);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-article': PiazzaNewsArticle;
  }
}
