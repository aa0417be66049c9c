import type { CodegenConfig } from '@graphql-codegen/cli';

const clientConfig = {
  scalars: { DateTime: 'string' },
  enumsAsTypes: true,
  avoidOptionals: { field: true, inputValue: false, object: false },
  skipTypename: true,
  useTypeImports: true,
};

/**
 * Everything generated from the one schema: the server's resolver types, the types of
 * every operation, and each operation as a ready-parsed document beside its .graphql file
 * (no GraphQL parser is shipped to browsers), plus the introspection the mocks execute.
 */
const config: CodegenConfig = {
  schema: 'shared/graphql/schema.graphql',
  documents: ['apps/*/src/**/*.graphql', 'shell/src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'shared/graphql/generated/types.ts': {
      plugins: ['typescript'],
      config: { ...clientConfig, onlyOperationTypes: true },
    },
    'apps/': {
      preset: 'near-operation-file',
      presetConfig: { extension: '.generated.ts', baseTypesPath: '~@piazza/shared/graphql' },
      plugins: ['typescript-operations', 'typed-document-node'],
      config: clientConfig,
    },
    'shell/': {
      preset: 'near-operation-file',
      presetConfig: { extension: '.generated.ts', baseTypesPath: '~@piazza/shared/graphql' },
      plugins: ['typescript-operations', 'typed-document-node'],
      config: clientConfig,
    },
    'shared/graphql/generated/introspection.json': {
      plugins: ['introspection'],
      config: { minify: true },
    },
    'server/src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        contextType: '../context.js#GraphQLContext',
        mappers: {
          Person: '../org/person-model.js#PersonModel',
          EditorialArticle: '../news/editorial/editorial-model.js#EditorialArticleModel',
          Comment: '../news/comments/comment-model.js#CommentModel',
          Article: '../news/articles-sql.js#ArticleModel',
          Ticket: '../tickets/ticket-model.js#TicketModel',
          TicketQueue: '../tickets/ticket-assignment.js#TicketQueueModel',
          TicketCategory: '../tickets/ticket-categories-admin.js#TicketCategoryModel',
          Viewer: '../org/me.js#ViewerModel',
          TranslationEntry: '../translations/entries.js#TranslationEntryModel',
          TranslationChange: '../translations/history.js#TranslationChangeModel',
        },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};
export default config;
