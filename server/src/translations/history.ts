import type { Db } from '../db/db.js';
import type { TranslationChangeResolvers } from '../generated/resolvers.js';
import { loadPerson } from '../org/person-model.js';
import type { ChangeAction } from './drafts.js';
import type { Forms } from './entries.js';

export interface TranslationChangeModel {
  id: string;
  action: ChangeAction;
  forms: { category: string | null; value: string }[];
  comment: string | null;
  personId: string | null;
  at: string;
}

/** Enough history to revert to any recent text, without loading years of it. */
const HISTORY_LIMIT = 100;

/** An entry's changes, newest first. */
export async function loadHistory(
  db: Db,
  entry: { locale: string; namespace: string; key: string },
): Promise<TranslationChangeModel[]> {
  const rows = await db.query<{
    id: string;
    action: ChangeAction;
    forms: Forms;
    comment: string | null;
    person_id: string | null;
    at: Date;
  }>(
    `select id::text, action, forms, comment, person_id, at from translation_changes
     where locale = $1 and namespace = $2 and key = $3
     order by id desc limit ${HISTORY_LIMIT}`,
    [entry.locale, entry.namespace, entry.key],
  );
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    forms: Object.entries(row.forms).map(([category, value]) => ({
      category: category === '' ? null : category,
      value,
    })),
    comment: row.comment,
    personId: row.person_id,
    at: row.at.toISOString(),
  }));
}

export const TranslationChange: TranslationChangeResolvers = {
  by: (change, _args, { db }) => (change.personId ? loadPerson(db, change.personId) : null),
};
