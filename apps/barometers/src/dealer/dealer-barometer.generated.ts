/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@piazza/shared/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BarometerLevel = 'COUNTRY' | 'DEALER' | 'GROUP' | 'REGION';

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

export type DealerBarometerQueryVariables = Exact<{
  dealerId: string | number;
  period: string;
  locale?: string | null | undefined;
}>;

export type DealerBarometerQuery = {
  dealerBarometer: {
    period: string;
    dealer: {
      id: string;
      name: string;
      city: string;
      region: { id: string; name: string };
      brand: { id: string };
    };
    kpis: Array<{
      kpi: {
        id: string;
        code: string;
        name: string;
        description: string;
        unit: Types.KpiUnit;
        currency: string | null;
        higherIsBetter: boolean;
        breakdown: Types.KpiBreakdown;
      };
      current: {
        kpiId: string;
        actual: number | null;
        target: number | null;
        attainment: number | null;
        status: Types.KpiStatus;
        rank: number | null;
        rankOf: number | null;
      };
      points: Array<{ period: string; actual: number | null; target: number | null }>;
      breakdown: Array<{ id: string; name: string; actual: number | null; target: number | null }>;
    }>;
    tickets: {
      openOnTrack: number;
      openAtRisk: number;
      openBreached: number;
      resolved: number;
      resolvedWithinSla: number;
    };
    engagement: {
      level: Types.BarometerLevel;
      id: string;
      people: number;
      activePeople: number;
      mustReadsExpected: number;
      mustReadsAcknowledged: number;
      ticketsResolved: number;
      ticketsResolvedWithinSla: number;
    };
  };
};

export const DealerBarometerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DealerBarometer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dealerId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dealerBarometer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dealerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dealerId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
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
                  name: { kind: 'Name', value: 'dealer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'region' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'brand' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kpis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'kpi' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'BarometerKpi' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'current' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kpiId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attainment' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rankOf' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'points' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'breakdown' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tickets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'openOnTrack' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openAtRisk' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openBreached' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolved' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolvedWithinSla' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'engagement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
  ],
} as unknown as DocumentNode<DealerBarometerQuery, DealerBarometerQueryVariables>;
