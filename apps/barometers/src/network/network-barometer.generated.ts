/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@piazza/shared/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BarometerComparison = 'PREVIOUS_PERIOD' | 'SAME_PERIOD_LAST_YEAR';

export type BarometerLevel = 'COUNTRY' | 'DEALER' | 'GROUP' | 'REGION';

export type BarometerScopeInput = {
  brandId: string | number;
  /** Country code, region id or dealer id; none for the group. */
  id?: string | number | null | undefined;
  level: BarometerLevel;
};

/** Where a KPI is also measured below the dealer. */
export type KpiBreakdown = 'NONE' | 'PERSON' | 'TEAM';

/** How an actual stands against its target: also given as a symbol, never colour alone. */
export type KpiStatus =
  /** At or beyond the target. */
  | 'MET'
  /** More than 10 % short of the target. */
  | 'MISSED'
  /** Within 10 % of the target. */
  | 'NEAR'
  /** No target or no actual for the period. */
  | 'NO_DATA';

export type KpiUnit =
  | 'COUNT'
  /** In `Kpi.currency`. */
  | 'CURRENCY'
  | 'HOURS'
  | 'MINUTES'
  /** A fraction shown as a percentage: 0.25 is 25 %. */
  | 'PERCENT'
  /** A score on the KPI's own scale (CSI 0–100, NPS −100–100). */
  | 'SCORE';

export type NetworkBarometerQueryVariables = Exact<{
  scope: Types.BarometerScopeInput;
  period: string;
  compareTo: Types.BarometerComparison;
  locale?: string | null | undefined;
}>;

export type NetworkBarometerQuery = {
  barometer: {
    period: string;
    comparisonPeriod: string;
    trendPeriods: Array<string>;
    scope: {
      level: Types.BarometerLevel;
      id: string | null;
      name: string;
      brand: { id: string; name: string };
    };
    kpis: Array<{
      id: string;
      code: string;
      name: string;
      description: string;
      unit: Types.KpiUnit;
      currency: string | null;
      higherIsBetter: boolean;
      breakdown: Types.KpiBreakdown;
    }>;
    rows: Array<{
      level: Types.BarometerLevel;
      id: string;
      name: string;
      city: string | null;
      cells: Array<{
        kpiId: string;
        currency: string | null;
        actual: number | null;
        target: number | null;
        attainment: number | null;
        status: Types.KpiStatus;
        comparison: number | null;
        trend: Array<number | null>;
        rank: number | null;
        rankOf: number | null;
      }>;
    }>;
    rollups: Array<{
      level: Types.BarometerLevel;
      id: string;
      name: string;
      city: string | null;
      cells: Array<{
        kpiId: string;
        currency: string | null;
        actual: number | null;
        target: number | null;
        attainment: number | null;
        status: Types.KpiStatus;
        comparison: number | null;
        trend: Array<number | null>;
        rank: number | null;
        rankOf: number | null;
      }>;
    }>;
  };
};

export type BarometerRowCellsFragment = {
  level: Types.BarometerLevel;
  id: string;
  name: string;
  city: string | null;
  cells: Array<{
    kpiId: string;
    currency: string | null;
    actual: number | null;
    target: number | null;
    attainment: number | null;
    status: Types.KpiStatus;
    comparison: number | null;
    trend: Array<number | null>;
    rank: number | null;
    rankOf: number | null;
  }>;
};

export const BarometerRowCellsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BarometerRowCells' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BarometerRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cells' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kpiId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attainment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparison' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rankOf' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BarometerRowCellsFragment, unknown>;
export const NetworkBarometerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NetworkBarometer' },
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'compareTo' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BarometerComparison' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'barometer' },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'compareTo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'compareTo' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'brand' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparisonPeriod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trendPeriods' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kpis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BarometerKpi' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'BarometerRowCells' },
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
                        name: { kind: 'Name', value: 'BarometerRowCells' },
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
      name: { kind: 'Name', value: 'BarometerKpi' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Kpi' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'higherIsBetter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'breakdown' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BarometerRowCells' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BarometerRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cells' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kpiId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attainment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparison' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rankOf' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkBarometerQuery, NetworkBarometerQueryVariables>;
