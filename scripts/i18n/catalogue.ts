import {
  bundleLocales,
  codeFolders,
  listNamespaces,
  readBundle,
  readNotes,
  splitPluralKey,
} from './namespaces.js';
import { findUsages } from './usages.js';

/**
 * The translation catalogue: every
 * namespace's strings with their English source, where the code uses them, the
 * translators' notes, and each locale's built bundle. `npm run build` writes it to
 * `dist/i18n-catalogue.json`; the server reads it from there; tests call readCatalogue.
 */

/** One string of a namespace, by its base key (`items`, not `items_one`). */
export interface CatalogueString {
  /** English forms: `{ '': text }` for a plain string, `{ one, other }` for a plural. */
  source: Record<string, string>;
  /** `apps/news/src/news-feed/news-feed.ts:42`, sorted. */
  usages: string[];
  /** From the namespace's `translation-notes.json`. */
  description?: string;
  maxLength?: number;
}

export interface CatalogueNamespace {
  strings: Record<string, CatalogueString>;
  /** Each locale's built bundle, flattened: `feed.title`, `items_few` → text. */
  bundles: Record<string, Record<string, string>>;
}

export interface Catalogue {
  /** The locales with bundles, e.g. en, it, fr, es, es-CL, de, nl, pl. */
  locales: string[];
  namespaces: Record<string, CatalogueNamespace>;
}

/** English's strings by base key, each with its forms (`''`, or `one`, `other`). */
function sourceStrings(english: Record<string, string>): Record<string, Record<string, string>> {
  const strings: Record<string, Record<string, string>> = {};
  for (const [key, text] of Object.entries(english)) {
    const { base, category } = splitPluralKey(key);
    (strings[base] ??= {})[category] = text;
  }
  return strings;
}

/** Reads the catalogue from the source tree at `root` (the repository). */
export function readCatalogue(root: string): Catalogue {
  const folders = listNamespaces(root);
  const sources = Object.fromEntries(
    folders.map(({ namespace, locales }) => [
      namespace,
      sourceStrings(readBundle(root, locales, 'en')),
    ]),
  );
  const usages = findUsages(
    root,
    codeFolders(folders),
    Object.fromEntries(
      Object.entries(sources).map(([ns, strings]) => [ns, new Set(Object.keys(strings))]),
    ),
  );
  const namespaces: Record<string, CatalogueNamespace> = {};
  for (const { namespace, locales } of folders) {
    const notes = readNotes(root, locales);
    const strings: Record<string, CatalogueString> = {};
    for (const [key, source] of Object.entries(sources[namespace]!).sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      strings[key] = { source, usages: usages[namespace]![key] ?? [], ...notes[key] };
    }
    const bundles = Object.fromEntries(
      bundleLocales(root, locales).map((locale) => [locale, readBundle(root, locales, locale)]),
    );
    namespaces[namespace] = { strings, bundles };
  }
  return { locales: bundleLocales(root, 'shared/locales'), namespaces };
}
