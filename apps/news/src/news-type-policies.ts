import type { TypePolicies } from '@apollo/client';
import type { NewsFeedQuery } from './news-feed/news-feed.generated.js';

type ArticleConnection = NewsFeedQuery['newsFeed'];

/**
 * How the Apollo cache stores news: one feed list per locale that grows as pages are
 * fetched, one must-read list per locale that each answer replaces (it shrinks as the
 * reader acknowledges), and one entry per article version (the same article in French
 * and Polish are different objects).
 */
export const newsTypePolicies: TypePolicies = {
  Article: { keyFields: ['id', 'locale'] },
  Query: {
    fields: {
      mustReads: { merge: false },
      newsFeed: {
        keyArgs: ['locale'],
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
