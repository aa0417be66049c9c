import type { TranslationProblem } from '../../../shared/src/i18n/translation-rules.js';
import { pluralCategories } from '../../../shared/src/i18n/translation-rules.js';
import type { Db } from '../db/db.js';
import { invalidField } from '../graphql/errors.js';
import type { Catalogue, CatalogueNamespace, CatalogueString } from '../i18n/catalogue.js';

/**
 * A string of a namespace in a locale, as translators see it: the catalogue's English
 * source and built texts, overlaid with the `translations` row edited here. Forms are keyed
 * by plural category, '' for a plain string (as in the table and translation-rules.ts).
 */

export type EditedStatus = 'DRAFT' | 'IN_REVIEW' | 'APPROVED' | 'PUBLISHED';
export type EntryStatus = 'BUILT' | 'MISSING' | EditedStatus;
export type Forms = Record<string, string>;

/** A portal locale; `base` is the locale a regional variant falls back to. */
export interface TranslationLocaleModel {
  code: string;
  base: string | null;
}

export interface TranslationRow {
  locale: string;
  namespace: string;
  key: string;
  forms: Forms;
  status: EditedStatus;
  problems: TranslationProblem[];
  source_forms: Forms;
  published_forms: Forms | null;
  updated_by: string | null;
  updated_at: Date;
}

const ROW_COLUMNS = `locale, namespace, key, forms, status, problems, source_forms,
  published_forms, updated_by, updated_at`;

export interface TranslationFormModel {
  category: string | null;
  source: string;
  value: string | null;
  publishedValue: string | null;
}

export interface TranslationEntryModel {
  id: string;
  locale: string;
  namespace: string;
  key: string;
  plural: boolean;
  /** English's forms, as the catalogue has them now. */
  source: Forms;
  forms: TranslationFormModel[];
  status: EntryStatus;
  outdated: boolean;
  problems: TranslationProblem[];
  description: string | null;
  maxLength: number | null;
  usages: string[];
  updatedById: string | null;
  updatedAt: string | null;
}

export function isPlural(source: Forms): boolean {
  return !('' in source);
}

/** The categories a string's forms have in a locale: '' alone for a plain string. */
export function formCategories(locale: string, source: Forms): string[] {
  return isPlural(source) ? pluralCategories(locale) : [''];
}

/** The bundle key of a form: `items_few` for a plural's category, the key itself otherwise. */
export function bundleKey(key: string, category: string): string {
  return category === '' ? key : `${key}_${category}`;
}

export function sameForms(a: Forms, b: Forms): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** The text a category translates: English's own form, or its `other` for a category it lacks. */
function sourceOf(source: Forms, category: string): string {
  return source[category] ?? source['other'] ?? '';
}

export interface EntryParts {
  locale: TranslationLocaleModel;
  namespace: string;
  key: string;
  string: CatalogueString;
  /** The namespace's built bundles, by locale. */
  bundles: Record<string, Record<string, string>>;
  /** The locale's edited row, and for a regional variant its base's. */
  row: TranslationRow | undefined;
  baseRow: TranslationRow | undefined;
}

/** The entry's model from the catalogue and the rows edited here. */
export function buildEntry(parts: EntryParts): TranslationEntryModel {
  const { locale, namespace, key, string, bundles, row, baseRow } = parts;
  const categories = formCategories(locale.code, string.source);
  const shown = (code: string, edited: TranslationRow | undefined, category: string) =>
    edited?.published_forms?.[category] ?? bundles[code]?.[bundleKey(key, category)];
  const forms = categories.map((category): TranslationFormModel => {
    // A regional variant shows its base's text where it has none of its own.
    const publishedValue =
      shown(locale.code, row, category) ??
      (locale.base ? shown(locale.base, baseRow, category) : undefined) ??
      null;
    return {
      category: category === '' ? null : category,
      source: sourceOf(string.source, category),
      value: row ? (row.forms[category] ?? null) : publishedValue,
      publishedValue,
    };
  });
  const complete = forms.every((form) => form.publishedValue !== null);
  return {
    id: `${locale.code}:${namespace}:${key}`,
    locale: locale.code,
    namespace,
    key,
    plural: isPlural(string.source),
    source: string.source,
    forms,
    status: row?.status ?? (complete ? 'BUILT' : 'MISSING'),
    outdated: row ? !sameForms(row.source_forms, string.source) : false,
    problems: row?.problems ?? [],
    description: string.description ?? null,
    maxLength: string.maxLength ?? null,
    usages: string.usages,
    updatedById: row?.updated_by ?? null,
    updatedAt: row?.updated_at.toISOString() ?? null,
  };
}

