import i18next from 'i18next';
import type { ApolloClient } from '@apollo/client';
import type { Subscription } from 'rxjs';
import type { SseOperationContext } from '../boot/sse-link.js';
import {
  TranslationReleaseDocument,
  TranslationsPublishedDocument,
} from './published-translations.generated.js';

/** A publication's file: every published edit of the locale, by namespace (nested JSON). */
type PublishedBundles = Record<string, Record<string, unknown>>;

export interface PublishedTranslationsOptions {
  client: Pick<ApolloClient, 'query' | 'subscribe'>;
  /** Fetches a path of Piazza's origin (the portal's `fetchApi`). */
  fetchApi: (path: string) => Promise<Response>;
  /**
   * boot/i18n.ts's `baseLocale` ('es-CL' → 'es'): handed over rather than imported, which
   * would split that first-view module into a chunk of its own (more bytes to boot).
   */
  baseLocale: (locale: string) => string | undefined;
}

/**
 * Lays the translations published since the build over the built bundles of the portal's
 * language, without a redeploy: at start, at each `translationsPublished` of the language
 * (or of its base), at a language switch, and at the next navigation after the stream
 * dropped (a publication may have gone by meanwhile). i18next's store says 'added' and
 * every LocalizeController re-renders.
 *
 * A publication's file holds every published edit, so each one replaces the last: the
 * namespace is rebuilt from its built bundle, and an edit reverted since goes back to the
 * built text. Only namespaces the portal has loaded are touched; the others get their
 * edits when their built bundle is added.
 */
export class PublishedTranslations {
  private readonly options: PublishedTranslationsOptions;
  /** Per locale, the publication laid over its bundles. */
  private readonly releases = new Map<string, { release: number; bundles: PublishedBundles }>();
  /** Per `<locale>/<namespace>`, its built bundle, as it was before any publication. */
  private readonly built = new Map<string, Record<string, unknown>>();
  private subscription: Subscription | undefined;
  /** The stream dropped and came back: check at the next navigation. */
  private mayHaveMissed = false;
  /** The stream was refused or failed for good: every navigation checks. */
  private streamEnded = false;
  /** Our own additions to the store, which must not be laid over again. */
  private laying = false;

  constructor(options: PublishedTranslationsOptions) {
    this.options = options;
  }

  start(): void {
    i18next.on('languageChanged', this.refresh);
    i18next.store.on('added', this.onAdded);
    window.addEventListener('single-spa:routing-event', this.onNavigation);
    const context: SseOperationContext = {
      onReconnect: () => {
        this.mayHaveMissed = true;
      },
    };
    this.subscription = this.options.client
      .subscribe({ query: TranslationsPublishedDocument, context })
      .subscribe({
        next: ({ data }) => {
          const published = data?.translationsPublished;
          if (published && this.localesShown().includes(published.locale)) {
            void this.layOver(published.locale, published.release).catch(warn);
          }
        },
        // Refused for good (signed out) or unreachable: navigations check instead.
        error: () => {
          this.streamEnded = true;
        },
      });
    void this.refresh();
  }

  stop(): void {
    i18next.off('languageChanged', this.refresh);
    i18next.store.off('added', this.onAdded);
    window.removeEventListener('single-spa:routing-event', this.onNavigation);
    this.subscription?.unsubscribe();
  }

  /** Asks for the current publications of the portal's language and lays them over. */
  readonly refresh = async (): Promise<void> => {
    const { client } = this.options;
    await Promise.all(
      this.localesShown().map(async (locale) => {
        const { data } = await client.query({
          query: TranslationReleaseDocument,
          variables: { locale },
          fetchPolicy: 'network-only',
        });
        if (data) await this.layOver(locale, data.translationRelease.release);
      }),
    ).catch(warn);
  };

  private async layOver(locale: string, release: number): Promise<void> {
    if (release <= this.releaseOf(locale)) return;
    const response = await this.options.fetchApi(`/api/translations/${locale}-${release}.json`);
    if (!response.ok) throw new Error(`Translations ${locale}-${release}: HTTP ${response.status}`);
    const bundles = (await response.json()) as PublishedBundles;
    // A later publication may have been laid over while this one downloaded.
    if (release <= this.releaseOf(locale)) return;
    const previous = this.releases.get(locale)?.bundles ?? {};
    this.releases.set(locale, { release, bundles });
    const namespaces = new Set([...Object.keys(previous), ...Object.keys(bundles)]);
    for (const namespace of namespaces) this.rebuild(locale, namespace);
  }

  /** The locales whose publications the portal shows: in es-CL, es's too. */
  private localesShown(): string[] {
    const locale = i18next.language;
    const base = this.options.baseLocale(locale);
    return base ? [base, locale] : [locale];
  }

  private releaseOf(locale: string): number {
    return this.releases.get(locale)?.release ?? 0;
  }

  /** The namespace's built bundle with the locale's publication over it. */
  private rebuild(locale: string, namespace: string): void {
    if (!i18next.hasResourceBundle(locale, namespace)) return;
    const key = `${locale}/${namespace}`;
    let built = this.built.get(key);
    if (built === undefined) {
      // The merge below changes the store's objects in place: keep a copy of the original.
      built = structuredClone(
        i18next.getResourceBundle(locale, namespace) as Record<string, unknown>,
      );
      this.built.set(key, built);
    }
    const published = this.releases.get(locale)?.bundles[namespace] ?? {};
    this.laying = true;
    try {
      i18next.removeResourceBundle(locale, namespace);
      i18next.addResourceBundle(locale, namespace, structuredClone(built), true, true);
      i18next.addResourceBundle(locale, namespace, published, true, true);
    } finally {
      this.laying = false;
    }
  }

  /** A built bundle just loaded (an app opened): the publication goes over it. */
  private readonly onAdded = (locale: string, namespace: string): void => {
    if (this.laying || this.built.has(`${locale}/${namespace}`)) return;
    if (this.releases.get(locale)?.bundles[namespace]) this.rebuild(locale, namespace);
  };

  private readonly onNavigation = (): void => {
    if (!this.mayHaveMissed && !this.streamEnded) return;
    this.mayHaveMissed = false;
    void this.refresh();
  };
}

/** A publication that could not be fetched leaves the built text: the next one retries. */
function warn(error: unknown): void {
  console.warn('Piazza could not load the published translations', error);
}
