/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@piazza/shared/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Job =
  | 'AREA_MANAGER'
  | 'DEALER_PRINCIPAL'
  | 'EDITOR'
  | 'IT_ADMIN'
  | 'MECHANIC'
  | 'REGION_MANAGER'
  | 'SALESPERSON'
  | 'SERVICE_ADVISER'
  | 'SERVICE_MANAGER'
  | 'TRANSLATOR';

export type PulseAudienceInput = {
  brandId: string | number;
  /** ISO country codes; at least one unless regions or dealers are given. */
  countries?: Array<string> | null | undefined;
  dealerIds?: Array<string | number> | null | undefined;
  jobs?: Array<Job> | null | undefined;
  regionIds?: Array<string | number> | null | undefined;
};

export type PulseQuestionInput = {
  kind: PulseQuestionKind;
  /** CHOICE: 2 to 6 distinct options of 1 to 80 characters. */
  options?: Array<string> | null | undefined;
  /** 1 to 200 characters. */
  text: string;
};

export type PulseQuestionKind =
  /** One of the question's options. */
  | 'CHOICE'
  /** An answer from 1 (low) to 5 (high). */
  | 'SCALE'
  /** Free text, at most 500 characters. */
  | 'TEXT';

export type PulseSurveyInput = {
  audience: PulseAudienceInput;
  /** The draft to change; none to create one. */
  id?: string | number | null | undefined;
  locale: string;
  /** 1 to 5 questions. */
  questions: Array<PulseQuestionInput>;
  /** 1 to 120 characters. */
  title: string;
};

export type PulseSurveyStatus = 'CLOSED' | 'DRAFT' | 'OPEN';

export type PulseSurveyQueryVariables = Exact<{
  id: string | number;
}>;

export type PulseSurveyQuery = {
  pulseSurvey: {
    id: string;
    title: string;
    locale: string;
    status: Types.PulseSurveyStatus;
    openedAt: string | null;
    closesAt: string | null;
    audienceSize: number;
    responseCount: number;
    questions: Array<{
      id: string;
      kind: Types.PulseQuestionKind;
      text: string;
      options: Array<string>;
    }>;
    audience: {
      jobs: Array<Types.Job>;
      brand: { id: string; name: string };
      countries: Array<{ code: string; name: string }>;
      regions: Array<{ id: string; name: string }>;
      dealers: Array<{ id: string; name: string; city: string }>;
    };
    results: Array<{
      questionId: string;
      answers: number;
      average: number | null;
      distribution: Array<number>;
      texts: Array<string>;
    }> | null;
    author: { id: string; displayName: string };
  };
};

export type PulseEditorOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type PulseEditorOptionsQuery = {
  me: { brand: { id: string; name: string } } | null;
  countries: Array<{ code: string; name: string }>;
  translationLocales: Array<{ code: string }>;
};

export type PulseRegionsQueryVariables = Exact<{
  brandId: string | number;
  countries: Array<string> | string;
}>;

export type PulseRegionsQuery = {
  regions: Array<{ id: string; name: string; country: { code: string } }>;
};

export type PulseDealersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type PulseDealersQuery = {
  dealers: { edges: Array<{ node: { id: string; name: string; city: string } }> };
};

export type PulseSurveyFieldsFragment = {
  id: string;
  title: string;
  locale: string;
  status: Types.PulseSurveyStatus;
  openedAt: string | null;
  closesAt: string | null;
  audienceSize: number;
  responseCount: number;
  questions: Array<{
    id: string;
    kind: Types.PulseQuestionKind;
    text: string;
    options: Array<string>;
  }>;
  audience: {
    jobs: Array<Types.Job>;
    brand: { id: string; name: string };
    countries: Array<{ code: string; name: string }>;
    regions: Array<{ id: string; name: string }>;
    dealers: Array<{ id: string; name: string; city: string }>;
  };
  results: Array<{
    questionId: string;
    answers: number;
    average: number | null;
    distribution: Array<number>;
    texts: Array<string>;
  }> | null;
  author: { id: string; displayName: string };
};

export type SavePulseSurveyMutationVariables = Exact<{
  input: Types.PulseSurveyInput;
}>;

export type SavePulseSurveyMutation = {
  savePulseSurvey: {
    id: string;
    title: string;
    locale: string;
    status: Types.PulseSurveyStatus;
    openedAt: string | null;
    closesAt: string | null;
    audienceSize: number;
    responseCount: number;
    questions: Array<{
      id: string;
      kind: Types.PulseQuestionKind;
      text: string;
      options: Array<string>;
    }>;
    audience: {
      jobs: Array<Types.Job>;
      brand: { id: string; name: string };
      countries: Array<{ code: string; name: string }>;
      regions: Array<{ id: string; name: string }>;
      dealers: Array<{ id: string; name: string; city: string }>;
    };
    results: Array<{
      questionId: string;
      answers: number;
      average: number | null;
      distribution: Array<number>;
      texts: Array<string>;
    }> | null;
    author: { id: string; displayName: string };
  };
};

