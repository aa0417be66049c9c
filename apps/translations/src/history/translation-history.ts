import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  formatTimestamp,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { screenStyles } from '@piazza/shared/screens';
import { canReview } from '../review/can-review.js';
import type { TranslationHistoryFieldsFragment } from './translation-history.fragment.generated.js';
import { RevertTranslationDocument } from './translation-history.generated.js';
import { formTexts } from './form-texts.js';

type Change = TranslationHistoryFieldsFragment['history'][number];

/**
 * What happened to a string in its locale, newest first: who did what and when, the texts
 * after each change and a reviewer's comment. Reviewers and admins may restore an earlier
 * version, which becomes the entry's draft again (the entry, answered whole, updates every
 * screen that shows it).
 */
export class PiazzaTranslationHistory extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    css`
      ol {
        display: grid;
        gap: var(--piazza-space-m);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: grid;
        gap: var(--piazza-space-xs);
        padding-block-end: var(--piazza-space-m);
        border-block-end: 1px solid var(--piazza-color-border);
      }
      .forms {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: var(--piazza-space-xs) var(--piazza-space-m);
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        grid-column: 2;
        margin: 0;
        overflow-wrap: anywhere;
      }
      blockquote {
        margin: 0;
        padding-inline-start: var(--piazza-space-m);
        border-inline-start: 4px solid var(--piazza-color-border);
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property({ attribute: false }) entry: TranslationHistoryFieldsFragment | undefined;
  /** The change being restored, while the server answers. */
  @state() private restoring: string | undefined;
  @state() private message: { role: 'status' | 'alert'; key: string } | undefined;

  private readonly l10n = new LocalizeController(this, 'translations');

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const previous = changed.get('entry') as TranslationHistoryFieldsFragment | undefined;
    if (changed.has('entry') && previous?.id !== this.entry?.id) this.message = undefined;
  }

  override render() {
    const { t } = this.l10n;
    const history = this.entry?.history ?? [];
    return html`<h2>${t('history.title')}</h2>
      <div role="status">
        ${this.message?.role === 'status' ? html`<p class="status">${t(this.message.key)}</p>` : nothing}
      </div>
      <div role="alert">
        ${this.message?.role === 'alert' ? html`<p class="alert">${t(this.message.key)}</p>` : nothing}
      </div>
      ${
        history.length === 0
          ? html`<p class="muted">${t('history.empty')}</p>`
          : html`<ol>
              ${history.map((change, index) => this.renderChange(change, index === 0))}
            </ol>`
      }`;
  }

  private renderChange(change: Change, newest: boolean) {
    const { t, language } = this.l10n;
    const who = change.by?.displayName || t('history.someone');
    // The newest change holds the text the entry has now: nothing to restore.
    const restorable = !newest && canReview(this.portal?.session);
    return html`<li>
      <p>
        <strong>${t(`history.actions.${change.action}`)}</strong>
        · ${who} ·
        <time datetime=${change.at}>${formatTimestamp(change.at, language)}</time>
      </p>
      ${formTexts(t, {
        forms: change.forms.map(({ category, value }) => ({ category, text: value })),
        lang: this.entry?.locale ?? language,
      })}
      ${
        change.comment
          ? html`<blockquote>
              <span class="visually-hidden">${t('history.comment')}</span>${change.comment}
            </blockquote>`
          : nothing
      }
      ${
        restorable
          ? html`<div>
              <button
                class="piazza-button"
                ?disabled=${this.restoring !== undefined}
                aria-describedby="change-${change.id}"
                @click=${() => void this.restore(change.id)}
              >
                ${this.restoring === change.id ? t('history.restoring') : t('history.restore')}
              </button>
              <span id="change-${change.id}" class="visually-hidden">
                ${t(`history.actions.${change.action}`)}, ${formatTimestamp(change.at, language)}
              </span>
            </div>`
          : nothing
      }
    </li>`;
  }

  private async restore(changeId: string): Promise<void> {
    const client = this.portal?.client;
    if (client === undefined || this.restoring !== undefined) return;
    this.restoring = changeId;
    this.message = undefined;
    try {
      await client.mutate({ mutation: RevertTranslationDocument, variables: { changeId } });
      this.message = { role: 'status', key: 'history.restored' };
    } catch (error) {
      this.message = { role: 'alert', key: errorMessageKey(error) };
    } finally {
      this.restoring = undefined;
    }
  }
}

defineElement('piazza-translation-history', PiazzaTranslationHistory);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-translation-history': PiazzaTranslationHistory;
  }
}
