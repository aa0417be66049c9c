import { placePanelUnder } from '../../header/header-panel.js';
import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import {
  LocalizeController,
  defineElement,
  formatTimestamp,
  type Outbox,
  type OutboxEntry,
  type PortalContext,
} from '@piazza/shared';
import { closeIcon, icon } from '../../notifications/notification-icons.js';
import { outboxStatusStyles } from './outbox-status.styles.js';

/** A tray with an arrow going out of it. */
const outboxIcon = icon(
  svg`<path d="M22 12h-6l-2 3h-4l-2-3H2"/><path d="M5.5 5.1 2 12v6a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2v-6l-3.5-6.9"/><path d="M12 10V2"/><path d="m9 5 3-3 3 3"/>`,
);

/** The `common` key explaining an entry's error, by the code the outbox keeps. */
const errorKeys: Record<string, string> = {
  NETWORK: 'outbox.errors.network',
  BAD_USER_INPUT: 'outbox.errors.badInput',
  FORBIDDEN: 'outbox.errors.forbidden',
  NOT_FOUND: 'outbox.errors.notFound',
  CONFLICT: 'outbox.errors.conflict',
  UPLOAD_REFUSED: 'outbox.errors.uploadRefused',
  CORRUPTED: 'outbox.errors.corrupted',
};

/**
 * The header's outbox mark: how many writes made offline wait to be sent, and a panel
 * listing them (what, since when, their state and why the last attempt failed) with a
 * retry for the ones the server refused and a discard, confirmed, for any. Nothing shows
 * while the outbox is empty; a live region says when the count changes.
 *
 * @example
 * ```html
 * <piazza-outbox-status .portal=${portal}></piazza-outbox-status>
 * ```
 */
export class PiazzaOutboxStatus extends LitElement {
  static override styles = outboxStatusStyles;

  // Without decorators, as the bell: their helper would be a chunk of its own.
  static override properties = {
    portal: { attribute: false },
    open: { state: true },
    confirming: { state: true },
  };
  declare portal: PortalContext | undefined;
  private open = false;
  /** The entry whose discard waits for a confirmation. */
  private confirming: string | undefined;
  private outbox: Outbox | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly l10n = new LocalizeController(this, 'common');

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.outbox = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('portal') || (this.portal && !this.outbox && !this.unsubscribe)) {
      void this.connectOutbox();
    }
  }

  override updated(changed: PropertyValues): void {
    if ((changed as Map<string, unknown>).has('confirming') && this.confirming !== undefined) {
      this.renderRoot.querySelector<HTMLElement>('.confirm .keep')?.focus();
    }
  }

  override render() {
    const { t } = this.l10n;
    const entries = this.outbox?.entries() ?? [];
    const count = entries.length;
    return html`<p class="announce" role="status">
        ${count > 0 ? t('outbox.button', { count }) : nothing}
      </p>
      <button
        class="mark"
        popovertarget="panel"
        aria-expanded=${String(this.open)}
        aria-label=${t('outbox.button', { count })}
        ?hidden=${count === 0 && !this.open}
      >
        ${outboxIcon}<span class="badge" aria-hidden="true">${count}</span>
      </button>
      <div
        id="panel"
        popover
        role="dialog"
        aria-labelledby="panel-title"
        @beforetoggle=${this.beforeToggle}
        @toggle=${this.toggled}
      >
        <div class="heading">
          <h2 id="panel-title" tabindex="-1">${t('outbox.title')}</h2>
          <button
            class="close"
            popovertarget="panel"
            popovertargetaction="hide"
            aria-label=${t('outbox.close')}
          >
            ${closeIcon}
          </button>
        </div>
        ${
          count > 0
            ? html`<ul>
                ${entries.map((entry) => this.renderEntry(entry))}
              </ul>`
            : html`<p class="empty">${t('outbox.empty')}</p>`
        }
      </div>`;
  }

  private renderEntry(entry: OutboxEntry) {
    const { t, language } = this.l10n;
    const { error } = entry;
    return html`<li class=${entry.state}>
      <p class="what">${t(entry.label.key, entry.label.values)}</p>
      ${
        entry.queuedAt
          ? html`<p class="when">
              ${t('outbox.queuedAt', { time: formatTimestamp(entry.queuedAt, language) })}
            </p>`
          : nothing
      }
      <p class="state">${t(`outbox.state.${entry.state}`)}</p>
      ${
        error
          ? html`<p class="error">
              ${t(errorKeys[error.code] ?? 'outbox.errors.server')}
              <code>${error.code}</code>
            </p>`
          : nothing
      }
      ${
        this.confirming === entry.key
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-${entry.key}">
              <p id="confirm-${entry.key}">
                ${t('outbox.discardConfirm', { label: t(entry.label.key, entry.label.values) })}
              </p>
              <button class="danger" @click=${() => this.discard(entry.key)}>
                ${t('outbox.discard')}
              </button>
              <button class="keep" @click=${this.keep}>${t('outbox.keep')}</button>
            </div>`
          : html`<div class="actions">
              ${
                entry.state === 'failed' && error?.code !== 'CORRUPTED'
                  ? html`<button class="retry" @click=${() => void this.outbox?.retry(entry.key)}>
                      ${t('outbox.retry')}
                    </button>`
                  : nothing
              }
              <button
                class="discard"
                ?disabled=${entry.state === 'sending'}
                @click=${() => (this.confirming = entry.key)}
              >
                ${t('outbox.discard')}
              </button>
            </div>`
      }
    </li>`;
  }

  private async connectOutbox(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = () => undefined;
    const outbox = await this.portal?.outbox().catch(() => undefined);
    if (outbox === undefined || !this.isConnected) return;
    this.outbox = outbox;
    this.unsubscribe = outbox.subscribe(() => this.requestUpdate());
    this.requestUpdate();
  }

  private async discard(key: string): Promise<void> {
    this.confirming = undefined;
    await this.outbox?.discard(key);
    this.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
  }

  /** Back to the list: the keyboard continues from the entry's discard button. */
  private readonly keep = async (): Promise<void> => {
    const index = this.outbox?.entries().findIndex((entry) => entry.key === this.confirming);
    this.confirming = undefined;
    await this.updateComplete;
    this.renderRoot
      .querySelectorAll<HTMLElement>('li .discard')
      .item(index ?? -1)
      ?.focus();
  };

  private readonly beforeToggle = (event: ToggleEvent): void => {
    if (event.newState !== 'open') return;
    this.place();
    window.addEventListener('resize', this.place);
  };

  private readonly place = (): void => {
    const panel = this.renderRoot.querySelector<HTMLElement>('#panel')!;
    placePanelUnder(this, panel, this.renderRoot.querySelector('.mark')!);
  };

  private readonly toggled = (event: ToggleEvent): void => {
    this.open = event.newState === 'open';
    if (this.open) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus(),
      );
      return;
    }
    window.removeEventListener('resize', this.place);
    this.confirming = undefined;
    const panel = this.renderRoot.querySelector('#panel')!;
    const focused = this.shadowRoot!.activeElement;
    if (focused && panel.contains(focused)) {
      this.renderRoot.querySelector<HTMLElement>('.mark')!.focus();
    }
  };
}

defineElement('piazza-outbox-status', PiazzaOutboxStatus);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-outbox-status': PiazzaOutboxStatus;
  }
}
