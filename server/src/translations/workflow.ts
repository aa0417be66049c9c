import { isAdmin, signedIn } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { invalidField, notFound } from '../graphql/errors.js';
import { localeToWorkOn } from './access.js';
import { recordChange, writeDraft } from './drafts.js';
import {
  catalogueString,
  formCategories,
  loadEntries,
  loadEntry,
  loadTranslationRows,
  type Forms,
  type TranslationEntryModel,
  type TranslationLocaleModel,
} from './entries.js';

/** A text's longest length: room for any string of the portal, not for a pasted document. */
export const MAX_TEXT_LENGTH = 2000;
/** Keys one submission may send. */
const MAX_KEYS = 200;

/** The forms as the table keeps them; BAD_USER_INPUT for a category the string lacks. */
function formsOf(
  input: readonly { category?: string | null; value: string }[],
  categories: string[],
): Forms {
  const forms: Forms = {};
  for (const [i, form] of input.entries()) {
    const category = form.category ?? '';
    if (!categories.includes(category) || category in forms) {
      throw invalidField(
        'forms',
        'UNKNOWN_CATEGORY',
        `The forms of this string are ${categories.map((c) => c || '(plain)').join(', ')}`,
      );
    }
    if (form.value.length > MAX_TEXT_LENGTH) {
      throw invalidField(`forms.${i}`, 'TOO_LONG', `At most ${MAX_TEXT_LENGTH} characters`);
    }
    forms[category] = form.value;
  }
  return forms;
}

async function entryOf(
  db: Db,
  catalogue: Parameters<typeof loadEntry>[1],
  locale: TranslationLocaleModel,
  namespace: string,
  key: string,
): Promise<TranslationEntryModel> {
  const entry = await loadEntry(db, catalogue, locale, namespace, key);
  if (!entry) throw invalidField('key', 'UNKNOWN_KEY', `No string "${key}" in ${namespace}`);
  return entry;
}

export const saveTranslation: MutationResolvers['saveTranslation'] = async (
  _parent,
  { input },
  { db, principal, catalogue },
) => {
  const { caller, locale } = await localeToWorkOn(db, principal, input.locale, 'translate');
  const strings = await catalogue();
  const string = catalogueString(strings, input.namespace, input.key);
  const forms = formsOf(input.forms, formCategories(locale.code, string.source));
  await writeDraft(db, {
    caller,
    locale,
    namespace: input.namespace,
    key: input.key,
    string,
    forms,
    action: 'SAVED',
  });
  return entryOf(db, strings, locale, input.namespace, input.key);
};

export const submitTranslations: MutationResolvers['submitTranslations'] = async (
  _parent,
  { locale: code, namespace, keys },
  { db, principal, catalogue },
) => {
  const { caller, locale } = await localeToWorkOn(db, principal, code, 'translate');
  if (keys.length > MAX_KEYS) throw invalidField('keys', 'TOO_MANY', `At most ${MAX_KEYS} keys`);
  const strings = await catalogue();
  keys.forEach((key, i) => catalogueString(strings, namespace, key, `keys.${i}`));
  const rows = await loadTranslationRows(db, [locale.code], namespace, [...keys]);
  keys.forEach((key, i) => {
    const row = rows.find((candidate) => candidate.key === key);
    if (row?.status !== 'DRAFT') {
      throw invalidField(`keys.${i}`, 'INVALID_MOVE', `"${key}" is not a draft`);
    }
    if (row.problems.length > 0) {
      throw invalidField(`keys.${i}`, 'HAS_PROBLEMS', `"${key}" has problems to fix first`);
    }
  });
  await db.transaction(async (tx) => {
    for (const row of rows) {
      await tx.query(
        `update translations set status = 'IN_REVIEW'
         where locale = $1 and namespace = $2 and key = $3`,
        [locale.code, namespace, row.key],
      );
      await recordChange(tx, { ...row, action: 'SUBMITTED', personId: caller.personId });
    }
  });
  return loadEntries(db, strings, locale, namespace, [...keys]);
};

export const reviewTranslation: MutationResolvers['reviewTranslation'] = async (
  _parent,
  { locale: code, namespace, key, approve, comment },
  { db, principal, catalogue },
) => {
  const { caller, locale } = await localeToWorkOn(db, principal, code, 'review');
  const strings = await catalogue();
  catalogueString(strings, namespace, key);
  const [row] = await loadTranslationRows(db, [locale.code], namespace, [key]);
  if (row?.status !== 'IN_REVIEW') {
    throw invalidField('key', 'INVALID_MOVE', `"${key}" is not in review`);
  }
  // Four eyes: the text's author does not approve it, unless they run the platform.
  if (approve && row.updated_by === caller.personId && !isAdmin(caller)) {
    throw invalidField('key', 'OWN_TRANSLATION', 'Another reviewer approves your own text');
  }
  const reason = comment?.trim() ?? '';
  if (!approve && reason === '') {
    throw invalidField('comment', 'REQUIRED', 'Say why the text goes back to its translator');
  }
  await db.transaction(async (tx) => {
    await tx.query(
      `update translations set status = $4 where locale = $1 and namespace = $2 and key = $3`,
      [locale.code, namespace, key, approve ? 'APPROVED' : 'DRAFT'],
    );
    await recordChange(tx, {
      ...row,
      action: approve ? 'APPROVED' : 'REJECTED',
      personId: caller.personId,
      ...(approve ? {} : { comment: reason }),
    });
  });
  return entryOf(db, strings, locale, namespace, key);
};

export const revertTranslation: MutationResolvers['revertTranslation'] = async (
  _parent,
  { changeId },
  { db, principal, catalogue },
) => {
  signedIn(principal);
  const [change] = /^\d{1,18}$/.test(changeId)
    ? await db.query<{ locale: string; namespace: string; key: string; forms: Forms }>(
        'select locale, namespace, key, forms from translation_changes where id = $1',
        [changeId],
      )
    : [];
  if (!change) throw notFound('change');
  const { caller, locale } = await localeToWorkOn(db, principal, change.locale, 'review');
  const strings = await catalogue();
  const string = catalogueString(strings, change.namespace, change.key);
  await writeDraft(db, {
    caller,
    locale,
    namespace: change.namespace,
    key: change.key,
    string,
    forms: change.forms,
    action: 'REVERTED',
  });
  return entryOf(db, strings, locale, change.namespace, change.key);
};
