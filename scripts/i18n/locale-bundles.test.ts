import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every namespace's folder of bundles: common (shared/) and one per app. */
const root = new URL('../..', import.meta.url).pathname;
const namespaces: Record<string, string> = {
  common: join(root, 'shared/locales'),
  ...Object.fromEntries(
    readdirSync(join(root, 'apps')).map((app) => [app, join(root, 'apps', app, 'locales')]),
  ),
};
const LOCALES = ['en', 'it', 'fr', 'es', 'de', 'nl', 'pl'];

type Bundle = { [key: string]: string | Bundle };

function flatten(bundle: Bundle, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(bundle)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

const placeholders = (text: string): string[] => (text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();

/** i18next's plural keys (`heading_one`, `heading_few`…) and the forms each language has. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const pluralForms = (locale: string): string[] =>
  new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

/**
 * The keys a locale's bundle must have: English's, with each plural in the forms of that
 * language (Polish has `_few` and `_many`, English only `_one` and `_other`), each mapped
 * to the English text it translates (a plural form to English's `_other`).
 */
function expectedKeys(source: Map<string, string>, locale: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, text] of source) {
    if (!PLURAL_SUFFIX.test(key)) keys.set(key, text);
    else if (key.endsWith('_other')) {
      const base = key.replace(PLURAL_SUFFIX, '');
      for (const form of pluralForms(locale)) {
        keys.set(`${base}_${form}`, source.get(`${base}_${form}`) ?? text);
      }
    }
  }
  return keys;
}

function load(folder: string, locale: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(folder, `${locale}.json`), 'utf8')) as Bundle);
}

describe.each(Object.entries(namespaces))('the %s bundles', (_namespace, folder) => {
  const source = load(folder, 'en');

  it('exist for every locale and no other', () => {
    const files = readdirSync(folder).map((file) => file.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    'in %s have every English key (plurals in its forms), no other, translated, with the same placeholders',
    (locale) => {
      const target = load(folder, locale);
      const expected = expectedKeys(source, locale);
      expect([...target.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [key, text] of target) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
        // A string left in English is an untranslated one (names would be listed here).
        expect(text, `${locale} ${key} is still the English text`).not.toBe(expected.get(key));
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(expected.get(key)!));
      }
    },
  );
});
