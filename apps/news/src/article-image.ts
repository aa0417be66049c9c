import { html, nothing } from 'lit';
import type { ArticleSummaryFieldsFragment } from './news-article.fragment.generated.js';

/**
 * An article's picture, its box sized before it loads (16:9) so nothing moves when it
 * arrives. `eager` for pictures in the first screen: they are its largest paint.
 */
export function articleImage(
  article: Pick<ArticleSummaryFieldsFragment, 'imageUrl' | 'imageAlt'>,
  options: { eager: boolean },
) {
  if (!article.imageUrl) return nothing;
  return html`<img
    src=${article.imageUrl}
    alt=${article.imageAlt ?? ''}
    width="1200"
    height="675"
    loading=${options.eager ? 'eager' : 'lazy'}
    fetchpriority=${options.eager ? 'high' : 'auto'}
  />`;
}
