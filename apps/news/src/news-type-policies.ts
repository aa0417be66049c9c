import type { TypePolicies } from '@apollo/client';
import type { NewsFeedQuery } from './news-feed/news-feed.generated.js';

type ArticleConnection = NewsFeedQuery['newsFeed'];

/**
 * How the Apollo cache stores news: one feed list per locale and filter (the plain feed
 * and each search's or category's results never mix) that grows as pages are fetched; one
 * must-read list and one pinned list per locale that each answer replaces (the must-reads
 * shrink as the reader acknowledges); and one entry per article version (the same article
 * in French and Polish are different objects). A reach group (a country's numbers for one
 * article) belongs to its article's reach: normalised by id, two articles would share it.
 */
export const newsTypePolicies: TypePolicies = {
  Article: { keyFields: ['id', 'locale'] },
  ReachGroup: { keyFields: false },
  Query: {
    fields: {
      mustReads: { merge: false },
      pinnedArticles: { merge: false },
      newsFeed: {
        keyArgs: ['locale', 'search', 'category', 'tag', 'excludePinned'],
        merge(
          existing: ArticleConnection | undefined,
          incoming: ArticleConnection,
          { args },
        ): ArticleConnection {
          if (existing === undefined || !args?.['after']) return incoming;
          return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
        },
      },
    },
  },
};
