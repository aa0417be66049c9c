import { LitElement, html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement } from '@piazza/shared';
import { videoPlayerStyles } from './video-player.styles.js';

/**
 * What the framed player may do: YouTube's and Vimeo's players need their own origin
 * (cookies of the privacy-enhanced player, their scripts), fullscreen and their links.
 */
const SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';

/**
 * The player's address asked to start at once: the reader pressed play already, and
 * YouTube, Vimeo and most players read `autoplay=1` (the `allow` attribute lets them).
 */
export function playingAddress(src: string): string {
  const url = new URL(src);
  url.searchParams.set('autoplay', '1');
  return url.href;
}

/**
 * A video that loads nothing from its provider until the reader asks: a 16:9 box with a
 * play button that names who serves the video. Pressing it puts the provider's player in
 * its place, playing, and moves the focus into it. A new `src` shows the button again.
 *
 * @example
 * ```ts
 * html`<piazza-news-video-player
 *   src=${video.embedUrl}
 *   play-label=${t('article.video.play', { provider: video.provider })}
 *   frame-title=${t('article.video.frameTitle', { title: article.title })}
 * ></piazza-news-video-player>`
 * ```
 */
export class PiazzaNewsVideoPlayer extends LitElement {
  static override styles = videoPlayerStyles;

  /** The player's address (ArticleVideo.embedUrl, LiveStream.embedUrl). */
  @property() src = '';
  /** The button's words, naming who serves the video: "Play video — loads from YouTube". */
  @property({ attribute: 'play-label' }) playLabel = '';
  /** The player's name for assistive technology: "Video player: New Lumo range". */
  @property({ attribute: 'frame-title' }) frameTitle = '';

  @state() private playing = false;
  @query('iframe') private frame?: HTMLIFrameElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.playing = false;
  }

  override render() {
    return html`<div class="box">
      ${
        this.playing
          ? html`<iframe
              src=${playingAddress(this.src)}
              title=${this.frameTitle}
              allow="autoplay; fullscreen; picture-in-picture"
              referrerpolicy="strict-origin-when-cross-origin"
              loading="lazy"
              sandbox=${SANDBOX}
            ></iframe>`
          : html`<button type="button" class="play" @click=${this.play}>
              <svg class="icon" viewBox="0 0 48 48" aria-hidden="true">
                <circle cx="24" cy="24" r="23" />
                <path d="M19 14.5v19L34 24z" />
              </svg>
              <span>${this.playLabel}</span>
            </button>`
      }
    </div>`;
  }

  private async play(): Promise<void> {
    this.playing = true;
    await this.updateComplete;
    // The button is gone: the keyboard carries on in the player, not at the page's top.
    this.frame?.focus();
  }
}

defineElement('piazza-news-video-player', PiazzaNewsVideoPlayer);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-news-video-player': PiazzaNewsVideoPlayer;
  }
}
