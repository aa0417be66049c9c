/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@piazza/shared/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BarometerLevel = 'COUNTRY' | 'DEALER' | 'GROUP' | 'REGION';

export type BarometerScopeInput = {
  brandId: string | number;
  /** Country code, region id or dealer id; none for the group. */
  id?: string | number | null | undefined;
  level: BarometerLevel;
};

export type EngagementBarometerQueryVariables = Exact<{
  scope: Types.BarometerScopeInput;
  period: string;
}>;

export type EngagementBarometerQuery = {
  engagementBarometer: {
    period: string;
    scope: { level: Types.BarometerLevel; id: string | null; name: string };
    rows: Array<{
      level: Types.BarometerLevel;
      id: string;
      name: string;
      people: number;
      activePeople: number;
      mustReadsExpected: number;
      mustReadsAcknowledged: number;
      ticketsResolved: number;
      ticketsResolvedWithinSla: number;
    }>;
    rollups: Array<{
      level: Types.BarometerLevel;
      id: string;
      name: string;
      people: number;
      activePeople: number;
      mustReadsExpected: number;
      mustReadsAcknowledged: number;
      ticketsResolved: number;
      ticketsResolvedWithinSla: number;
    }>;
  };
};

export type EngagementRowFieldsFragment = {
  level: Types.BarometerLevel;
  id: string;
  name: string;
  people: number;
  activePeople: number;
  mustReadsExpected: number;
  mustReadsAcknowledged: number;
  ticketsResolved: number;
  ticketsResolvedWithinSla: number;
};

export const EngagementRowFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EngagementRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EngagementRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'people' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activePeople' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustReadsExpected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustReadsAcknowledged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ticketsResolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ticketsResolvedWithinSla' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EngagementRowFieldsFragment, unknown>;
export const EngagementBarometerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EngagementBarometer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BarometerScopeInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'engagementBarometer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'scope' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scope' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'EngagementRowFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rollups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'EngagementRowFields' },
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
      name: { kind: 'Name', value: 'EngagementRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EngagementRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'people' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activePeople' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustReadsExpected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustReadsAcknowledged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ticketsResolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ticketsResolvedWithinSla' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EngagementBarometerQuery, EngagementBarometerQueryVariables>;
