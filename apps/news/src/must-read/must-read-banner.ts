import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ApolloCache, Reference } from '@apollo/client';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  formatTimestamp,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import type { ArticleSummaryFieldsFragment } from '../news-article.fragment.generated.js';
import { AcknowledgeArticleDocument } from './acknowledge-article.generated.js';
import { mustReadBannerStyles } from './must-read-banner.styles.js';

type Acknowledgeable = Pick<
  ArticleSummaryFieldsFragment,
  'id' | 'title' | 'mustRead' | 'acknowledgedAt'
>;

/**
 * The acknowledged article leaves every cached must-read list (one per language), so the
 * feed's must-read section no longer shows it, without asking the server again. The
 * article itself (card, page) takes `acknowledgedAt` from the mutation's result.
 */
function dropFromMustReads(cache: ApolloCache, articleId: string): void {
  cache.modify({
    fields: {
      mustReads: (existing: readonly Reference[], { readField }) =>
        existing.filter((ref) => readField('id', ref) !== articleId),
    },
  });
}

/**
 * At the end of a must-read: asks the reader to confirm they read it, with one large
 * button; once they have, a quiet line says when. Offline, the confirmation waits in the
 * portal's outbox and is sent when the network is back.
 */
export class PiazzaNewsMustReadBanner extends LitElement {
  static override styles = [buttonStyles, mustReadBannerStyles];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) article?: Acknowledgeable;
  @state() private sending = false;
  /** The confirmation waits in the outbox (offline): the banner says it will be sent. */
  @state() private queued = false;
  /** The translation key of the last failure, until the next try. */
  @state() private errorKey: string | undefined;
  @query('.confirm') private readonly button?: HTMLButtonElement;
  @query('.confirmation') private readonly confirmation?: HTMLElement;
  /** Where focus goes once the outcome shows: the button it left while disabled, or the line replacing it. */
  private focusAfterUpdate: (() => HTMLElement | undefined) | undefined;

  private readonly l10n = new LocalizeController(this, 'news');

  override render() {
    const article = this.article;
    if (!article?.mustRead) return nothing;
    const { t, language } = this.l10n;
    if (article.acknowledgedAt) {
      return html`<p class="confirmation" tabindex="-1">
        ✓
        ${t('mustRead.acknowledgedOn', { date: formatTimestamp(article.acknowledgedAt, language) })}
      </p>`;
    }
    return html`<section class="banner" aria-labelledby="must-read-banner-heading">
      <h2 id="must-read-banner-heading">${t('mustRead.confirmTitle')}</h2>
      <p>${t('mustRead.confirmHint')}</p>
      <div class="error" role="alert">
        ${this.errorKey ? html`<p>${t(this.errorKey)}</p>` : nothing}
      </div>
      <div role="status">${this.queued ? html`<p>${t('mustRead.queued')}</p>` : nothing}</div>
      <button
        class="piazza-button piazza-button--primary confirm"
        ?disabled=${this.sending || this.queued}
        @click=${this.acknowledge}
      >
        ${this.sending ? t('mustRead.sending') : t('mustRead.confirm')}
      </button>
    </section>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusAfterUpdate?.();
    if (target === undefined) return;
    this.focusAfterUpdate = undefined;
    target.focus();
  }

  private async acknowledge(): Promise<void> {
    const { portal, article } = this;
    if (portal === undefined || article === undefined || this.sending) return;
    this.sending = true;
    this.errorKey = undefined;
    try {
      // Acknowledging is idempotent on the server: the outbox's key only names the entry.
      const outbox = await portal.outbox();
      const result = await outbox.send({
        key: crypto.randomUUID(),
        mutation: AcknowledgeArticleDocument,
        variables: { id: article.id, locale: this.l10n.language },
        label: { key: 'outbox.label.acknowledge', values: { title: article.title } },
      });
      if (result.status === 'queued') {
        // Once replayed, the outbox has the page's queries fetched again.
        this.queued = true;
        return;
      }
      dropFromMustReads(portal.client.cache, article.id);
      // The page re-renders the article with its acknowledgement, maybe a frame later.
      this.focusAfterUpdate = () => this.confirmation ?? undefined;
    } catch (error) {
      this.errorKey = errorMessageKey(error);
      this.focusAfterUpdate = () => this.button ?? undefined;
    } finally {
      this.sending = false;
    }
  }
}

defineElement('piazza-news-must-read-banner', PiazzaNewsMustReadBanner);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-must-read-banner': PiazzaNewsMustReadBanner;
  }
}
