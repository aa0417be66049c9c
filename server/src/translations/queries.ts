import { signedIn } from '../access/guard.js';
import type {
  QueryResolvers,
  TranslationEntryResolvers,
  TranslationFilter,
} from '../generated/resolvers.js';
import { forbidden } from '../graphql/errors.js';
import { encodeKeyset, pageRequest } from '../graphql/pagination.js';
import { loadPerson } from '../org/person-model.js';
import { localeToWorkOn, workableLocales } from './access.js';
import {
  catalogueNamespace,
  loadEntries,
  loadEntry,
  type TranslationEntryModel,
} from './entries.js';
import { loadHistory } from './history.js';

const MATCHES_FILTER: Record<TranslationFilter, (entry: TranslationEntryModel) => boolean> = {
  ALL: () => true,
  MISSING: (entry) => entry.status === 'MISSING',
  OUTDATED: (entry) => entry.outdated,
  NEEDS_REVIEW: (entry) => entry.status === 'DRAFT' || entry.status === 'IN_REVIEW',
  IN_REVIEW: (entry) => entry.status === 'IN_REVIEW',
};

/** Whether the key, an English form or a text of the entry holds the words, ignoring case. */
function matchesSearch(entry: TranslationEntryModel, search: string): boolean {
  const needle = search.toLocaleLowerCase();
  const texts = [entry.key, ...entry.forms.flatMap((f) => [f.source, f.value, f.publishedValue])];
  return texts.some((text) => text?.toLocaleLowerCase().includes(needle));
}

export const translationOverview: QueryResolvers['translationOverview'] = async (
  _parent,
  _args,
  { db, principal, catalogue },
) => {
  const caller = signedIn(principal);
  const locales = await workableLocales(db, caller, 'translate');
  if (locales.length === 0) throw forbidden();
  const strings = await catalogue();
  const namespaces = Object.keys(strings.namespaces).sort();
  const completions = [];
  for (const locale of locales) {
    for (const namespace of namespaces) {
      const entries = await loadEntries(db, strings, locale, namespace);
      const count = (test: (entry: TranslationEntryModel) => boolean) =>
        entries.filter(test).length;
      completions.push({
        locale: locale.code,
        namespace,
        total: entries.length,
        translated: count((entry) => entry.forms.every((form) => form.publishedValue !== null)),
        missing: count(MATCHES_FILTER.MISSING),
        outdated: count(MATCHES_FILTER.OUTDATED),
        unreviewed: count(MATCHES_FILTER.NEEDS_REVIEW),
        approved: count((entry) => entry.status === 'APPROVED'),
      });
    }
  }
  return completions;
};

/** Keyset pages by key; the filter and search run over the namespace's entries in memory. */
export const translationEntries: QueryResolvers['translationEntries'] = async (
  _parent,
  args,
  { db, principal, catalogue },
) => {
  const { locale } = await localeToWorkOn(db, principal, args.locale, 'translate');
  const page = pageRequest(args, { parts: 1, max: 200, default: 50 });
  const strings = await catalogue();
  catalogueNamespace(strings, args.namespace);
  const search = args.search?.trim() ?? '';
  const matching = (await loadEntries(db, strings, locale, args.namespace)).filter(
    (entry) =>
      MATCHES_FILTER[args.filter ?? 'ALL'](entry) &&
      (search === '' || matchesSearch(entry, search)),
  );
  const after = page.after?.[0];
  const rest = after === undefined ? matching : matching.filter((entry) => entry.key > after);
  const nodes = rest.slice(0, page.first);
  return {
    nodes,
    pageInfo: {
      hasNextPage: rest.length > page.first,
      endCursor: nodes.length > 0 ? encodeKeyset([nodes.at(-1)!.key]) : null,
    },
    totalCount: matching.length,
  };
};

export const translationEntry: QueryResolvers['translationEntry'] = async (
  _parent,
  args,
  { db, principal, catalogue },
) => {
  const { locale } = await localeToWorkOn(db, principal, args.locale, 'translate');
  const strings = await catalogue();
  catalogueNamespace(strings, args.namespace);
  return loadEntry(db, strings, locale, args.namespace, args.key);
};

/** The entry's fields read from elsewhere; glossaryHits is the glossary's (glossary.ts). */
export const TranslationEntry: Omit<TranslationEntryResolvers, 'glossaryHits'> = {
  updatedBy: (entry, _args, { db }) =>
    entry.updatedById ? loadPerson(db, entry.updatedById) : null,
  history: (entry, _args, { db }) => loadHistory(db, entry),
};
