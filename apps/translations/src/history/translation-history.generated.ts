/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@piazza/shared/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type TranslationChangeAction =
  'APPROVED' | 'IMPORTED' | 'PUBLISHED' | 'REJECTED' | 'REVERTED' | 'SAVED' | 'SUBMITTED';

export type TranslationStatus =
  /** Approved by a reviewer, to go out with the locale's next publication. */
  | 'APPROVED'
  /** The text built into the app's bundle; nobody has edited it here. */
  | 'BUILT'
  /** Saved by a translator, not yet sent for review (possibly with problems). */
  | 'DRAFT'
  | 'IN_REVIEW'
  /** No text in this locale. */
  | 'MISSING'
  /** Served to portals. */
  | 'PUBLISHED';

export type RevertTranslationMutationVariables = Exact<{
  changeId: string | number;
}>;

export type RevertTranslationMutation = {
  revertTranslation: {
    id: string;
    locale: string;
    namespace: string;
    key: string;
    plural: boolean;
    status: Types.TranslationStatus;
    outdated: boolean;
    description: string | null;
    maxLength: number | null;
    usages: Array<string>;
    updatedAt: string | null;
    forms: Array<{
      category: string | null;
      source: string;
      value: string | null;
      publishedValue: string | null;
    }>;
    problems: Array<{ code: string; category: string | null; details: Array<string> }>;
    updatedBy: { id: string; displayName: string } | null;
    glossaryHits: Array<{
      id: string;
      term: string;
      translation: string;
      forbidden: boolean;
      note: string | null;
    }>;
    history: Array<{
      id: string;
      action: Types.TranslationChangeAction;
      comment: string | null;
      at: string;
      forms: Array<{ category: string | null; value: string }>;
      by: { id: string; displayName: string } | null;
    }>;
  };
};

export const RevertTranslationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevertTranslation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'changeId' } },
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
            name: { kind: 'Name', value: 'revertTranslation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'changeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'changeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TranslationEntryFields' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'TranslationHistoryFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TranslationEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TranslationEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'namespace' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plural' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outdated' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedValue' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'details' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxLength' } },
          { kind: 'Field', name: { kind: 'Name', value: 'usages' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'glossaryHits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'translation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'forbidden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TranslationHistoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TranslationEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'namespace' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'forms' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevertTranslationMutation, RevertTranslationMutationVariables>;
