import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import type { Authenticate } from '../auth/authenticate.js';
import type { GraphQLContext } from '../context.js';
import type { Db } from '../db/db.js';
import { clientAddress } from '../http/client-address.js';
import type { TranslationCatalogue } from '../i18n/catalogue.js';
import type { RateLimits } from '../http/rate-limits.js';
import type { NewsEvents } from '../notifications/news-events.js';
import type { AppCatalogue } from '../org/app-catalogue.js';
import { mutationRateLimit } from './rate-limit-plugin.js';
import { noIntrospection, safeErrors } from './safe-errors.js';
import { createExecutableSchema } from './schema.js';

export type PiazzaYoga = YogaServerInstance<object, GraphQLContext>;

export interface GraphQLOptions {
  db: Db;
  authenticate: Authenticate;
  rateLimits: RateLimits;
  apps: AppCatalogue;
  news: NewsEvents;
  /** The deployment's own video sites (PIAZZA_EMBED_ORIGINS). */
  embedOrigins: readonly string[];
  catalogue: TranslationCatalogue;
  production: boolean;
  trustProxy: boolean;
}

/**
 * The GraphQL endpoint. Limits (depth, aliases, cost, tokens) reject abusive documents
 * before execution; unexpected errors reach the client as "Unexpected error." only and
 * are logged here.
 */
export function createGraphQL(options: GraphQLOptions): PiazzaYoga {
  const { db, authenticate, rateLimits, apps, news, embedOrigins, catalogue } = options;
  const { production, trustProxy } = options;
  return createYoga<object, GraphQLContext>({
    schema: createExecutableSchema(),
    // Node's own Fetch API, not whatwg-node's ponyfills: the router re-wraps responses, and
    // a ponyfill stream inside a native Response is read as an async iterable, whose
    // close after a client hangs up throws where nothing can catch it (a subscription's
    // reader leaving crashed the process).
    fetchAPI: { Request, Response, Headers, ReadableStream, fetch, URL, URLSearchParams },
    graphqlEndpoint: '/graphql',
    graphiql: !production,
    landingPage: false,
    multipart: false,
    logging: 'warn',
    maskedErrors: {
      isDev: false,
      maskError: (error, message) => {
        const masked = maskError(error, message, false);
        if (masked !== error) console.error('GraphQL internal error:', error);
        return masked;
      },
    },
    plugins: [
      EnvelopArmorPlugin({
        // In development GraphiQL's introspection query is deeper than 10; production refuses it.
        maxDepth: { n: 10, ignoreIntrospection: !production },
        maxAliases: { n: 15 },
        costLimit: { maxCost: 5000 },
        maxTokens: { n: 2000 },
      }),
      mutationRateLimit(rateLimits),
      safeErrors,
      ...(production ? [noIntrospection] : []),
    ],
    context: async ({ request }) => ({
      db,
      principal: await authenticate(request),
      clientAddress: clientAddress(request, trustProxy),
      apps,
      news,
      embedOrigins,
      catalogue,
    }),
  });
}
