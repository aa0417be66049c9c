import type { TranslationFilter } from '@piazza/shared/graphql';

export const APP_ROUTE = 'translations';

/** The editor's filters as the address writes them (`?filter=missing`); ALL is left out. */
export const FILTER_PARAMS = {
  missing: 'MISSING',
  outdated: 'OUTDATED',
  review: 'NEEDS_REVIEW',
} as const satisfies Record<string, TranslationFilter>;
export type FilterParam = keyof typeof FILTER_PARAMS;

/** The server's filter for the address's. */
export const filterOf = (param: FilterParam | ''): TranslationFilter =>
  param ? FILTER_PARAMS[param] : 'ALL';

/** What narrows the editor's list, and the entry it opens, as its address holds them. */
export interface EditorQuery {
  filter: FilterParam | '';
  search: string;
  /** The key of the opened entry; '' for the first of the list. */
  key: string;
}

/** The sections of a locale, after the overview: each a screen of its own (helper T2's). */
export const LOCALE_SECTIONS = ['review', 'glossary', 'files'] as const;
export type LocaleSection = (typeof LOCALE_SECTIONS)[number];

/** A screen of the app. `locale` on the overview: the locale whose sections the navigation offers. */
export type TranslationsRoute =
  | { screen: 'overview' }
  | { screen: LocaleSection; locale: string }
  | { screen: 'editor'; locale: string; namespace: string; query: EditorQuery };

const isFilter = (value: string | null): value is FilterParam =>
  value !== null && Object.hasOwn(FILTER_PARAMS, value);

export function editorQueryOf(search: URLSearchParams): EditorQuery {
  const filter = search.get('filter');
  return {
    filter: isFilter(filter) ? filter : '',
    search: search.get('q')?.trim() ?? '',
    key: search.get('key') ?? '',
  };
}

/** The portal path of a namespace in the editor, e.g. `translations/pl/news?filter=missing`. */
export function editorPath(
  locale: string,
  namespace: string,
  query: Partial<EditorQuery> = {},
): string {
  const entries: [string, string | undefined][] = [
    ['filter', query.filter],
    ['q', query.search],
    ['key', query.key],
  ];
  const params = new URLSearchParams(entries.filter((e): e is [string, string] => !!e[1]));
  const path = `${APP_ROUTE}/${encodeURIComponent(locale)}/${encodeURIComponent(namespace)}`;
  return params.size ? `${path}?${params}` : path;
}

/** The portal path of a locale's section, e.g. `translations/pl/review`. */
export function sectionPath(locale: string, section: LocaleSection): string {
  return `${APP_ROUTE}/${encodeURIComponent(locale)}/${section}`;
}

/**
 * The screen at a location, or undefined when the app has none there: `translations`,
 * `translations/<locale>/<namespace>?filter=…&q=…&key=…`, `translations/<locale>/review`,
 * `…/glossary`, `…/files`. `appPath` is the app's absolute path with a trailing slash.
 * A namespace named like a section is not possible: namespaces are app names.
 */
export function routeOf(
  location: { pathname: string; search: string },
  appPath: string,
): TranslationsRoute | undefined {
  if (!`${location.pathname}/`.startsWith(appPath)) return undefined;
  const parts = location.pathname
    .slice(appPath.length)
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
  if (parts.length === 0) return { screen: 'overview' };
  if (parts.length !== 2) return undefined;
  const [locale, second] = parts as [string, string];
  if ((LOCALE_SECTIONS as readonly string[]).includes(second)) {
    return { screen: second as LocaleSection, locale };
  }
  const query = editorQueryOf(new URLSearchParams(location.search));
  return { screen: 'editor', locale, namespace: second, query };
}
