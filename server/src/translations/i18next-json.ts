import { flattenBundle } from '../../../scripts/i18n/namespaces.js';
import { MalformedFileError } from './malformed-file.js';

/** A namespace's texts by flat i18next key: `feed.title`, `items_few`. */
export type FlatStrings = Record<string, string>;

type Bundle = { [key: string]: string | Bundle };

/** The nested i18next v4 JSON of flat texts (`feed.title` → `{ "feed": { "title" } }`). */
export function toI18nextJson(strings: FlatStrings): string {
  const root: Bundle = {};
  for (const [key, text] of Object.entries(strings)) {
    const path = key.split('.');
    let node = root;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Bundle;
    node[path.at(-1)!] = text;
  }
  return JSON.stringify(root, null, 2) + '\n';
}

/** Where a value that is neither a text nor an object of texts sits, or null when none. */
function misplacedValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return path || '(root)';
  for (const [key, child] of Object.entries(value)) {
    const found = misplacedValue(child, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}

/** The flat texts of an i18next v4 JSON file (nested or flat keys), or MalformedFileError. */
export function parseI18nextJson(content: string): FlatStrings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    throw new MalformedFileError(`Not JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new MalformedFileError('An i18next file is an object of texts');
  }
  const misplaced = misplacedValue(parsed, '');
  if (misplaced) throw new MalformedFileError(`${misplaced} is neither a text nor an object`);
  return flattenBundle(parsed as Bundle);
}
