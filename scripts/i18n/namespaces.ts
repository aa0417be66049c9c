import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A namespace as the code lays it out: where its bundles are, and its app's code. */
export interface NamespaceFolders {
  namespace: string;
  /** Folder of its `<locale>.json` bundles, relative to the root. */
  locales: string;
  /** The app's code (none for `common`). */
  code?: string;
}

/**
 * `common` (shared/locales, used by the shell and shared/) and one namespace per app, named
 * in its app.json. An app folder without bundles yet has no strings to list.
 */
export function listNamespaces(root: string): NamespaceFolders[] {
  const apps = readdirSync(join(root, 'apps'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((app) => existsSync(join(root, 'apps', app, 'locales', 'en.json')))
    .sort();
  return [
    { namespace: 'common', locales: 'shared/locales' },
    ...apps.map((app) => ({
      namespace: (
        JSON.parse(readFileSync(join(root, 'apps', app, 'app.json'), 'utf8')) as {
          namespace: string;
        }
      ).namespace,
      locales: `apps/${app}/locales`,
      code: `apps/${app}/src`,
    })),
  ];
}

/**
 * Each folder of code and the namespaces its unprefixed keys may belong to: the shell's
 * are common's; shared/'s helpers are handed an app's `t` (field errors) as often as
 * common's; an app's are its own, or common's for the keys it hands the shell to
 * translate (an outbox entry's label).
 */
export function codeFolders(namespaces: NamespaceFolders[]): Record<string, string[]> {
  const all = namespaces.map(({ namespace }) => namespace);
  return {
    'shell/src': ['common'],
    'shared/src': all,
    ...Object.fromEntries(
      namespaces.flatMap(({ namespace, code }) => (code ? [[code, [namespace, 'common']]] : [])),
    ),
  };
}

/** A namespace's `translation-notes.json`, beside its locales folder (optional). */
export type TranslationNotes = Record<string, { description?: string; maxLength?: number }>;

export function readNotes(root: string, localesFolder: string): TranslationNotes {
  const file = join(root, localesFolder, '..', 'translation-notes.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TranslationNotes) : {};
}

type Bundle = { [key: string]: string | Bundle };

/** A bundle's strings by dotted path: `{ feed: { title } }` → `feed.title`. */
export function flattenBundle(bundle: Bundle, prefix = ''): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [key, value] of Object.entries(bundle)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries[path] = value;
    else Object.assign(entries, flattenBundle(value, path));
  }
  return entries;
}

export function readBundle(root: string, folder: string, locale: string): Record<string, string> {
  return flattenBundle(
    JSON.parse(readFileSync(join(root, folder, `${locale}.json`), 'utf8')) as Bundle,
  );
}

/** The locales a folder has bundles for, English first. */
export function bundleLocales(root: string, folder: string): string[] {
  const locales = readdirSync(join(root, folder))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''));
  return locales.sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

/** i18next's plural keys: `heading_one`, `heading_few`… */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** A key's string: `items_few` → `items` with category `few`; `title` → `title`, ''. */
export function splitPluralKey(key: string): { base: string; category: string } {
  const match = PLURAL_SUFFIX.exec(key);
  return match
    ? { base: key.slice(0, match.index), category: match[1]! }
    : { base: key, category: '' };
}
