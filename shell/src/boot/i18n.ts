import i18next from 'i18next';
import type { PortalManifest } from './manifest.js';

const STORED_LOCALE = 'piazza.locale';

/** The locales the deployment has bundles for, from the manifest. */
export function supportedLocales(manifest: PortalManifest): string[] {
  // Sorted, so that a regional variant follows its language: es, es-CL.
  return Object.keys(manifest.locales['common'] ?? { en: '' }).sort();
}

/**
 * The supported locale for a BCP 47 tag, if there is one: a regional variant the portal
 * has ('es-CL' → 'es-CL'), else its language ('es-AR' → 'es', 'fr-BE' → 'fr').
 */
export function matchLocale(
  tag: string | undefined,
  supported: readonly string[],
): string | undefined {
  if (!tag) return undefined;
  return [tag, tag.split('-')[0]!].find((candidate) => supported.includes(candidate));
}

/**
 * Picks the language: the host's choice first, then the person's own choice on this
 * device, then their profile, then the browser's languages, then English.
 */
export function chooseLocale(options: {
  supported: readonly string[];
  imposed?: string | undefined;
  profile?: string | undefined;
}): string {
  const { supported } = options;
  const candidates = [
    options.imposed,
    localStorage.getItem(STORED_LOCALE) ?? undefined,
    options.profile,
    ...navigator.languages,
  ];
  for (const candidate of candidates) {
    const match = matchLocale(candidate, supported);
    if (match) return match;
  }
  return 'en';
}

export function rememberLocale(locale: string): void {
  localStorage.setItem(STORED_LOCALE, locale);
}

/**
 * The locale a regional variant falls back to before English ('es-CL' → 'es'). i18next
 * looks there by itself (its `load: 'all'` resolves es-CL, es, then `fallbackLng`), as
 * long as the language's bundles are loaded too.
 */
export function baseLocale(locale: string): string | undefined {
  const base = locale.split('-')[0]!;
  return base === locale ? undefined : base;
}

/** Bundles being fetched: callers asking at the same time share one request. */
const pending = new Map<string, Promise<void>>();

/**
 * Fetches a namespace's bundle for a locale and adds it to i18next, once; a regional
 * variant's with its language's, which holds most of its strings.
 */
export async function loadNamespace(
  manifest: PortalManifest,
  namespace: string,
  locale: string,
): Promise<void> {
  const base = baseLocale(locale);
  await Promise.all([
    loadBundle(manifest, namespace, locale),
    base && loadBundle(manifest, namespace, base),
  ]);
}

async function loadBundle(manifest: PortalManifest, namespace: string, locale: string) {
  if (i18next.hasResourceBundle(locale, namespace)) return;
  const url = manifest.locales[namespace]?.[locale];
  if (url === undefined) return;
  let loading = pending.get(url);
  if (loading === undefined) {
    loading = (async () => {
      const response = await fetch(url);
      if (!response.ok)
        throw new Error(`Translations ${namespace}/${locale}: HTTP ${response.status}`);
      i18next.addResourceBundle(locale, namespace, await response.json(), true, true);
    })().finally(() => pending.delete(url));
    pending.set(url, loading);
  }
  await loading;
}

/**
 * Shows the portal in `locale`, with these namespaces loaded (in parallel) unless they
 * are among the `embedded` bundles. The first call initialises the page's one i18next
 * instance; apps never initialise it.
 */
export async function useLocale(
  manifest: PortalManifest,
  locale: string,
  namespaces: readonly string[],
  embedded: Record<string, Record<string, unknown>> = {},
): Promise<void> {
  if (!i18next.isInitialized) {
    await i18next.init({
      lng: locale,
      fallbackLng: 'en',
      supportedLngs: supportedLocales(manifest),
      ns: ['common'],
      defaultNS: 'common',
      partialBundledLanguages: true,
      // Lit escapes everything it renders.
      interpolation: { escapeValue: false },
      resources: {},
    });
  }
  for (const [namespace, messages] of Object.entries(embedded)) {
    i18next.addResourceBundle(locale, namespace, messages, true, true);
  }
  await Promise.all(namespaces.map((ns) => loadNamespace(manifest, ns, locale)));
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}
