import type { Db } from '../db/db.js';
import type {
  MutationResolvers,
  QueryResolvers,
  TranslationFileFormat,
} from '../generated/resolvers.js';
import { invalidField } from '../graphql/errors.js';
import type { Catalogue } from '../i18n/catalogue.js';
import type { Principal } from '../org/principal.js';
import { localeToWorkOn } from './access.js';
import { writeDraft } from './drafts.js';
import {
  bundleKey,
  catalogueString,
  loadEntries,
  sameForms,
  type Forms,
  type TranslationEntryModel,
  type TranslationLocaleModel,
} from './entries.js';
import { parseI18nextJson, toI18nextJson, type FlatStrings } from './i18next-json.js';
import { MalformedFileError } from './malformed-file.js';
import { MAX_TEXT_LENGTH } from './workflow.js';
import { parseXliff, toXliff, type XliffUnit } from './xliff.js';

/**
 * A locale's texts as files for translation agencies, and back: i18next v4 JSON of one
 * namespace, or XLIFF 2.0 of one or every namespace (xliff.ts). Imported texts become
 * drafts through the editor's own save (same checks, history IMPORTED).
 */

/** The largest file an import reads. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** The namespaces a file is about: the one asked for (known), else every one. */
function namespacesOf(catalogue: Catalogue, namespace: string | null | undefined): string[] {
  if (!namespace) return Object.keys(catalogue.namespaces).sort();
  if (!catalogue.namespaces[namespace]) catalogueString(catalogue, namespace, '');
  return [namespace];
}

/** An i18next file holds one namespace. */
function requireNamespace(format: TranslationFileFormat, namespace: string | null | undefined) {
  if (format === 'JSON' && !namespace) {
    throw invalidField('namespace', 'REQUIRED', 'An i18next JSON file holds one namespace');
  }
}

/** The entry's forms as units: one per form, keyed as in i18next bundles. */
function unitsOf(entry: TranslationEntryModel): XliffUnit[] {
  const notes = [
    ...(entry.description ? [entry.description] : []),
    ...(entry.maxLength ? [`At most ${entry.maxLength} characters.`] : []),
  ];
  return entry.forms.map((form) => ({
    id: bundleKey(entry.key, form.category ?? ''),
    source: form.source,
    target: form.publishedValue,
    notes,
  }));
}

export const translationExport: QueryResolvers['translationExport'] = async (
  _parent,
  { locale: code, namespace, format },
  { db, principal, catalogue },
) => {
  const { locale } = await localeToWorkOn(db, principal, code, 'translate');
  requireNamespace(format, namespace);
  const strings = await catalogue();
  const files = [];
  for (const id of namespacesOf(strings, namespace)) {
    const entries = await loadEntries(db, strings, locale, id);
    files.push({ id, units: entries.flatMap(unitsOf) });
  }
  if (format === 'XLIFF') return toXliff(locale.code, files);
  const texts: FlatStrings = {};
  for (const unit of files[0]!.units) if (unit.target !== null) texts[unit.id] = unit.target;
  return toI18nextJson(texts);
};

/** The file's texts, by namespace and bundle key; BAD_USER_INPUT `content` MALFORMED. */
function readTranslationFile(
  format: TranslationFileFormat,
  content: string,
  scope: { locale: string; namespace: string | null | undefined },
): Map<string, Map<string, string>> {
  try {
    if (format === 'JSON') {
      return new Map([[scope.namespace!, new Map(Object.entries(parseI18nextJson(content)))]]);
    }
    const files = parseXliff(content, scope.locale);
    const namespace = scope.namespace;
    return namespace ? new Map([[namespace, files.get(namespace) ?? new Map()]]) : files;
  } catch (error) {
    if (error instanceof MalformedFileError) {
      throw invalidField('content', 'MALFORMED', error.message);
    }
    throw error;
  }
}

interface ImportPlan {
  /** Per namespace, the new forms of each key whose text changes. */
  changes: { namespace: string; entry: TranslationEntryModel; forms: Forms }[];
  unchanged: number;
  unknownKeys: string[];
}

