/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@piazza/shared/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type TicketCategoryInput = {
  active?: boolean | null | undefined;
  /** Stable and unique, for reports and integrations: capitals, digits and _, e.g. CRM_MISSING_DATA. */
  code: string;
  defaultQueueId?: string | number | null | undefined;
  /** The category to change; none to create one. */
  id?: string | number | null | undefined;
  kind: TicketKind;
  /** English required; one per locale. */
  names: Array<TicketCategoryNameInput>;
  /** New targets for the priorities given; the others keep theirs. Tickets filed before keep theirs. */
  slaTargets?: Array<TicketSlaTargetInput> | null | undefined;
};

export type TicketCategoryNameInput = {
  locale: string;
  /** At most 80 characters. */
  name: string;
};

export type TicketKind =
  /** IT, CRM data quality: something the group's help desk fixes. */
  | 'HELP_DESK'
  /** A process that went wrong at a dealer, about a vehicle or a customer. */
  | 'NON_CONFORMITY'
  /** Anything else. */
  | 'REQUEST';

export type TicketPriority = 'HIGH' | 'LOW' | 'NORMAL' | 'URGENT';

export type TicketSlaTargetInput = {
  priority: TicketPriority;
  /** At least the response target, at most 525,600 (a year). */
  resolveWithinMinutes: number;
  /** At least 1, at most 525,600 (a year). */
  respondWithinMinutes: number;
};

export type AdminTicketCategoriesQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;

export type AdminTicketCategoriesQuery = {
  adminTicketCategories: Array<{
    id: string;
    kind: Types.TicketKind;
    code: string;
    name: string;
    active: boolean;
    names: Array<{ locale: string; name: string }>;
    defaultQueue: { id: string; name: string } | null;
    slaTargets: Array<{
      priority: Types.TicketPriority;
      respondWithinMinutes: number;
      resolveWithinMinutes: number;
    }>;
  }>;
};

export type AdminTicketQueuesQueryVariables = Exact<{ [key: string]: never }>;

export type AdminTicketQueuesQuery = { adminTicketQueues: Array<{ id: string; name: string }> };

export type SaveTicketCategoryMutationVariables = Exact<{
  input: Types.TicketCategoryInput;
  locale?: string | null | undefined;
}>;

export type SaveTicketCategoryMutation = {
  saveTicketCategory: {
    id: string;
    kind: Types.TicketKind;
    code: string;
    name: string;
    active: boolean;
    names: Array<{ locale: string; name: string }>;
    defaultQueue: { id: string; name: string } | null;
    slaTargets: Array<{
      priority: Types.TicketPriority;
      respondWithinMinutes: number;
      resolveWithinMinutes: number;
    }>;
  };
};

export const AdminTicketCategoriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminTicketCategories' },
      variableDefinitions: [
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
            name: { kind: 'Name', value: 'adminTicketCategories' },
            arguments: [
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
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AdminTicketCategoryFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminTicketCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'names' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'defaultQueue' },
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
            name: { kind: 'Name', value: 'slaTargets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondWithinMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolveWithinMinutes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminTicketCategoriesQuery, AdminTicketCategoriesQueryVariables>;
export const AdminTicketQueuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminTicketQueues' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminTicketQueues' },
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
  ],
} as unknown as DocumentNode<AdminTicketQueuesQuery, AdminTicketQueuesQueryVariables>;
export const SaveTicketCategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveTicketCategory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketCategoryInput' } },
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
            name: { kind: 'Name', value: 'saveTicketCategory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
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
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AdminTicketCategoryFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminTicketCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'names' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'defaultQueue' },
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
            name: { kind: 'Name', value: 'slaTargets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondWithinMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolveWithinMinutes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveTicketCategoryMutation, SaveTicketCategoryMutationVariables>;
