import type { QueryResolvers, TranslationSuggestion } from '../generated/resolvers.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { localeToWorkOn } from './access.js';
import { catalogueString, loadEntries, type Forms } from './entries.js';

/**
 * Translation memory: strings of any namespace whose English is the same as, or close to,
 * the asked one's, with the text they already have in the locale (edited here, else
 * built in). Similarity is pg_trgm's, computed here over the catalogue's few thousand
 * sources, so that it works the same on PGlite and on a PostgreSQL without the extension.
 */

const MAX_SUGGESTIONS = 5;
/** pg_trgm's `%` takes 0.3; translation memory keeps only strings worth reusing. */
export const MIN_SIMILARITY = 0.5;

/** The text a string's English says: a plain string's, or a plural's `other` form. */
const sourceText = (source: Forms) => source[''] ?? source['other'] ?? Object.values(source)[0]!;

/** pg_trgm's trigrams: each lower-cased word padded with two spaces before and one after. */
export function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** Shared trigrams over all trigrams of both (pg_trgm's `similarity`). */
export function trigramSimilarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  const all = a.size + b.size - shared;
  return all === 0 ? 0 : shared / all;
}

interface SourceString {
  namespace: string;
  key: string;
  text: string;
  grams: Set<string>;
}

/** Every string's English and its trigrams, once per catalogue (a new build is a new one). */
const sourcesOf = new WeakMap<Catalogue, SourceString[]>();

function catalogueSources(catalogue: Catalogue): SourceString[] {
  let sources = sourcesOf.get(catalogue);
  if (!sources) {
    sources = Object.entries(catalogue.namespaces).flatMap(([namespace, { strings }]) =>
      Object.entries(strings).map(([key, string]) => {
        const text = sourceText(string.source);
        return { namespace, key, text, grams: trigrams(text) };
      }),
    );
    sourcesOf.set(catalogue, sources);
  }
  return sources;
}

interface Match {
  source: SourceString;
  similarity: number;
}

/**
 * The strings whose English is like `text`, best first (then those of `namespace`, then by
 * namespace and key). The same text scores 1; one differing only in case or punctuation
 * has every trigram in common, but is not the same text, so it scores just under.
 */
export function similarSources(
  catalogue: Catalogue,
  asked: { namespace: string; key: string; text: string },
): Match[] {
  const grams = trigrams(asked.text);
  return catalogueSources(catalogue)
    .filter((source) => source.namespace !== asked.namespace || source.key !== asked.key)
    .map((source) => ({
      source,
      similarity:
        source.text === asked.text ? 1 : Math.min(trigramSimilarity(grams, source.grams), 0.99),
    }))
    .filter((match) => match.similarity >= MIN_SIMILARITY)
    .sort(
      (a, b) =>
        b.similarity - a.similarity ||
        Number(b.source.namespace === asked.namespace) -
          Number(a.source.namespace === asked.namespace) ||
        a.source.namespace.localeCompare(b.source.namespace) ||
        a.source.key.localeCompare(b.source.key),
    );
}

export const translationSuggestions: QueryResolvers['translationSuggestions'] = async (
  _parent,
  args,
  { db, principal, catalogue },
) => {
  const { locale } = await localeToWorkOn(db, principal, args.locale, 'translate');
  const strings = await catalogue();
  const asked = catalogueString(strings, args.namespace, args.key);
  const matches = similarSources(strings, {
    namespace: args.namespace,
    key: args.key,
    text: sourceText(asked.source),
  });
  // Read the locale's texts of the likeliest strings only, namespace by namespace, in rank order.
  const keysByNamespace = new Map<string, string[]>();
  for (const { source } of matches) {
    keysByNamespace.set(source.namespace, [
      ...(keysByNamespace.get(source.namespace) ?? []),
      source.key,
    ]);
  }
  const formsOf = new Map<string, TranslationSuggestion['forms']>();
  for (const [namespace, keys] of keysByNamespace) {
    for (const entry of await loadEntries(db, strings, locale, namespace, keys)) {
      // The working text, as the translator of that string left it; a string still
      // missing a form teaches nothing.
      if (entry.forms.some((form) => form.value === null)) continue;
      formsOf.set(
        `${namespace}:${entry.key}`,
        entry.forms.map((form) => ({ category: form.category, value: form.value! })),
      );
    }
  }
  const suggestions: TranslationSuggestion[] = [];
  const seen = new Set<string>();
  for (const { source, similarity } of matches) {
    const forms = formsOf.get(`${source.namespace}:${source.key}`);
    // The same English translated the same way in several places is one suggestion.
    const same = JSON.stringify([source.text, forms]);
    if (!forms || seen.has(same)) continue;
    seen.add(same);
    suggestions.push({
      namespace: source.namespace,
      key: source.key,
      source: source.text,
      forms,
      similarity,
    });
    if (suggestions.length === MAX_SUGGESTIONS) break;
  }
  return suggestions;
};
