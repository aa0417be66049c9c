/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@piazza/shared/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CreateTicketInput = {
  /**
   * At most 5 (else `attachmentIds` TOO_MANY), each the `id` POST /api/tickets/attachments
   * answered to the caller (else UNKNOWN_ATTACHMENT); shown in this order.
   */
  attachmentIds?: Array<string | number> | null | undefined;
  categoryId: string | number;
  /**
   * An optional checklist: at most 20 items (else `checklist` TOO_MANY), each 1 to 200
   * characters of plain text (else `checklist.<i>` REQUIRED or TOO_LONG).
   */
  checklist?: Array<string> | null | undefined;
  /** Default: the caller's dealer. */
  dealerId?: string | number | null | undefined;
  /** Plain text, at most 5,000 characters. */
  description: string;
  /** Required for a non-conformity (with a VIN or a customer reference), refused for other kinds. */
  nonConformity?: NonConformityInput | null | undefined;
  /**
   * At most 5 (else TOO_MANY), each the `id` POST /api/tickets/photos answered to the caller
   * (else UNKNOWN_PHOTO); shown in this order.
   */
  photoIds?: Array<string | number> | null | undefined;
  priority?: TicketPriority | null | undefined;
  /** At most 120 characters. */
  title: string;
};

export type NonConformityInput = {
  customerReference?: string | null | undefined;
  severity: NonConformitySeverity;
  /** A vehicle identification number: 17 letters and digits, without I, O or Q. */
  vin?: string | null | undefined;
};

export type NonConformitySeverity = 'CRITICAL' | 'MAJOR' | 'MINOR';

export type TicketEventAction =
  /** Put in a queue, to an assignee or to nobody yet. */
  | 'ASSIGNED'
  /** An item of its checklist was ticked or unticked. */
  | 'CHECKLIST'
  /** Someone wrote in the discussion (an internal note: shown to handlers only). */
  | 'COMMENTED'
  | 'CREATED'
  | 'STATUS_CHANGED'
  /** Its handlers added or removed tags. */
  | 'TAGGED';

export type TicketKind =
  /** IT, CRM data quality: something the group's help desk fixes. */
  | 'HELP_DESK'
  /** A process that went wrong at a dealer, about a vehicle or a customer. */
  | 'NON_CONFORMITY'
  /** Anything else. */
  | 'REQUEST';

export type TicketPriority = 'HIGH' | 'LOW' | 'NORMAL' | 'URGENT';

export type TicketSlaState =
  /** A running clock (response or resolution) has less than a quarter of its time left. */
  | 'AT_RISK'
  /** A target was missed: a response or a resolution after its deadline, or none by then. */
  | 'BREACHED'
  /** Resolved, both targets met. */
  | 'MET'
  /** Every running clock has at least a quarter of its time left. */
  | 'ON_TRACK';

export type TicketStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'NEW'
  | 'RESOLVED'
  | 'TRIAGED'
  /** A handler asked the reporter something. */
  | 'WAITING_FOR_REPORTER';

export type TicketDealersQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;

export type TicketDealersQuery = {
  dealers: {
    edges: Array<{ node: { id: string; name: string; city: string } }>;
    pageInfo: { hasNextPage: boolean };
  };
};

export type CreateTicketMutationVariables = Exact<{
  input: Types.CreateTicketInput;
  idempotencyKey: string;
  locale?: string | null | undefined;
}>;

export type CreateTicketMutation = {
  createTicket: {
    description: string;
    mine: boolean;
    handledByMe: boolean;
    moves: Array<Types.TicketStatus>;
    watchedByMe: boolean;
    watcherCount: number;
    tags: Array<string>;
    id: string;
    number: string;
    title: string;
    kind: Types.TicketKind;
    status: Types.TicketStatus;
    priority: Types.TicketPriority;
    createdAt: string;
    updatedAt: string;
    queue: { id: string; name: string } | null;
    assignee: { id: string; displayName: string | null } | null;
    reporter: { displayName: string | null };
    nonConformity: {
      vin: string | null;
      customerReference: string | null;
      severity: Types.NonConformitySeverity;
    } | null;
    photos: Array<{ id: string; url: string; contentType: string }>;
    attachments: Array<{ id: string; fileName: string; url: string; size: number }>;
    checklist: Array<{
      id: string;
      label: string;
      done: boolean;
      doneAt: string | null;
      doneBy: { displayName: string | null } | null;
    }>;
    history: Array<{
      action: Types.TicketEventAction;
      at: string;
      from: Types.TicketStatus | null;
      to: Types.TicketStatus | null;
      checklistItem: string | null;
      checked: boolean | null;
      addedTags: Array<string> | null;
      removedTags: Array<string> | null;
      actor: { displayName: string | null };
      queue: { id: string; name: string } | null;
      assignee: { id: string; displayName: string | null } | null;
    }>;
    comments: Array<{
      id: string;
      body: string;
      internal: boolean;
      createdAt: string;
      author: { displayName: string | null };
    }>;
    category: { id: string; name: string };
    dealer: { id: string; name: string; city: string };
    sla: {
      respondBy: string;
      resolveBy: string;
      respondedAt: string | null;
      state: Types.TicketSlaState;
    };
  };
};

export const TicketDealersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TicketDealers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dealers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TicketDealersQuery, TicketDealersQueryVariables>;
export const CreateTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateTicketInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
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
            name: { kind: 'Name', value: 'createTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
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
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolveBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketSummaryFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handledByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moves' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'queue' },
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
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'watchedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'watcherCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nonConformity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'vin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'customerReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'photos' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checklist' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'doneBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'queue' },
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
                  name: { kind: 'Name', value: 'assignee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'checklistItem' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addedTags' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedTags' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateTicketMutation, CreateTicketMutationVariables>;
