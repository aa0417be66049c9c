import { checkTranslation } from '../../../shared/src/i18n/translation-rules.js';
import type { Db } from '../db/db.js';
import type { CatalogueString } from '../i18n/catalogue.js';
import type { Principal } from '../org/principal.js';
import type { Forms, TranslationLocaleModel } from './entries.js';

export type ChangeAction =
  'SAVED' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'PUBLISHED' | 'REVERTED' | 'IMPORTED';

/** Every change of an entry leaves a line in its history. */
export async function recordChange(
  db: Db,
  change: {
    locale: string;
    namespace: string;
    key: string;
    action: ChangeAction;
    forms: Forms;
    personId: string;
    comment?: string;
  },
): Promise<void> {
  await db.query(
    `insert into translation_changes (locale, namespace, key, action, forms, comment, person_id)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      change.locale,
      change.namespace,
      change.key,
      change.action,
      JSON.stringify(change.forms),
      change.comment ?? null,
      change.personId,
    ],
  );
}

/** The terms the caller's brand forbids in the locale (its glossary). */
async function forbiddenTerms(db: Db, brandId: string, locale: string): Promise<string[]> {
  const rows = await db.query<{ term: string }>(
    `select term from glossary_terms where brand_id = $1 and locale = $2 and forbidden`,
    [brandId, locale],
  );
  return rows.map((row) => row.term);
}

export interface Draft {
  caller: Principal;
  locale: TranslationLocaleModel;
  namespace: string;
  key: string;
  string: CatalogueString;
  forms: Forms;
  /** SAVED by a translator, IMPORTED from a file, REVERTED to an earlier text. */
  action: 'SAVED' | 'IMPORTED' | 'REVERTED';
}

/**
 * Keeps texts as the entry's draft, whatever their problems (listed with it, so nothing
 * typed is lost), against the English source of now, and records the change.
 */
export async function writeDraft(db: Db, draft: Draft): Promise<void> {
  const { caller, locale, namespace, key, string, forms } = draft;
  const problems = checkTranslation({
    locale: locale.code,
    source: string.source,
    forms,
    ...(string.maxLength !== undefined ? { maxLength: string.maxLength } : {}),
    forbiddenTerms: await forbiddenTerms(db, caller.brandId, locale.code),
  });
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into translations
         (locale, namespace, key, forms, status, problems, source_forms, updated_by, updated_at)
       values ($1, $2, $3, $4, 'DRAFT', $5, $6, $7, now())
       on conflict (locale, namespace, key) do update
       set forms = excluded.forms, status = 'DRAFT', problems = excluded.problems,
           source_forms = excluded.source_forms, updated_by = excluded.updated_by,
           updated_at = now()`,
      [
        locale.code,
        namespace,
        key,
        JSON.stringify(forms),
        JSON.stringify(problems),
        JSON.stringify(string.source),
        caller.personId,
      ],
    );
    await recordChange(tx, {
      locale: locale.code,
      namespace,
      key,
      action: draft.action,
      forms,
      personId: caller.personId,
    });
  });
}
