import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInstance, type TFunction } from 'i18next';

const root = new URL('../../..', import.meta.url).pathname;

/** Where each namespace's bundles are, one `<locale>.json` per language. */
const BUNDLES = {
  barometers: 'apps/barometers/locales',
  news: 'apps/news/locales',
  newsroom: 'apps/newsroom/locales',
  ticketing: 'apps/ticketing/locales',
  translations: 'apps/translations/locales',
  common: 'shared/locales',
} as const;

export type Namespace = keyof typeof BUNDLES;

/**
 * The words of a language, read from the app's own bundles, so that a test names what it
 * looks for as the page says it in any language. The first namespace is the default one;
 * the others are reached with a prefix (`t('common:apps.newsroom')`).
 */
export async function wordsOf(
  locale: string,
  namespaces: readonly [Namespace, ...Namespace[]] = ['news', 'common'],
): Promise<TFunction> {
  const bundle = async (ns: Namespace) =>
    JSON.parse(await readFile(join(root, BUNDLES[ns], `${locale}.json`), 'utf8')) as object;
  const resources = Object.fromEntries(
    await Promise.all(namespaces.map(async (ns) => [ns, await bundle(ns)] as const)),
  );
  const i18n = createInstance();
  await i18n.init({
    lng: locale,
    ns: [...namespaces],
    defaultNS: namespaces[0],
    resources: { [locale]: resources },
    // As the portal does: the words are put in the page as text, never as HTML.
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

/** A text as a pattern: its words, with the part that varies (a date) left open. */
export const pattern = (text: string) =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('OPEN', '.+'));