/** The rows edited here of a namespace in some locales (optionally, of some keys). */
export async function loadTranslationRows(
  db: Db,
  locales: string[],
  namespace: string,
  keys?: string[],
): Promise<TranslationRow[]> {
  const params: unknown[] = [locales, namespace];
  if (keys) params.push(keys);
  return db.query<TranslationRow>(
    `select ${ROW_COLUMNS} from translations
     where locale = any($1) and namespace = $2 ${keys ? 'and key = any($3)' : ''}`,
    params,
  );
}

/** A portal locale by its code, or null when the portal has no such locale. */
export async function loadLocale(db: Db, code: string): Promise<TranslationLocaleModel | null> {
  const [row] = await db.query<TranslationLocaleModel>(
    'select code, base from translation_locales where code = $1',
    [code],
  );
  return row ?? null;
}

/**
 * The entries of a namespace in a locale, by key; only `keys` when given (unknown keys are
 * left out). An unknown namespace has none.
 */
export async function loadEntries(
  db: Db,
  catalogue: Catalogue,
  locale: TranslationLocaleModel,
  namespace: string,
  keys?: string[],
): Promise<TranslationEntryModel[]> {
  const strings = catalogue.namespaces[namespace];
  if (!strings) return [];
  const wanted = (keys ?? Object.keys(strings.strings)).filter((key) => key in strings.strings);
  const locales = locale.base ? [locale.code, locale.base] : [locale.code];
  const rows = await loadTranslationRows(db, locales, namespace, keys && wanted);
  const byLocaleKey = new Map(rows.map((row) => [`${row.locale}:${row.key}`, row]));
  const rowOf = (code: string | null, key: string) => byLocaleKey.get(`${code}:${key}`);
  return [...new Set(wanted)].sort().map((key) =>
    buildEntry({
      locale,
      namespace,
      key,
      string: strings.strings[key]!,
      bundles: strings.bundles,
      row: rowOf(locale.code, key),
      baseRow: rowOf(locale.base, key),
    }),
  );
}

/** One entry, or null when the namespace has no such key. */
export async function loadEntry(
  db: Db,
  catalogue: Catalogue,
  locale: TranslationLocaleModel,
  namespace: string,
  key: string,
): Promise<TranslationEntryModel | null> {
  const [entry] = await loadEntries(db, catalogue, locale, namespace, [key]);
  return entry ?? null;
}

/** A namespace of the catalogue: BAD_USER_INPUT `namespace` UNKNOWN_NAMESPACE when there is none. */
export function catalogueNamespace(catalogue: Catalogue, namespace: string): CatalogueNamespace {
  const strings = catalogue.namespaces[namespace];
  if (!strings) {
    throw invalidField('namespace', 'UNKNOWN_NAMESPACE', `No namespace "${namespace}"`);
  }
  return strings;
}

/** A string of the catalogue: BAD_USER_INPUT `namespace` or `key` when there is no such string. */
export function catalogueString(
  catalogue: Catalogue,
  namespace: string,
  key: string,
  keyField = 'key',
): CatalogueString {
  const string = catalogueNamespace(catalogue, namespace).strings[key];
  if (!string) throw invalidField(keyField, 'UNKNOWN_KEY', `No string "${key}" in ${namespace}`);
  return string;
}
