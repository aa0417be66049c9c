import type { ApolloClient } from '@apollo/client';
import { RecordArticleOpenedDocument } from './record-article-opened.generated.js';

/** The articles already recorded in this page session, per client (one per page). */
const recorded = new WeakMap<ApolloClient, Set<string>>();

/**
 * Tells the server that the reader opened an article, once per article and page session
 * whatever the re-renders. Fire and forget: the count is for editors, so a failure must
 * never disturb reading.
 */
export function recordArticleOpened(client: ApolloClient, articleId: string): void {
  const ids = recorded.get(client) ?? new Set<string>();
  recorded.set(client, ids);
  if (ids.has(articleId)) return;
  ids.add(articleId);
  client
    .mutate({ mutation: RecordArticleOpenedDocument, variables: { id: articleId } })
    .catch(() => undefined);
}
