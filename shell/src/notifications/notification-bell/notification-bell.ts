import { placePanelUnder } from '../../header/header-panel.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  LocalizeController,
  QueryController,
  defineElement,
  formatDate,
  followInPortal,
  type PortalContext,
} from '@piazza/shared';
import {
  NotificationsDocument,
  type NotificationCentreFieldsFragment,
} from '../notification-centre.generated.js';
import { articlePath, ticketPath } from '../app-paths.js';
import { bellIcon, closeIcon, kindIcons } from '../notification-icons.js';
import { NotificationStream } from '../notification-stream.js';
import { notificationText, type NotificationItem } from './notification-text.js';
import { notificationBellStyles } from './notification-bell.styles.js';

/** Past this, the badge says "99+": the exact number is in the button's name. */
const MAX_BADGE = 99;

/**
 * The header's bell: the number of notifications the person has not seen, live from the
 * server's stream, and a panel listing them (must-reads, replies to their comments, live
 * streams, what others did to the tickets they watch), each a link to its article or
 * ticket. Opening the panel marks everything as seen; the items that were new stay marked
 * while it is open.
 *
 * @example
 * ```html
 * <piazza-notification-bell .portal=${portal}></piazza-notification-bell>
 * ```
 */
export class PiazzaNotificationBell extends LitElement {
  static override styles = notificationBellStyles;

  // Declared without decorators: their helper would become a chunk of its own, shared
  // with the first view's modules (one more request and ~100 bytes for everyone).
  static override properties = { portal: { attribute: false }, open: { state: true } };
  declare portal: PortalContext | undefined;
  private open = false;
  /** The ids that were unread when the panel opened (or arrived while open). */
  private readonly newInPanel = new Set<string>();
  private marking = false;
  private readonly l10n = new LocalizeController(this, 'common');
  private readonly centre = new QueryController(this, {
    query: NotificationsDocument,
    client: () => this.portal?.client,
    variables: () => ({ locale: this.l10n.language }),
  });
  // Subscribed once the first answer is in: a centre streamed earlier could be overwritten
  // by that older answer arriving after it.
  private readonly stream = new NotificationStream(this, {
    client: () => (this.centre.data ? this.portal?.client : undefined),
    locale: () => this.l10n.language,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('resize', this.place);
  }

  override willUpdate(): void {
    if (!this.open) return;
    for (const item of this.data?.items ?? []) if (item.unread) this.newInPanel.add(item.id);
  }

  override updated(changed: PropertyValues): void {
    // What arrives while the panel is open is seen at once.
    if (this.open && (this.data?.unread ?? 0) > 0) void this.markSeen();
    if ((changed as Map<string, unknown>).has('open') && this.open) {
      this.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
    }
  }

  override render() {
    const { t } = this.l10n;
    const unread = this.data?.unread ?? 0;
    return html`<button
        class="bell"
        popovertarget="panel"
        aria-expanded=${String(this.open)}
        aria-label=${
          unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.title')
        }
      >
        ${bellIcon}
        ${
          unread > 0
            ? html`<span class="badge" aria-hidden="true"
                >${unread > MAX_BADGE ? `${MAX_BADGE}+` : unread}</span
              >`
            : nothing
        }
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
          <h2 id="panel-title" tabindex="-1">${t('notifications.title')}</h2>
          <button
            class="close"
            popovertarget="panel"
            popovertargetaction="hide"
            aria-label=${t('notifications.close')}
          >
            ${closeIcon}
          </button>
        </div>
        ${this.open ? this.renderContent() : nothing}
      </div>`;
  }

  private renderContent() {
    const { t } = this.l10n;
    return this.centre.render({
      pending: () =>
        html`<ul class="skeleton" aria-busy="true" aria-label=${t('notifications.loading')}>
          ${[0, 1, 2].map(() => html`<li></li>`)}
        </ul>`,
      error: () =>
        html`<div class="status">
          <p>${t('errors.network')}</p>
          <button class="retry" @click=${() => this.centre.refetch()}>${t('actions.retry')}</button>
        </div>`,
      complete: ({ notifications }) =>
        notifications.items.length
          ? html`<ul class="items">
              ${notifications.items.map((item) => this.renderItem(item))}
            </ul>`
          : html`<p class="status">${t('notifications.empty')}</p>`,
    });
  }

  private renderItem(item: NotificationItem) {
    const { t, language } = this.l10n;
    const isNew = item.unread || this.newInPanel.has(item.id);
    const stream = item.kind === 'LIVE_STREAM' ? item.article?.liveStream : null;
    // A stream's reminder is about its start; the others about when they arrived.
    const at = stream?.startsAt ?? item.at;
    // The server gives each item its ticket or its article.
    const path = item.ticket ? ticketPath(item.ticket.id) : articlePath(item.article!.id);
    return html`<li class=${isNew ? 'new' : ''}>
      <a href=${this.portal!.href(path)} @click=${(event: MouseEvent) => this.follow(event, path)}>
        <span class="icon">${kindIcons[item.kind]}</span>
        <span class="text">
          ${isNew ? html`<span class="new-mark">${t('notifications.new')}</span>` : nothing}
          <span class="what">${notificationText(item, t, Date.now())}</span>
          ${item.ticket ? html`<span class="about">${item.ticket.title}</span>` : nothing}
          <time datetime=${at}>${formatDate(at, language)}</time>
        </span>
      </a>
    </li>`;
  }

  private get data(): NotificationCentreFieldsFragment | undefined {
    return this.centre.data?.notifications;
  }

  private async markSeen(): Promise<void> {
    if (this.marking) return;
    this.marking = true;
    try {
      await this.stream.markSeen();
    } catch {
      // Still counted as unread: the next opening tries again.
    } finally {
      this.marking = false;
    }
  }

  private readonly beforeToggle = (event: ToggleEvent): void => {
    if (event.newState !== 'open') return;
    this.place();
    window.addEventListener('resize', this.place);
  };

  private readonly place = (): void => {
    const panel = this.renderRoot.querySelector<HTMLElement>('#panel')!;
    placePanelUnder(this, panel, this.renderRoot.querySelector('.bell')!);
  };

  private readonly toggled = (event: ToggleEvent): void => {
    this.open = event.newState === 'open';
    if (this.open) return;
    window.removeEventListener('resize', this.place);
    this.newInPanel.clear();
    // Closed from inside (Escape, the close button): the keyboard continues from the bell.
    const panel = this.renderRoot.querySelector('#panel')!;
    const focused = this.shadowRoot!.activeElement;
    if (focused && panel.contains(focused)) {
      this.renderRoot.querySelector<HTMLElement>('.bell')!.focus();
    }
  };

  private follow(event: MouseEvent, path: string): void {
    if (followInPortal(event, this.portal, path)) {
      this.renderRoot.querySelector<HTMLElement>('#panel')!.hidePopover();
    }
  }
}

defineElement('piazza-notification-bell', PiazzaNotificationBell);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-notification-bell': PiazzaNotificationBell;
  }
}
