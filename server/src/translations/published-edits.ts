import type { Db } from '../db/db.js';
import { bundleKey, type Forms } from './entries.js';

/** i18next's nested JSON: `feed.title` is `{ feed: { title } }`. */
export type NestedBundle = { [key: string]: string | NestedBundle };

function setPath(bundle: NestedBundle, path: string[], text: string): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    bundle[head] = text;
    return;
  }
  const child = (bundle[head] ??= {});
  // A key that is both a text and a group cannot be in a bundle: the text wins.
  if (typeof child === 'object') setPath(child, rest, text);
}

/**
 * The texts reviewers published in a locale, as bundles by namespace: only the edits, which
 * portals lay over the built bundles. Only the locale's own: a regional variant's portal
 * loads its base's edits too, as i18next falls back to the base.
 */
export async function publishedEdits(
  db: Db,
  locale: string,
): Promise<Record<string, NestedBundle>> {
  const rows = await db.query<{ namespace: string; key: string; published_forms: Forms }>(
    `select namespace, key, published_forms from translations
     where locale = $1 and published_forms is not null
     order by namespace, key`,
    [locale],
  );
  const bundles: Record<string, NestedBundle> = {};
  for (const row of rows) {
    const bundle = (bundles[row.namespace] ??= {});
    for (const [category, text] of Object.entries(row.published_forms)) {
      setPath(bundle, bundleKey(row.key, category).split('.'), text);
    }
  }
  return bundles;
}

/** A built bundle with edits laid over it, neither changed. */
export function withEdits(bundle: NestedBundle, edits: NestedBundle | undefined): NestedBundle {
  if (!edits) return bundle;
  const merged: NestedBundle = { ...bundle };
  for (const [key, value] of Object.entries(edits)) {
    const built = merged[key];
    merged[key] =
      typeof value === 'object' && typeof built === 'object' ? withEdits(built, value) : value;
  }
  return merged;
}
