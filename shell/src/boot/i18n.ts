import i18next from 'i18next';
import type { PortalManifest } from './manifest.js';

const STORED_LOCALE = 'piazza.locale';

/** The locales the deployment has bundles for, from the manifest. */
export function supportedLocales(manifest: PortalManifest): string[] {
  return Object.keys(manifest.locales['common'] ?? { en: '' });
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
    if (!candidate) continue;
    const match = [candidate, candidate.split('-')[0]].find((tag) => supported.includes(tag!));
    if (match) return match;
  }
  return 'en';
}

export function rememberLocale(locale: string): void {
  localStorage.setItem(STORED_LOCALE, locale);
}

/** Fetches a namespace's bundle for a locale and adds it to i18next, once. */
export async function loadNamespace(
  manifest: PortalManifest,
  namespace: string,
  locale: string,
): Promise<void> {
  if (i18next.hasResourceBundle(locale, namespace)) return;
  const url = manifest.locales[namespace]?.[locale];
  if (url === undefined) return;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Translations ${namespace}/${locale}: HTTP ${response.status}`);
  i18next.addResourceBundle(locale, namespace, await response.json(), true, true);
}

/**
 * Initialises the page's one i18next instance. Apps never call init; they add their
 * namespace through the shell when they load (see registry).
 */
export async function initI18n(manifest: PortalManifest, locale: string): Promise<void> {
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
  await loadNamespace(manifest, 'common', locale);
}

/** Loads every given namespace in the new locale, then switches all mounted apps to it. */
export async function switchLocale(
  manifest: PortalManifest,
  locale: string,
  namespaces: readonly string[],
): Promise<void> {
  await Promise.all(namespaces.map((ns) => loadNamespace(manifest, ns, locale)));
  await i18next.changeLanguage(locale);
}
