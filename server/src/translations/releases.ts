import { signedIn } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type {
  MutationResolvers,
  QueryResolvers,
  SubscriptionResolvers,
} from '../generated/resolvers.js';
import { invalidField } from '../graphql/errors.js';
import { localeToWorkOn } from './access.js';
import { recordChange } from './drafts.js';
import { loadLocale, type Forms } from './entries.js';

export interface TranslationReleaseModel {
  locale: string;
  release: number;
  publishedAt: string | null;
  published: number;
}

/** The locale's current publication: release 0 before any. */
export async function loadRelease(db: Db, locale: string): Promise<TranslationReleaseModel> {
  const [row] = await db.query<{ release: number; published_at: Date }>(
    'select release, published_at from translation_releases where locale = $1',
    [locale],
  );
  return {
    locale,
    release: row?.release ?? 0,
    publishedAt: row?.published_at.toISOString() ?? null,
    published: 0,
  };
}

export const translationLocales: QueryResolvers['translationLocales'] = (
  _parent,
  _args,
  { db, principal },
) => {
  signedIn(principal);
  return db.query('select code, base from translation_locales order by position');
};

export const translationRelease: QueryResolvers['translationRelease'] = async (
  _parent,
  args,
  { db, principal },
) => {
  signedIn(principal);
  if (!(await loadLocale(db, args.locale))) {
    throw invalidField('locale', 'UNKNOWN_LOCALE', `The portal has no locale "${args.locale}"`);
  }
  return loadRelease(db, args.locale);
};

/**
 * Every approved entry of the locale goes out: its text becomes the published one, the
 * release grows by one (the version in the URL portals load), and every portal is told.
 * With nothing approved nothing changes, and the current release is returned.
 */
export const publishTranslations: MutationResolvers['publishTranslations'] = async (
  _parent,
  args,
  { db, principal, news },
) => {
  const { caller, locale } = await localeToWorkOn(db, principal, args.locale, 'review');
  const release = await db.transaction(async (tx) => {
    const published = await tx.query<{ namespace: string; key: string; forms: Forms }>(
      `update translations set status = 'PUBLISHED', published_forms = forms
       where locale = $1 and status = 'APPROVED'
       returning namespace, key, forms`,
      [locale.code],
    );
    if (published.length === 0) return null;
    for (const entry of published) {
      await recordChange(tx, {
        ...entry,
        locale: locale.code,
        action: 'PUBLISHED',
        personId: caller.personId,
      });
    }
    const [row] = await tx.query<{ release: number; published_at: Date }>(
      `insert into translation_releases (locale, release, published_at, published_by)
       values ($1, 1, now(), $2)
       on conflict (locale) do update
       set release = translation_releases.release + 1, published_at = now(),
           published_by = excluded.published_by
       returning release, published_at`,
      [locale.code, caller.personId],
    );
    return {
      locale: locale.code,
      release: row!.release,
      publishedAt: row!.published_at.toISOString(),
      published: published.length,
    };
  });
  if (!release) return loadRelease(db, locale.code);
  news.publish('translations', release);
  return release;
};

export const translationsPublished: SubscriptionResolvers['translationsPublished'] = {
  subscribe: (_parent, _args, { principal, news }) => {
    signedIn(principal);
    return news.subscribe('translations');
  },
  resolve: (release: TranslationReleaseModel) => release,
};
