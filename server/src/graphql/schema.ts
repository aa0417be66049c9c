import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSchema } from 'graphql-yoga';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { articleReach, recordArticleOpened } from '../news/reach.js';
import { acknowledgeArticle, article, mustReads, newsFeed } from '../news/resolvers.js';
import { auditLog, setAuditRetention } from '../audit/audit-log.js';
import { countries, dealer, dealers } from '../org/dealers.js';
import { people, Person, person } from '../org/people-resolvers.js';
import { me } from '../org/resolvers.js';
import {
  audienceReach,
  createArticle,
  deleteArticleVersion,
  EditorialArticle,
  editorCommunities,
  editorialArticle,
  editorialArticles,
  moveArticle,
  saveArticleVersion,
  setArticleTarget,
} from '../news/editorial/resolvers.js';
import { appRollouts, setAppRollout } from '../org/rollouts.js';
import { erasePerson, exportPersonData } from '../privacy/personal-data.js';

/** The single contract, shared with the apps and the mocks. */
export const SCHEMA_PATH = fileURLToPath(
  new URL('../../../shared/graphql/schema.graphql', import.meta.url),
);

const resolvers: Resolvers = {
  Query: {
    me,
    newsFeed,
    mustReads,
    articleReach,
    article,
    countries,
    dealers,
    dealer,
    people,
    person,
    appRollouts,
    auditLog,
    editorCommunities,
    editorialArticles,
    editorialArticle,
    audienceReach,
  },
  Mutation: {
    acknowledgeArticle,
    recordArticleOpened,
    setAppRollout,
    setAuditRetention,
    exportPersonData,
    erasePerson,
    createArticle,
    saveArticleVersion,
    deleteArticleVersion,
    setArticleTarget,
    moveArticle,
  },
  Person,
  EditorialArticle,
};

export function createExecutableSchema() {
  return createSchema<GraphQLContext>({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers,
  });
}
