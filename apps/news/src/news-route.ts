import type { ArticleCategory } from '@piazza/shared/graphql';

/** The categories, in the order the feed offers them. */
export const CATEGORIES: readonly ArticleCategory[] = [
  'PRODUCTS',
  'SALES',
  'AFTER_SALES',
  'TRAINING',
  'NETWORK',
  'COMPANY',
];

/**
 * What narrows the feed, as its address holds it (`news?q=voiture&category=SALES&tag=ev`),
 * so that back, forward, reload and shared links keep it. Empty strings mean "none".
 */
export interface FeedFilter {
  search: string;
  category: ArticleCategory | '';
  tag: string;
}

export const NO_FILTER: FeedFilter = { search: '', category: '', tag: '' };

export function isFiltered(filter: FeedFilter): boolean {
  return filter.search !== '' || filter.category !== '' || filter.tag !== '';
}

/** The portal path of the feed narrowed by `filter` (the feed alone for none). */
export function feedPath(filter: FeedFilter): string {
  const params = new URLSearchParams();
  if (filter.search) params.set('q', filter.search);
  if (filter.category) params.set('category', filter.category);
  if (filter.tag) params.set('tag', filter.tag);
  const query = params.toString();
  return query ? `news?${query}` : 'news';
}

/** The filter an address holds; an unknown category is ignored. */
export function filterFromLocation(location: { search: string }): FeedFilter {
  const params = new URLSearchParams(location.search);
  const category = params.get('category') ?? '';
  return {
    search: params.get('q')?.trim() ?? '',
    category: (CATEGORIES as readonly string[]).includes(category)
      ? (category as ArticleCategory)
      : '',
    tag: params.get('tag')?.trim().toLowerCase() ?? '',
  };
}
