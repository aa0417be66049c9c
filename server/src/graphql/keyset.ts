import { badUserInput } from './errors.js';

/**
 * Keyset conditions for lists ordered by computed values (pagination.ts carries the key in
 * the cursor): each key is an SQL expression of a type whose text form a cursor holds
 * exactly, timestamps to the microsecond and numbers in full.
 */

export interface KeyColumn {
  sql: string;
  type: 'timestamptz' | 'numeric';
}

/** The text forms a cursor may hold, checked before the database casts them. */
const KEY_TEXT: Record<KeyColumn['type'], (value: string) => boolean> = {
  // A real instant too (no 13th month), which the database would refuse with an error.
  timestamptz: (value) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value) &&
    !Number.isNaN(Date.parse(value.slice(0, 23) + 'Z')),
  numeric: (value) => /^-?\d{1,15}(\.\d{1,6})?$/.test(value),
};

/** The SQL of a key's text form, as its cursor part. */
export function keyText(key: KeyColumn): string {
  return key.type === 'timestamptz'
    ? `to_char(${key.sql} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    : `(${key.sql})::text`;
}

/**
 * The condition "after this key" on the key columns and a last, unique text column (the
 * id), all in the same direction, its values appended to `params`. BAD_USER_INPUT when a
 * value is not of its column's type.
 */
export function afterKeyset(
  values: readonly string[],
  columns: { keys: readonly KeyColumn[]; id: string; descending: boolean },
  params: unknown[],
): string {
  const { keys, id, descending } = columns;
  const placeholders = keys.map((key, i) => {
    const value = values[i] ?? '';
    if (!KEY_TEXT[key.type](value)) throw badUserInput('after is not a cursor of this list');
    params.push(value);
    return `$${params.length}::${key.type}`;
  });
  params.push(values[keys.length]);
  const left = [...keys.map((key) => key.sql), id].join(', ');
  return `(${left}) ${descending ? '<' : '>'} (${[...placeholders, `$${params.length}`].join(', ')})`;
}
