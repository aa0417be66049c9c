import type { FieldMergeFunction, TypePolicies } from '@apollo/client';

interface NodeConnection {
  nodes: readonly unknown[];
}

/**
 * `appendPages` for a connection of `nodes` (the entries have no edges): a page after a
 * cursor is appended, a first page replaces the list.
 */
const appendNodes: FieldMergeFunction<NodeConnection, NodeConnection> = (
  existing,
  incoming,
  { args },
) =>
  existing === undefined || !args?.['after']
    ? incoming
    : { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };

/**
 * How the Apollo cache stores translations: one list of entries per locale, namespace,
 * filter and search, growing page by page; an entry's forms, problems and history replaced
 * by each answer (a save answers the whole entry).
 */
export const translationsTypePolicies: TypePolicies = {
  TranslationEntry: {
    fields: {
      forms: { merge: false },
      problems: { merge: false },
      history: { merge: false },
      glossaryHits: { merge: false },
    },
  },
  Query: {
    fields: {
      translationEntries: {
        keyArgs: ['locale', 'namespace', 'filter', 'search'],
        merge: appendNodes,
      },
      translationOverview: { merge: false },
    },
  },
};
