import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  defineElement,
  formatDate,
  formatTimestamp,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import type { CommentFieldsFragment } from './comment.fragment.generated.js';
import './comment-form.js';
import { discussionBaseStyles } from './discussion.styles.js';
import { EditCommentDocument } from './edit-comment.generated.js';

/** Asks the discussion to open the reply form of a thread. */
export class CommentReplyEvent extends Event {
  constructor(readonly commentId: string) {
    super('piazza-news-comment-reply', { bubbles: true, composed: true });
  }
}

/** Asks the discussion to open the report dialog for a comment. */
export class CommentReportEvent extends Event {
  constructor(
    readonly comment: CommentFieldsFragment,
    /** Where focus returns when the dialog closes. */
    readonly opener: HTMLElement,
  ) {
    super('piazza-news-comment-report', { bubbles: true, composed: true });
  }
}

/**
 * One comment: who wrote it and when, its text, and what the reader may do with it (reply
 * to a thread's first comment, change their own for a short time, report someone else's).
 * A held comment says it waits for a moderator; a hidden one keeps its place without text.
 *
 * @fires piazza-news-comment-reply - Reply was chosen
 * @fires piazza-news-comment-report - Report was chosen
 */
export class PiazzaNewsComment extends LitElement {
  static override styles = [
    discussionBaseStyles,
    css`
      .comment {
        display: grid;
        gap: var(--piazza-space-xs);
      }
      .comment:focus-visible {
        outline: 3px solid var(--piazza-color-focus);
        outline-offset: 2px;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        column-gap: var(--piazza-space-s);
      }
      .author {
        font-weight: 600;
      }
      .body {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .hidden {
        color: var(--piazza-color-text-muted);
        font-style: italic;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        margin-inline-start: calc(-1 * var(--piazza-space-s));
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) comment?: CommentFieldsFragment;
  /** Whether Reply shows: the comment starts a thread the reader may answer. */
  @property({ type: Boolean, attribute: 'can-reply' }) canReply = false;
  @state() private editing = false;
  @query('.comment') private readonly container?: HTMLElement;
  @query('.edit') private readonly editButton?: HTMLButtonElement;

  private readonly l10n = new LocalizeController(this, 'news');
  /** Re-renders when the edit window closes, so that Edit goes away. */
  private windowTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.windowTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('comment')) return;
    clearTimeout(this.windowTimer);
    const left = this.editableFor();
    if (left > 0) this.windowTimer = setTimeout(() => this.requestUpdate(), left + 50);
  }

  override render() {
    const comment = this.comment;
    if (comment === undefined) return nothing;
    const { t, language } = this.l10n;
    const name = comment.author.displayName ?? t('common:person.formerMember');
    return html`<div class="comment" tabindex="-1">
      <header>
        <span class="author">${name}</span>
        <time
          class="muted"
          datetime=${comment.createdAt}
          title=${formatTimestamp(comment.createdAt, language)}
          >${formatDate(comment.createdAt, language)}</time
        >
        ${comment.editedAt ? html`<span class="muted">${t('discussion.comment.edited')}</span>` : nothing}
      </header>
      ${this.renderState(comment)}
      ${
        this.editing
          ? html`<piazza-news-comment-form
              .label=${t('discussion.comment.editLabel')}
              .hint=${t('discussion.comment.editHint', {
                time: formatTimestamp(comment.editableUntil ?? comment.createdAt, language),
              })}
              .submitLabel=${t('discussion.comment.save')}
              .value=${comment.body ?? ''}
              .send=${(text: string) => this.save(text)}
              cancelable
              @piazza-news-comment-cancel=${this.stopEditing}
            ></piazza-news-comment-form>`
          : comment.body !== null
            ? html`<p class="body">${comment.body}</p>`
            : nothing
      }
      ${
        comment.reportedByMe
          ? html`<p class="muted">${t('discussion.comment.reported')}</p>`
          : nothing
      }
      ${this.editing ? nothing : this.renderActions(comment, name)}
    </div>`;
  }

  private renderState(comment: CommentFieldsFragment) {
    const { t } = this.l10n;
    if (comment.status === 'HIDDEN') {
      return html`<p class="hidden">${t('discussion.comment.hidden')}</p>`;
    }
    if (comment.status !== 'HELD') return nothing;
    const why = comment.heldFor ? t(`discussion.comment.heldFor.${comment.heldFor}`) : '';
    return html`<p class="note">
      <strong>${t('discussion.comment.held')}</strong>
      ${why} ${comment.mine ? t('discussion.comment.heldMine') : nothing}
    </p>`;
  }

  private renderActions(comment: CommentFieldsFragment, name: string) {
    const { t } = this.l10n;
    const visible = comment.status === 'VISIBLE';
    const reply = this.canReply && visible;
    const edit = comment.mine && this.editableFor() > 0;
    const report = !comment.mine && visible && !comment.reportedByMe;
    if (!reply && !edit && !report) return nothing;
    return html`<div class="actions">
      ${
        reply
          ? html`<button
              class="action reply"
              aria-label=${t('discussion.comment.replyTo', { name })}
              @click=${() => this.dispatchEvent(new CommentReplyEvent(comment.id))}
            >
              ${t('discussion.comment.reply')}
            </button>`
          : nothing
      }
      ${
        edit
          ? html`<button class="action edit" @click=${this.startEditing}>
              ${t('discussion.comment.edit')}
            </button>`
          : nothing
      }
      ${
        report
          ? html`<button
              class="action report"
              aria-label=${t('discussion.comment.reportComment', { name })}
              @click=${(event: Event) =>
                this.dispatchEvent(
                  new CommentReportEvent(comment, event.currentTarget as HTMLElement),
                )}
            >
              ${t('discussion.comment.report')}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** Milliseconds left to change the comment; 0 when it cannot be changed. */
  private editableFor(): number {
    const until = this.comment?.editableUntil;
    return until ? Math.max(0, Date.parse(until) - Date.now()) : 0;
  }

  private async startEditing(): Promise<void> {
    this.editing = true;
    await this.updateComplete;
    this.renderRoot.querySelector('piazza-news-comment-form')?.focus();
  }

  private async stopEditing(): Promise<void> {
    this.editing = false;
    await this.updateComplete;
    (this.editButton ?? this.container)?.focus();
  }

  private async save(body: string): Promise<void> {
    const client = this.portal?.client;
    const id = this.comment?.id;
    if (client === undefined || id === undefined) return;
    // The answer updates the comment in the cache by its id, wherever it shows.
    await client.mutate({ mutation: EditCommentDocument, variables: { id, body } });
    this.editing = false;
    await this.updateComplete;
    this.container?.focus();
  }
}

defineElement('piazza-news-comment', PiazzaNewsComment);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-comment': PiazzaNewsComment;
  }
  interface GlobalEventHandlersEventMap {
    'piazza-news-comment-reply': CommentReplyEvent;
    'piazza-news-comment-report': CommentReportEvent;
  }
}
