/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@piazza/shared/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a KPI is also measured below the dealer. */
export type KpiBreakdown = 'NONE' | 'PERSON' | 'TEAM';

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

export type BarometerKpiFragment = {
  id: string;
  code: string;
  name: string;
  description: string;
  unit: Types.KpiUnit;
  currency: string | null;
  higherIsBetter: boolean;
  breakdown: Types.KpiBreakdown;
};

export const BarometerKpiFragmentDoc = {
  kind: 'Document',
  definitions: [
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
} as unknown as DocumentNode<BarometerKpiFragment, unknown>;
