import { LitElement, html, nothing } from 'lit';
import {
  LocalizeController,
  QueryController,
  defineElement,
  followInPortal,
  liveStreamState,
  type PortalContext,
} from '@piazza/shared';
import { NotificationsDocument } from '../notification-centre.generated.js';
import { articlePath } from '../app-paths.js';
import { nextChange, streamToShow } from '../live-schedule.js';
import { LiveNowDocument } from './live-now.generated.js';
import { liveNowStyles } from './live-now.styles.js';

/**
 * The header's "Live now" mark: the live stream meant for the person that runs now (or
 * "Live at 15:00" in the minutes before), linking to the article that announces it. It
 * appears and goes at the stream's start and end by the page's clock, and asks the server
 * again when a live-stream notification arrives (the bell's stream writes it to the cache).
 *
 * @example
 * ```html
 * <piazza-live-now .portal=${portal}></piazza-live-now>
 * ```
 */
export class PiazzaLiveNow extends LitElement {
  static override styles = liveNowStyles;

  // Declared without decorators, as in the bell: their helper would be one more module
  // shared with the first view.
  static override properties = { portal: { attribute: false } };
  declare portal: PortalContext | undefined;

  private readonly l10n = new LocalizeController(this, 'common');
  private readonly live = new QueryController(this, {
    query: LiveNowDocument,
    client: () => this.portal?.client,
    variables: () => ({ locale: this.l10n.language }),
  });
  private readonly centre = new QueryController(this, {
    query: NotificationsDocument,
    client: () => this.portal?.client,
    variables: () => ({ locale: this.l10n.language }),
  });
  /** The live-stream notifications known (id and time), to notice a new or moved one. */
  private announced: Set<string> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override willUpdate(): void {
    // Nothing to show takes no room in the header (nor a gap beside the bell).
    this.hidden = streamToShow(this.live.data?.liveNow ?? [], Date.now()) === undefined;
    const items = this.centre.data?.notifications.items;
    if (items === undefined) return;
    const keys = items
      .filter((item) => item.kind === 'LIVE_STREAM')
      .map((item) => `${item.id} ${item.at}`);
    if (this.announced && keys.some((key) => !this.announced!.has(key))) void this.live.refetch();
    this.announced = new Set(keys);
  }

  override updated(): void {
    clearTimeout(this.timer);
    const now = Date.now();
    const next = nextChange(this.live.data?.liveNow ?? [], now);
    if (next !== undefined) this.timer = setTimeout(() => this.requestUpdate(), next - now + 50);
  }

  override render() {
    const now = Date.now();
    const article = streamToShow(this.live.data?.liveNow ?? [], now);
    if (!article?.liveStream || !this.portal) return nothing;
    const { t, language } = this.l10n;
    const state = liveStreamState(article.liveStream, now);
    const path = articlePath(article.id);
    const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
    return html`<a
      class=${state}
      href=${this.portal.href(path)}
      @click=${(event: MouseEvent) => this.follow(event, path)}
    >
      <span class="dot" aria-hidden="true"></span>
      <span class="label"
        >${
          state === 'live'
            ? t('live.now')
            : t('live.at', { time: time.format(new Date(article.liveStream.startsAt)) })
        }</span
      >
      <span class="title">${article.title}</span>
    </a>`;
  }

  private follow(event: MouseEvent, path: string): void {
    followInPortal(event, this.portal, path);
  }
}

defineElement('piazza-live-now', PiazzaLiveNow);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-live-now': PiazzaLiveNow;
  }
}
