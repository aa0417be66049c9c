import type { TypePolicies } from '@apollo/client';
import type { ArticleDiscussionQuery } from './article-discussion.generated.js';

type CommentConnection = ArticleDiscussionQuery['articleComments'];

/**
 * How the cache keeps a discussion: one list of threads per article that grows as pages
 * come, comments by id (an edit or a report updates the comment wherever it shows), and
 * reactions inside their article, each answer replacing them.
 */
export const discussionTypePolicies: TypePolicies = {
  ReactionCount: { keyFields: false },
  Article: { fields: { reactions: { merge: false } } },
  Comment: { fields: { replies: { merge: false } } },
  Query: {
    fields: {
      articleComments: {
        keyArgs: ['articleId'],
        merge(
          existing: CommentConnection | undefined,
          incoming: CommentConnection,
          { args },
        ): CommentConnection {
          if (existing === undefined || !args?.['after']) return incoming;
          return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
        },
      },
    },
  },
};