export type OpenPulseSurveyMutationVariables = Exact<{
  id: string | number;
  closesAt: string;
}>;

export type OpenPulseSurveyMutation = {
  openPulseSurvey: {
    id: string;
    title: string;
    locale: string;
    status: Types.PulseSurveyStatus;
    openedAt: string | null;
    closesAt: string | null;
    audienceSize: number;
    responseCount: number;
    questions: Array<{
      id: string;
      kind: Types.PulseQuestionKind;
      text: string;
      options: Array<string>;
    }>;
    audience: {
      jobs: Array<Types.Job>;
      brand: { id: string; name: string };
      countries: Array<{ code: string; name: string }>;
      regions: Array<{ id: string; name: string }>;
      dealers: Array<{ id: string; name: string; city: string }>;
    };
    results: Array<{
      questionId: string;
      answers: number;
      average: number | null;
      distribution: Array<number>;
      texts: Array<string>;
    }> | null;
    author: { id: string; displayName: string };
  };
};

export type ClosePulseSurveyMutationVariables = Exact<{
  id: string | number;
}>;

export type ClosePulseSurveyMutation = {
  closePulseSurvey: {
    id: string;
    title: string;
    locale: string;
    status: Types.PulseSurveyStatus;
    openedAt: string | null;
    closesAt: string | null;
    audienceSize: number;
    responseCount: number;
    questions: Array<{
      id: string;
      kind: Types.PulseQuestionKind;
      text: string;
      options: Array<string>;
    }>;
    audience: {
      jobs: Array<Types.Job>;
      brand: { id: string; name: string };
      countries: Array<{ code: string; name: string }>;
      regions: Array<{ id: string; name: string }>;
      dealers: Array<{ id: string; name: string; city: string }>;
    };
    results: Array<{
      questionId: string;
      answers: number;
      average: number | null;
      distribution: Array<number>;
      texts: Array<string>;
    }> | null;
    author: { id: string; displayName: string };
  };
};

export const PulseSurveyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PulseSurveyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PulseSurvey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PulseSurveySummary' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audience' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                  name: { kind: 'Name', value: 'regions' },
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
                  name: { kind: 'Name', value: 'dealers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'jobs' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'texts' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PulseSurveySummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PulseSurvey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PulseSurveyFieldsFragment, unknown>;
export const PulseSurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PulseSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
            name: { kind: 'Name', value: 'pulseSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PulseSurveyFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PulseSurveySummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PulseSurvey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PulseSurveyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PulseSurvey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PulseSurveySummary' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audience' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                  name: { kind: 'Name', value: 'regions' },
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
                  name: { kind: 'Name', value: 'dealers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'jobs' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'texts' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PulseSurveyQuery, PulseSurveyQueryVariables>;
export const PulseEditorOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PulseEditorOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
} as unknown as DocumentNode<PulseEditorOptionsQuery, PulseEditorOptionsQueryVariables>;
export const PulseRegionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PulseRegions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'brandId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'countries' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'brandId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'brandId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'countries' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'countries' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PulseRegionsQuery, PulseRegionsQueryVariables>;
export const PulseDealersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PulseDealers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
                value: { kind: 'IntValue', value: '20' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PulseDealersQuery, PulseDealersQueryVariables>;
export const SavePulseSurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SavePulseSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PulseSurveyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'savePulseSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PulseSurveyFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PulseSurveySummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PulseSurvey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PulseSurveyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PulseSurvey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PulseSurveySummary' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audience' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                  name: { kind: 'Name', value: 'regions' },
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
                  name: { kind: 'Name', value: 'dealers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'jobs' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'texts' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SavePulseSurveyMutation, SavePulseSurveyMutationVariables>;
export const OpenPulseSurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenPulseSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'closesAt' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openPulseSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'closesAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'closesAt' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PulseSurveyFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PulseSurveySummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PulseSurvey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PulseSurveyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PulseSurvey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PulseSurveySummary' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audience' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                  name: { kind: 'Name', value: 'regions' },
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
                  name: { kind: 'Name', value: 'dealers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'jobs' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'texts' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenPulseSurveyMutation, OpenPulseSurveyMutationVariables>;
export const ClosePulseSurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClosePulseSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
            name: { kind: 'Name', value: 'closePulseSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PulseSurveyFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PulseSurveySummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PulseSurvey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PulseSurveyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PulseSurvey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PulseSurveySummary' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audience' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                  name: { kind: 'Name', value: 'regions' },
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
                  name: { kind: 'Name', value: 'dealers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'jobs' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'texts' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClosePulseSurveyMutation, ClosePulseSurveyMutationVariables>;
