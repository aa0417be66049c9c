/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@piazza/shared/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type TranslationOverviewQueryVariables = Exact<{ [key: string]: never }>;

export type TranslationOverviewQuery = {
  translationOverview: Array<{
    locale: string;
    namespace: string;
    total: number;
    translated: number;
    missing: number;
    outdated: number;
    unreviewed: number;
  }>;
};

export const TranslationOverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TranslationOverview' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'translationOverview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namespace' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'translated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outdated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unreviewed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TranslationOverviewQuery, TranslationOverviewQueryVariables>;
