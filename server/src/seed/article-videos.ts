import type { ArticleRow } from './network-types.js';

/**
 * The demo's videos, by article template, as setArticleVideo stores them: the players of
 * the Blender Foundation's open film "Big Buck Bunny" (CC BY) on YouTube and on Vimeo.
 */
const VIDEOS: Readonly<Record<string, string>> = {
  'new-model-launch': 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ',
  'training-path-opening': 'https://player.vimeo.com/video/1084537',
};

/** True when articles of this template may show a video. */
export function hasVideo(templateKey: string): boolean {
  return templateKey in VIDEOS;
}

/**
 * The latest article of each brand from each template with a video shows it: one or two
 * per brand, so that the demo has a player to press without every launch looking alike.
 */
export function showVideos(candidates: readonly { article: ArticleRow; templateKey: string }[]) {
  const latest = new Map<string, { article: ArticleRow; templateKey: string }>();
  for (const candidate of candidates) {
    const key = `${candidate.article.brandId}/${candidate.templateKey}`;
    const current = latest.get(key);
    if (!current || candidate.article.publishedAt > current.article.publishedAt) {
      latest.set(key, candidate);
    }
  }
  for (const { article, templateKey } of latest.values()) article.videoUrl = VIDEOS[templateKey]!;
}
