/**
 * Which video addresses an article may embed, and as what player. Pure (no Node, no
 * database): the browser mocks use it too.
 */

/** A player an article may frame, and who serves it, named to readers before it loads. */
export interface VideoEmbed {
  /** The player's https address, the iframe's `src`. */
  embedUrl: string;
  /** "YouTube", "Vimeo", or the host name of one of the deployment's own video sites. */
  provider: string;
}

/** YouTube's privacy-enhanced player: it sets no cookie until the video is played. */
const YOUTUBE_PLAYER = 'https://www.youtube-nocookie.com';
const VIMEO_PLAYER = 'https://player.vimeo.com';
const MAX_URL_LENGTH = 2000;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
]);
/** `/live/ID` (a stream's page) and `/embed/ID` (a player's address) name a video too. */
const YOUTUBE_PATH = /^\/(?:live|embed)\/([^/]+)\/?$/;

const VIMEO_ID = /^[0-9]{1,12}$/;
/** The key of an unlisted Vimeo video, without which its player refuses to play. */
const VIMEO_KEY = /^[0-9a-f]{6,20}$/;
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com']);
const VIMEO_PATH = /^\/([^/]+)(?:\/([^/]+))?\/?$/;
const VIMEO_PLAYER_PATH = /^\/video\/([^/]+)\/?$/;

/**
 * The origins whose players the portal's pages may frame (their CSP's `frame-src`):
 * YouTube's and Vimeo's, and the deployment's own (`PIAZZA_EMBED_ORIGINS`).
 */
export function embedOrigins(configured: readonly string[]): string[] {
  return [YOUTUBE_PLAYER, VIMEO_PLAYER, ...configured];
}

function youtube(url: URL): VideoEmbed | null {
  const id =
    url.hostname === 'youtu.be'
      ? url.pathname.slice(1)
      : url.pathname === '/watch'
        ? url.searchParams.get('v')
        : YOUTUBE_PATH.exec(url.pathname)?.[1];
  if (!id || !YOUTUBE_ID.test(id)) return null;
  return { embedUrl: `${YOUTUBE_PLAYER}/embed/${id}`, provider: 'YouTube' };
}

function vimeo(url: URL): VideoEmbed | null {
  const path = url.hostname === 'player.vimeo.com' ? VIMEO_PLAYER_PATH : VIMEO_PATH;
  const [, id, key = url.searchParams.get('h')] = path.exec(url.pathname) ?? [];
  if (!id || !VIMEO_ID.test(id) || (key && !VIMEO_KEY.test(key))) return null;
  const embedUrl = `${VIMEO_PLAYER}/video/${id}${key ? `?h=${key}` : ''}`;
  return { embedUrl, provider: 'Vimeo' };
}

function parsedHttps(text: string): URL | null {
  if (text.length > MAX_URL_LENGTH) return null;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' && !url.username && !url.password ? url : null;
  } catch {
    return null;
  }
}

/**
 * The player for a video's address, or null when it is not an https address of an allowed
 * host. A YouTube or Vimeo watch, stream or player address becomes that provider's player
 * (`youtu.be/ID` → `https://www.youtube-nocookie.com/embed/ID`); an address on one of the
 * `configured` origins is the player itself. An id that is not of the provider's form is
 * refused rather than passed into the player's address.
 *
 * @example
 * embedOf('https://vimeo.com/76979871') // { embedUrl: 'https://player.vimeo.com/video/76979871', provider: 'Vimeo' }
 */
export function embedOf(text: string, configured: readonly string[] = []): VideoEmbed | null {
  const url = parsedHttps(text);
  if (!url) return null;
  if (url.hostname === 'youtu.be' || YOUTUBE_HOSTS.has(url.hostname)) return youtube(url);
  if (url.hostname === 'player.vimeo.com' || VIMEO_HOSTS.has(url.hostname)) return vimeo(url);
  if (configured.includes(url.origin)) return { embedUrl: url.href, provider: url.host };
  return null;
}
