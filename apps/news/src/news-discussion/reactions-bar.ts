import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import type { ReactionKind } from '@piazza/shared/graphql';
import { discussionErrorKey } from './discussion-errors.js';
import { discussionBaseStyles } from './discussion.styles.js';
import { REACTION_ICONS } from './reaction-icons.js';
import { ReactToArticleDocument } from './react-to-article.generated.js';

interface Reaction {
  kind: ReactionKind;
  count: number;
  mine: boolean;
}

/**
 * The reader's reactions to an article: one toggle button per kind, pressed when they
 * gave it, with how many people did. A tap shows at once (the server's answer confirms
 * it, or puts it back with a message if it fails).
 */
export class PiazzaNewsReactions extends LitElement {
  static override styles = [
    discussionBaseStyles,
    css`
      .reactions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-s);
      }
      button {
        display: inline-flex;
        align-items: center;
        gap: var(--piazza-space-s);
        min-block-size: var(--piazza-target-size);
        padding-inline: var(--piazza-space-m);
        border: 1px solid var(--piazza-color-border);
        border-radius: 999px;
        background: var(--piazza-color-surface-default);
        color: var(--piazza-color-text-default);
        font: inherit;
        cursor: pointer;
      }
      button[aria-pressed='true'] {
        border: 2px solid var(--piazza-color-primary);
        background: var(--piazza-color-accent-surface);
        font-weight: 600;
      }
      button:focus-visible {
        outline: 3px solid var(--piazza-color-focus);
        outline-offset: 2px;
      }
      svg {
        inline-size: 1.25rem;
        block-size: 1.25rem;
        fill: none;
        stroke: currentColor;
        stroke-width: 2;
        stroke-linecap: round;
        stroke-linejoin: round;
      }
      button[aria-pressed='true'] svg {
        color: var(--piazza-color-primary);
        fill: var(--piazza-color-accent-surface);
      }
      .count {
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: 'article-id' }) articleId = '';
  /** The locale of the article version shown (the article's key in the cache). */
  @property({ attribute: 'article-locale' }) articleLocale = '';
  @property({ attribute: false }) reactions: readonly Reaction[] = [];
  @state() private errorKey: string | undefined;

  private readonly l10n = new LocalizeController(this, 'news');

  override render() {
    const { t } = this.l10n;
    return html`<div class="reactions" role="group" aria-label=${t('discussion.reactions.label')}>
        ${this.reactions.map(
          (reaction) =>
            html`<button
              aria-pressed=${reaction.mine ? 'true' : 'false'}
              @click=${() => this.toggle(reaction)}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true">${REACTION_ICONS[reaction.kind]}</svg>
              <span>${t(`discussion.reactions.kinds.${reaction.kind}`)}</span>
              <span class="count" aria-hidden="true">${reaction.count}</span>
              <span class="visually-hidden"
                >${t('discussion.reactions.people', { count: reaction.count })}</span
              >
            </button>`,
        )}
      </div>
      <div class="alert" role="alert">
        ${this.errorKey ? html`<p>${t(this.errorKey)}</p>` : nothing}
      </div>`;
  }

  private async toggle(reaction: Reaction): Promise<void> {
    const client = this.portal?.client;
    if (client === undefined) return;
    const active = !reaction.mine;
    this.errorKey = undefined;
    // Safe to show at once: giving or taking back a reaction cannot be refused for input.
    const expected = {
      __typename: 'Article' as const,
      id: this.articleId,
      locale: this.articleLocale,
      reactions: this.reactions.map((r) =>
        r.kind === reaction.kind
          ? {
              __typename: 'ReactionCount' as const,
              ...r,
              mine: active,
              count: r.count + (active ? 1 : -1),
            }
          : { __typename: 'ReactionCount' as const, ...r },
      ),
    };
    try {
      await client.mutate({
        mutation: ReactToArticleDocument,
        variables: {
          id: this.articleId,
          kind: reaction.kind,
          active,
          locale: this.articleLocale,
        },
        optimisticResponse: { reactToArticle: expected },
      });
    } catch (error) {
      this.errorKey = discussionErrorKey(error);
    }
  }
}

defineElement('piazza-news-reactions', PiazzaNewsReactions);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-reactions': PiazzaNewsReactions;
  }
}
