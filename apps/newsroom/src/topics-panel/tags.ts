import { type FieldError } from '@piazza/shared/screens';

const MAX_TAGS = 8;
const MAX_TAG_LENGTH = 30;
/** A word of letters (any script), digits and inner dashes, as the server takes (news/topics.ts). */
const TAG = /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u;

/** The words typed, each once, as the server stores them: '#Freni, e-Mobility' → ['freni', 'e-mobility']. */
export function tagsOf(text: string): string[] {
  const words = text
    .split(/[\s,;]+/)
    .map((word) => word.replace(/^#/, '').toLowerCase())
    .filter(Boolean);
  return [...new Set(words)];
}

/** Tags as the editor reads and types them: '#freni #e-mobility'. */
export function tagsText(tags: readonly string[]): string {
  return tags.map((tag) => `#${tag}`).join(' ');
}

/** The server's rules for tags, said before sending: words of letters, digits and dashes, at most 8. */
export function checkTags(text: string): FieldError[] {
  const tags = tagsOf(text);
  if (tags.some((tag) => tag.length > MAX_TAG_LENGTH || !TAG.test(tag))) {
    return [{ field: 'tags', reason: 'INVALID_TAG' }];
  }
  return tags.length > MAX_TAGS ? [{ field: 'tags', reason: 'TOO_LONG' }] : [];
}
