import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSchema } from 'graphql-yoga';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { article, newsFeed } from '../news/resolvers.js';
import { me } from '../org/resolvers.js';

/** The single contract, shared with the apps and the mocks. */
export const SCHEMA_PATH = fileURLToPath(
  new URL('../../../shared/graphql/schema.graphql', import.meta.url),
);

const resolvers: Resolvers = {
  Query: { me, newsFeed, article },
};

export function createExecutableSchema() {
  return createSchema<GraphQLContext>({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers,
  });
}