/** The working text of an entry, as saved forms (a form with no text is left out). */
function workingForms(entry: TranslationEntryModel): Forms {
  return Object.fromEntries(
    entry.forms.flatMap((form) => (form.value === null ? [] : [[form.category ?? '', form.value]])),
  );
}

/**
 * What the file changes: an entry takes the file's forms, keeping its own text for a form
 * the file lacks; one whose text stays is unchanged. Keys no namespace has are listed
 * (`namespace:key`); a text too long for the editor makes the whole file MALFORMED.
 */
async function planImport(
  db: Db,
  catalogue: Catalogue,
  locale: TranslationLocaleModel,
  texts: Map<string, Map<string, string>>,
): Promise<ImportPlan> {
  const plan: ImportPlan = { changes: [], unchanged: 0, unknownKeys: [] };
  for (const [namespace, byKey] of texts) {
    const entries = catalogue.namespaces[namespace]
      ? await loadEntries(db, catalogue, locale, namespace)
      : [];
    const known = new Set<string>();
    for (const entry of entries) {
      const forms = workingForms(entry);
      let touched = false;
      for (const form of entry.forms) {
        const key = bundleKey(entry.key, form.category ?? '');
        const text = byKey.get(key);
        known.add(key);
        if (text === undefined) continue;
        if (text.length > MAX_TEXT_LENGTH) {
          throw invalidField(
            'content',
            'MALFORMED',
            `${namespace}:${key} is over ${MAX_TEXT_LENGTH} characters`,
          );
        }
        forms[form.category ?? ''] = text;
        touched = true;
      }
      if (!touched) continue;
      if (sameForms(forms, workingForms(entry))) plan.unchanged++;
      else plan.changes.push({ namespace, entry, forms });
    }
    for (const key of byKey.keys()) {
      if (!known.has(key)) plan.unknownKeys.push(`${namespace}:${key}`);
    }
  }
  plan.unknownKeys.sort();
  return plan;
}

/** Saves the plan's drafts, all or none. */
async function saveImport(
  db: Db,
  catalogue: Catalogue,
  draft: { caller: Principal; locale: TranslationLocaleModel; plan: ImportPlan },
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const { namespace, entry, forms } of draft.plan.changes) {
      await writeDraft(tx, {
        caller: draft.caller,
        locale: draft.locale,
        namespace,
        key: entry.key,
        string: catalogue.namespaces[namespace]!.strings[entry.key]!,
        forms,
        action: 'IMPORTED',
      });
    }
  });
}

export const importTranslations: MutationResolvers['importTranslations'] = async (
  _parent,
  { locale: code, namespace, format, content },
  { db, principal, catalogue },
) => {
  const { caller, locale } = await localeToWorkOn(db, principal, code, 'translate');
  requireNamespace(format, namespace);
  if (Buffer.byteLength(content, 'utf8') > MAX_IMPORT_BYTES) {
    throw invalidField('content', 'TOO_LARGE', `Files are limited to ${MAX_IMPORT_BYTES} bytes`);
  }
  const strings = await catalogue();
  // An unknown namespace is BAD_USER_INPUT before the file is read.
  if (namespace) namespacesOf(strings, namespace);
  const texts = readTranslationFile(format, content, { locale: locale.code, namespace });
  const plan = await planImport(db, strings, locale, texts);
  await saveImport(db, strings, { caller, locale, plan });
  const withProblems = [];
  for (const namespace of new Set(plan.changes.map((change) => change.namespace))) {
    const keys = plan.changes.filter((c) => c.namespace === namespace).map((c) => c.entry.key);
    const saved = await loadEntries(db, strings, locale, namespace, keys);
    withProblems.push(...saved.filter((entry) => entry.problems.length > 0));
  }
  return {
    imported: plan.changes.length,
    unchanged: plan.unchanged,
    unknownKeys: plan.unknownKeys,
    withProblems,
  };
};
