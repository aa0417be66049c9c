import { isTag, tagsOf, type FieldError } from '@piazza/shared/screens';

const MAX_TAGS = 8;

/** The server's rules for tags, said before sending: words of letters, digits and dashes, at most 8. */
export function checkTags(text: string): FieldError[] {
  const tags = tagsOf(text);
  if (!tags.every(isTag)) return [{ field: 'tags', reason: 'INVALID_TAG' }];
  return tags.length > MAX_TAGS ? [{ field: 'tags', reason: 'TOO_LONG' }] : [];
}
