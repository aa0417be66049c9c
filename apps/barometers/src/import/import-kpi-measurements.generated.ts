/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@piazza/shared/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type KpiImportErrorReason =
  | 'BASE_REQUIRED'
  | 'DEALER_OUT_OF_SCOPE'
  | 'DUPLICATE_ROW'
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'INVALID_PERIOD'
  /** A CSV line that cannot be read (an unclosed quote, a wrong number of fields). */
  | 'MALFORMED_LINE'
  | 'MISSING_COLUMN'
  | 'NOT_A_NUMBER'
  | 'TOO_MANY_ROWS'
  | 'UNKNOWN_COLUMN'
  | 'UNKNOWN_DEALER'
  | 'UNKNOWN_KPI'
  | 'UNKNOWN_SUBJECT';

export type ImportKpiMeasurementsMutationVariables = Exact<{
  csv: string;
}>;

export type ImportKpiMeasurementsMutation = {
  importKpiMeasurements: {
    stored: boolean;
    rows: number;
    inserted: number;
    updated: number;
    unchanged: number;
    moreErrors: boolean;
    errors: Array<{
      line: number;
      column: string | null;
      reason: Types.KpiImportErrorReason;
      value: string | null;
    }>;
  };
};

export const ImportKpiMeasurementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportKpiMeasurements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
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
            name: { kind: 'Name', value: 'importKpiMeasurements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'csv' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stored' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inserted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'moreErrors' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportKpiMeasurementsMutation, ImportKpiMeasurementsMutationVariables>;
