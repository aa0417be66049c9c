import { describe, expect, it } from 'vitest';
import { placeholdersOf, pluralCategories } from '../../shared/src/i18n/translation-rules.js';
import {
  bundleLocales,
  listNamespaces,
  PLURAL_SUFFIX,
  readBundle,
  readNotes,
} from './namespaces.js';

/** Every namespace's folder of bundles: common (shared/) and one per app. */
const root = new URL('../..', import.meta.url).pathname;
const namespaces = listNamespaces(root).map(({ namespace, locales }) => [namespace, locales]);
const LOCALES = ['en', 'it', 'fr', 'es', 'de', 'nl', 'pl'];
/** Regional variants: only the strings said differently, over their base locale's. */
const VARIANTS: Record<string, string> = { 'es-CL': 'es' };

/**
 * The keys a locale's bundle must have: English's, with each plural in the forms of that
 * language (Polish has `_few` and `_many`, English only `_one` and `_other`), each mapped
 * to the English text it translates (a plural form to English's `_other`).
 */
function expectedKeys(source: Record<string, string>, locale: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, text] of Object.entries(source)) {
    if (!PLURAL_SUFFIX.test(key)) keys.set(key, text);
    else if (key.endsWith('_other')) {
      const base = key.replace(PLURAL_SUFFIX, '');
      for (const form of pluralCategories(locale)) {
        keys.set(`${base}_${form}`, source[`${base}_${form}`] ?? text);
      }
    }
  }
  return keys;
}

describe.each(namespaces)('the %s bundles', (_namespace, folder) => {
  const source = readBundle(root, folder!, 'en');

  it('exist for every locale and regional variant, and no other', () => {
    expect(bundleLocales(root, folder!).sort()).toEqual(
      [...LOCALES, ...Object.keys(VARIANTS)].sort(),
    );
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    'in %s have every English key (plurals in its forms), no other, translated, with the same placeholders',
    (locale) => {
      const target = readBundle(root, folder!, locale);
      const expected = expectedKeys(source, locale);
      expect(
        Object.keys(target).filter((key) => !expected.has(key)),
        'keys English lacks',
      ).toEqual([]);
      expect(
        [...expected.keys()].filter((key) => !(key in target)),
        'keys missing',
      ).toEqual([]);
      const wrong = Object.entries(target).flatMap(([key, text]) => {
        const english = expected.get(key) ?? '';
        if (text.trim() === '') return [`${key}: empty`];
        // A string left in English is an untranslated one (names would be listed here).
        if (text === english) return [`${key}: still the English text`];
        const [want, have] = [placeholdersOf(english), placeholdersOf(text)];
        return want.join() === have.join() ? [] : [`${key}: ${have.join()} for ${want.join()}`];
      });
      expect(wrong).toEqual([]);
    },
  );

  it.each(Object.entries(VARIANTS))(
    'in %s say only what %s says differently, with the same placeholders',
    (variant, base) => {
      const baseBundle = readBundle(root, folder!, base);
      const wrong = Object.entries(readBundle(root, folder!, variant)).flatMap(([key, text]) => {
        const baseText = baseBundle[key];
        if (baseText === undefined) return [`${key}: not in ${base}`];
        if (text === baseText) return [`${key}: the same as ${base}`];
        const [want, have] = [placeholdersOf(baseText), placeholdersOf(text)];
        return want.join() === have.join() ? [] : [`${key}: ${have.join()} for ${want.join()}`];
      });
      expect(wrong).toEqual([]);
    },
  );

  it('have notes only for their strings, and fit every text in its notes’ length', () => {
    const baseKeys = new Set(Object.keys(source).map((key) => key.replace(PLURAL_SUFFIX, '')));
    const wrong: string[] = [];
    for (const [key, { maxLength }] of Object.entries(readNotes(root, folder!))) {
      if (!baseKeys.has(key)) wrong.push(`${key}: no such string`);
      if (maxLength === undefined) continue;
      for (const locale of bundleLocales(root, folder!)) {
        for (const [full, text] of Object.entries(readBundle(root, folder!, locale))) {
          if (full.replace(PLURAL_SUFFIX, '') === key && text.length > maxLength) {
            wrong.push(`${locale} ${full}: ${text.length} characters for ${maxLength}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
