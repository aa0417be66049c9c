import { signedIn } from '../access/guard.js';
import type { Db } from '../db/db.js';
import { forbidden, invalidField } from '../graphql/errors.js';
import type { Principal } from '../org/principal.js';
import type { TranslationLocaleModel } from './entries.js';

/**
 * Who may work on a locale's translations, decided in SQL over person_roles: translators
 * and reviewers hold their role over a locale (scope 'locale', id the locale's code),
 * admins over the group. Translators read, save and submit; reviewers also review, publish
 * and revert. English is the source: nobody translates it.
 */
export type TranslationWork = 'translate' | 'review';

export const SOURCE_LOCALE = 'en';

const ROLES_FOR: Record<TranslationWork, string[]> = {
  translate: ['TRANSLATOR', 'TRANSLATION_REVIEWER'],
  review: ['TRANSLATION_REVIEWER'],
};

/** SQL: the person `$person` may do the work (roles `$roles`) on locale `l.code`. */
const MAY_WORK_ON = (person: string, roles: string) => `exists (
  select 1 from person_roles r
  where r.person_id = ${person}
    and ((r.role = 'ADMIN' and r.scope_type = 'group')
      or (r.role = any(${roles}) and r.scope_type = 'locale' and r.scope_id = l.code)))`;

/** The locales, but English, the caller may do the work on, in the language picker's order. */
export async function workableLocales(
  db: Db,
  caller: Principal,
  work: TranslationWork,
): Promise<TranslationLocaleModel[]> {
  return db.query<TranslationLocaleModel>(
    `select l.code, l.base from translation_locales l
     where l.code <> $3 and ${MAY_WORK_ON('$1', '$2')}
     order by l.position`,
    [caller.personId, ROLES_FOR[work], SOURCE_LOCALE],
  );
}

/**
 * The caller and the locale when they may do the work on it: BAD_USER_INPUT `locale` for an unknown
 * locale (UNKNOWN_LOCALE) or English (SOURCE_LOCALE), FORBIDDEN outside their locales.
 */
export async function localeToWorkOn(
  db: Db,
  principal: Principal | null,
  code: string,
  work: TranslationWork,
): Promise<{ caller: Principal; locale: TranslationLocaleModel }> {
  const caller = signedIn(principal);
  const [row] = await db.query<TranslationLocaleModel & { allowed: boolean }>(
    `select l.code, l.base, ${MAY_WORK_ON('$2', '$3')} as allowed
     from translation_locales l where l.code = $1`,
    [code, caller.personId, ROLES_FOR[work]],
  );
  if (!row) throw invalidField('locale', 'UNKNOWN_LOCALE', `The portal has no locale "${code}"`);
  if (!row.allowed) throw forbidden();
  if (row.code === SOURCE_LOCALE) {
    throw invalidField('locale', 'SOURCE_LOCALE', 'English is the source: it is not translated');
  }
  return { caller, locale: { code: row.code, base: row.base } };
}
