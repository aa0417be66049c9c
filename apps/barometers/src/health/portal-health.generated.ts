/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@piazza/shared/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type PortalHealthQueryVariables = Exact<{
  days?: number | null | undefined;
  app?: string | null | undefined;
  locale?: string | null | undefined;
  countryCode?: string | null | undefined;
}>;

export type PortalHealthQuery = {
  portalHealth: {
    from: string;
    to: string;
    byApp: Array<{
      key: string;
      samples: number;
      lcp: number | null;
      inp: number | null;
      cls: number | null;
      ttfb: number | null;
    }>;
    byLocale: Array<{
      key: string;
      samples: number;
      lcp: number | null;
      inp: number | null;
      cls: number | null;
      ttfb: number | null;
    }>;
    byCountry: Array<{
      key: string;
      samples: number;
      lcp: number | null;
      inp: number | null;
      cls: number | null;
      ttfb: number | null;
    }>;
    byDay: Array<{
      key: string;
      samples: number;
      lcp: number | null;
      inp: number | null;
      cls: number | null;
      ttfb: number | null;
    }>;
  };
};

export type VitalsRowFieldsFragment = {
  key: string;
  samples: number;
  lcp: number | null;
  inp: number | null;
  cls: number | null;
  ttfb: number | null;
};

export type PortalHealthFiltersQueryVariables = Exact<{ [key: string]: never }>;

export type PortalHealthFiltersQuery = {
  countries: Array<{ code: string; name: string }>;
  translationLocales: Array<{ code: string }>;
};

export const VitalsRowFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VitalsRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VitalsRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'samples' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lcp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cls' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ttfb' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VitalsRowFieldsFragment, unknown>;
export const PortalHealthDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortalHealth' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'app' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'countryCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portalHealth' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'days' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'app' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'app' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'countryCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'countryCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byApp' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VitalsRowFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byLocale' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VitalsRowFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byCountry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VitalsRowFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byDay' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VitalsRowFields' } },
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
      name: { kind: 'Name', value: 'VitalsRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VitalsRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'samples' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lcp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cls' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ttfb' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalHealthQuery, PortalHealthQueryVariables>;
export const PortalHealthFiltersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortalHealthFilters' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'countries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'translationLocales' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalHealthFiltersQuery, PortalHealthFiltersQueryVariables>;
