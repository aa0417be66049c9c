import type { ArticleTemplate } from './types.js';
import { articles1 } from './articles-1.js';
import { articles2 } from './articles-2.js';
import { articles3 } from './articles-3.js';
import { articles4 } from './articles-4.js';
import { articles5 } from './articles-5.js';

/**
 * The news a brand's network gets, as templates in every locale ({{brand}} is replaced by
 * the brand name). Split over several files to keep each one readable.
 */
export const articleTemplates: ArticleTemplate[] = [
  ...articles1,
  ...articles2,
  ...articles3,
  ...articles4,
  ...articles5,
];
