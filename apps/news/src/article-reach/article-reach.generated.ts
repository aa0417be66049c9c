/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@piazza/shared/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Job =
  | 'AREA_MANAGER'
  | 'DEALER_PRINCIPAL'
  | 'EDITOR'
  | 'IT_ADMIN'
  | 'MECHANIC'
  | 'REGION_MANAGER'
  | 'SALESPERSON'
  | 'SERVICE_ADVISER'
  | 'SERVICE_MANAGER'
  | 'TRANSLATOR';

export type ArticleReachQueryVariables = Exact<{
  id: string | number;
}>;

export type ArticleReachQuery = {
  articleReach: {
    audience: number;
    opened: number;
    acknowledged: number;
    byCountry: Array<{
      id: string;
      name: string;
      audience: number;
      opened: number;
      acknowledged: number;
    }>;
    byRegion: Array<{
      id: string;
      name: string;
      audience: number;
      opened: number;
      acknowledged: number;
    }>;
    byDealer: Array<{
      id: string;
      name: string;
      audience: number;
      opened: number;
      acknowledged: number;
    }>;
    notAcknowledged: Array<{
      id: string;
      displayName: string;
      job: Types.Job;
      dealer: { id: string; name: string; city: string } | null;
    }>;
  };
};

export type ReachGroupFieldsFragment = {
  id: string;
  name: string;
  audience: number;
  opened: number;
  acknowledged: number;
};

export const ReachGroupFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReachGroupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReachGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opened' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledged' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReachGroupFieldsFragment, unknown>;
export const ArticleReachDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ArticleReach' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'articleReach' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opened' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledged' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byCountry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReachGroupFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byRegion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReachGroupFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byDealer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReachGroupFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notAcknowledged' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'job' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'dealer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReachGroupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReachGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opened' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledged' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArticleReachQuery, ArticleReachQueryVariables>;
