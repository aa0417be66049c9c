import { badUserInput } from './errors.js';

const MAX_SEARCH_LENGTH = 100;

/** An ILIKE pattern matching `search` anywhere, its wildcards taken literally; null for none. */
export function containsPattern(search: string | null | undefined): string | null {
  const text = search?.trim() ?? '';
  if (text === '') return null;
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(`search is limited to ${MAX_SEARCH_LENGTH} characters`);
  }
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
