import { css, html, nothing } from 'lit';
import type { TFunction } from 'i18next';
import {
  formatFileSize,
  formatTimeRange,
  followInPortal,
  liveStreamState,
  type PortalContext,
} from '@piazza/shared';
import { feedPath, NO_FILTER } from '../news-route.js';
import '../video-player/video-player.js';
import type { NewsArticleQuery } from './news-article.generated.js';

type Article = NonNullable<NewsArticleQuery['article']>;

interface Context {
  t: TFunction;
  locale: string;
  portal: PortalContext | undefined;
}

function follow(portal: PortalContext | undefined, path: string) {
  return (event: MouseEvent) => followInPortal(event, portal, path);
}

/** A player that loads from its provider only once pressed, its words in `locale`. */
function player(src: string, words: { play: string; frame: string; locale: string }) {
  return html`<piazza-news-video-player
    lang=${words.locale}
    src=${src}
    play-label=${words.play}
    frame-title=${words.frame}
  ></piazza-news-video-player>`;
}

/**
 * The live stream an article announces: when it runs, whether it is live, and the way in
 * while it is not over: its player while it is live, when it can be embedded, else a
 * link. The page re-renders at each change (see `msUntilNextLiveChange`).
 */
export function liveStreamBlock(article: Article, { t, locale }: Context, now = Date.now()) {
  const stream = article.liveStream;
  if (!stream) return nothing;
  const state = liveStreamState(stream, now);
  const when = formatTimeRange(stream, locale);
  const link = html`<a class="join" href=${stream.url} target="_blank" rel="noopener noreferrer"
    >${t('article.live.join')}</a
  >`;
  return html`<section class="live live--${state}" aria-labelledby="live-title">
    <h2 id="live-title">
      ${state === 'live' ? html`<span class="live-dot" aria-hidden="true"></span>` : nothing}
      ${t(`article.live.${state}`)}
    </h2>
    <p>${when}</p>
    ${
      state === 'ended'
        ? nothing
        : state === 'live' && stream.embedUrl && stream.provider
          ? player(stream.embedUrl, {
              play: t('article.live.play', { provider: stream.provider }),
              frame: t('article.live.frameTitle', { title: article.title }),
              locale,
            })
          : link
    }
  </section>`;
}

/** The video the article shows, loaded from its provider only when the reader presses play. */
export function articleVideo(article: Article, { t, locale }: Context) {
  const video = article.video;
  if (!video) return nothing;
  return player(video.embedUrl, {
    play: t('article.video.play', { provider: video.provider }),
    frame: t('article.video.frameTitle', { title: article.title }),
    locale,
  });
}

/** The files attached to the article, each a download with its kind and size. */
export function attachmentList(article: Article, { t, locale }: Context) {
  if (article.attachments.length === 0) return nothing;
  return html`<section class="attachments" aria-labelledby="attachments-title">
    <h2 id="attachments-title">${t('article.attachments.title')}</h2>
    <ul>
      ${article.attachments.map(
        (file) =>
          html`<li>
            <a href=${file.url} download=${file.name}>${file.name}</a>
            <span class="file-meta"
              >${t(file.contentType === 'application/pdf' ? 'article.attachments.pdf' : 'article.attachments.image')}
              · ${formatFileSize(file.size, locale)}</span
            >
          </li>`,
      )}
    </ul>
  </section>`;
}

/** The article's category and tags, each leading to the feed narrowed to it. */
export function topicLinks(article: Article, { t, portal }: Context) {
  const category = feedPath({ ...NO_FILTER, category: article.category });
  return html`<nav class="topic-links" aria-label=${t('article.topics')}>
    <a href=${portal?.href(category) ?? '#'} @click=${follow(portal, category)}
      >${t(`common:categories.${article.category}`)}</a
    >
    ${article.tags.map((tag) => {
      const path = feedPath({ ...NO_FILTER, tag });
      return html`<a href=${portal?.href(path) ?? '#'} @click=${follow(portal, path)}>#${tag}</a>`;
    })}
  </nav>`;
}

export const articleExtrasStyles = css`
  .topic-links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--piazza-space-s);
    margin-block: var(--piazza-space-m);
  }
  .topic-links a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--piazza-target-size);
    padding-inline: var(--piazza-space-m);
    border: 1px solid var(--piazza-color-border);
    border-radius: 999px;
    color: var(--piazza-color-text-default);
    text-decoration: none;
  }
  .live,
  .attachments {
    margin-block: var(--piazza-space-l);
    padding: var(--piazza-space-m);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-raised);
  }
  .live h2,
  .attachments h2 {
    display: flex;
    align-items: center;
    gap: var(--piazza-space-s);
    margin: 0 0 var(--piazza-space-s);
    font-size: 1.125rem;
  }
  .live p {
    margin: 0 0 var(--piazza-space-m);
  }
  .live--live {
    border-inline-start: 4px solid var(--piazza-color-danger);
  }
  /* The stream's player ends its block: the block's padding is its margin. */
  .live piazza-news-video-player {
    margin-block: 0;
  }
  .live-dot {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    background: var(--piazza-color-danger);
  }
  .join {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--piazza-target-size);
    padding-inline: var(--piazza-space-l);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-primary);
    color: var(--piazza-color-on-primary);
    font-weight: 600;
    text-decoration: none;
  }
  .attachments ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .attachments li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--piazza-space-s);
    min-block-size: var(--piazza-target-size);
  }
  .attachments a {
    color: var(--piazza-color-primary);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .file-meta {
    color: var(--piazza-color-text-muted);
  }
  .join:focus-visible,
  .attachments a:focus-visible,
  .topic-links a:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
`;
