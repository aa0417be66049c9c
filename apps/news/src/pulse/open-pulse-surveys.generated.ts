/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@piazza/shared/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type PulseQuestionKind =
  /** One of the question's options. */
  | 'CHOICE'
  /** An answer from 1 (low) to 5 (high). */
  | 'SCALE'
  /** Free text, at most 500 characters. */
  | 'TEXT';

export type OpenPulseSurveysQueryVariables = Exact<{ [key: string]: never }>;

export type OpenPulseSurveysQuery = {
  openPulseSurveys: Array<{
    id: string;
    title: string;
    locale: string;
    closesAt: string | null;
    questions: Array<{
      id: string;
      kind: Types.PulseQuestionKind;
      text: string;
      options: Array<string>;
    }>;
  }>;
};

export const OpenPulseSurveysDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OpenPulseSurveys' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openPulseSurveys' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'options' } },
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
} as unknown as DocumentNode<OpenPulseSurveysQuery, OpenPulseSurveysQueryVariables>;
