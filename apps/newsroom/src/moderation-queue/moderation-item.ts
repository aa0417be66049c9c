import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  formatDate,
  formatTimestamp,
  isPlainClick,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import type { ModerationDecision } from '@piazza/shared/graphql';
import { ModerateCommentDocument } from './moderate-comment.generated.js';
import { moderationErrorKey } from './moderation-errors.js';
import type { ModerationQueueQuery } from './moderation-queue.generated.js';
import { moderationItemStyles } from './moderation-queue.styles.js';

export type ModerationItem = ModerationQueueQuery['moderationQueue']['edges'][number]['node'];

/** The server's limit on a reason, in characters. */
const MAX_REASON = 500;

/** Fired once a decision on a comment was recorded. */
export class CommentModeratedEvent extends Event {
  constructor(
    readonly commentId: string,
    readonly decision: ModerationDecision,
  ) {
    super('piazza-newsroom-comment-moderated', { bubbles: true, composed: true });
  }
}

/**
 * One comment waiting for a moderator: its article, what it answers, its text, why it
 * waits (a rule, reports with their reasons), and the decision with its reason, which
 * the audit log keeps. A failed decision says why and keeps the reason typed.
 *
 * @fires piazza-newsroom-comment-moderated - the comment was approved or hidden
 */
export class PiazzaNewsroomModerationItem extends LitElement {
  static override styles = [buttonStyles, moderationItemStyles];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) item?: ModerationItem;
  @state() private reason = '';
  @state() private busy: ModerationDecision | undefined;
  @state() private errorKey: string | undefined;
  @query('textarea') private readonly textarea?: HTMLTextAreaElement;

  private readonly l10n = new LocalizeController(this, 'newsroom');

  override render() {
    const item = this.item;
    if (item === undefined) return nothing;
    const { t, language } = this.l10n;
    const { comment, inReplyTo, reports } = item;
    const name = comment.author.displayName ?? t('common:person.formerMember');
    const href = this.portal?.href(`news/${encodeURIComponent(comment.articleId)}`) ?? '';
    return html`<article aria-labelledby="heading">
      <div class="why">
        ${
          comment.heldFor
            ? html`<span class="badge">${t(`moderation.item.heldFor.${comment.heldFor}`)}</span>`
            : nothing
        }
        ${
          reports.length > 0
            ? html`<span class="badge"
                >${t('moderation.item.reported', { count: reports.length })}</span
              >`
            : nothing
        }
      </div>
      <h2 id="heading">${t('moderation.item.heading', { name })}</h2>
      <p class="muted">
        <time datetime=${comment.createdAt} title=${formatTimestamp(comment.createdAt, language)}
          >${formatDate(comment.createdAt, language)}</time
        >${comment.editedAt ? ` · ${t('moderation.item.edited')}` : ''}
      </p>
      <p class="article">
        ${t('moderation.item.article')}&nbsp;<a href=${href} @click=${this.openArticle}
          >${item.articleTitle}</a
        >
      </p>
      ${
        inReplyTo
          ? html`<p class="muted">
                ${t('moderation.item.inReplyTo', {
                  name: inReplyTo.author.displayName ?? t('common:person.formerMember'),
                })}
              </p>
              <blockquote>${inReplyTo.body ?? t('moderation.item.parentHidden')}</blockquote>`
          : nothing
      }
      <p class="body">${comment.body}</p>
      ${
        reports.length > 0
          ? html`<h3>${t('moderation.item.reports')}</h3>
              <ul>
                ${reports.map(
                  (report) =>
                    html`<li>
                      ${report.reason}
                      <span class="muted">· ${formatDate(report.reportedAt, language)}</span>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <form novalidate @submit=${(event: SubmitEvent) => event.preventDefault()}>
        <label for="reason">${t('moderation.item.reasonLabel')}</label>
        <p class="muted" id="reason-hint">${t('moderation.item.reasonHint')}</p>
        <textarea
          id="reason"
          maxlength=${MAX_REASON}
          aria-describedby="reason-hint reason-error"
          aria-invalid=${this.errorKey?.startsWith('moderation.errors.') ? 'true' : 'false'}
          .value=${this.reason}
          @input=${(event: InputEvent) =>
            (this.reason = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <div class="alert" role="alert" id="reason-error">
          ${this.errorKey ? html`<p>${t(this.errorKey)}</p>` : nothing}
        </div>
        <div class="buttons">
          <button
            type="button"
            class="piazza-button piazza-button--primary approve"
            aria-describedby="heading"
            ?disabled=${this.busy !== undefined}
            @click=${() => this.decide('APPROVE')}
          >
            ${this.busy === 'APPROVE' ? t('moderation.item.approving') : t('moderation.item.approve')}
          </button>
          <button
            type="button"
            class="piazza-button piazza-button--danger hide"
            aria-describedby="heading"
            ?disabled=${this.busy !== undefined}
            @click=${() => this.decide('HIDE')}
          >
            ${this.busy === 'HIDE' ? t('moderation.item.hiding') : t('moderation.item.hide')}
          </button>
        </div>
      </form>
    </article>`;
  }

  private async decide(decision: ModerationDecision): Promise<void> {
    const client = this.portal?.client;
    const id = this.item?.comment.id;
    if (client === undefined || id === undefined || this.busy) return;
    if (this.reason.trim() === '') {
      this.errorKey = 'moderation.errors.REASON_EMPTY';
      this.textarea?.focus();
      return;
    }
    this.busy = decision;
    this.errorKey = undefined;
    try {
      await client.mutate({
        mutation: ModerateCommentDocument,
        variables: { id, decision, reason: this.reason },
      });
      this.dispatchEvent(new CommentModeratedEvent(id, decision));
    } catch (error) {
      this.errorKey = moderationErrorKey(error);
      await this.updateComplete;
      this.textarea?.focus();
    } finally {
      this.busy = undefined;
    }
  }

  private openArticle(event: MouseEvent): void {
    if (!isPlainClick(event) || !this.item) return;
    event.preventDefault();
    this.portal?.navigate(`news/${encodeURIComponent(this.item.comment.articleId)}`);
  }
}

defineElement('piazza-newsroom-moderation-item', PiazzaNewsroomModerationItem);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-moderation-item': PiazzaNewsroomModerationItem;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-newsroom-comment-moderated': CommentModeratedEvent;
  }
}
