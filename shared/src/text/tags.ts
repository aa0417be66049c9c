/**
 * Tags, as articles (news/topics) and tickets (ticket-tags) have them, the same for the
 * server and the apps: one word of letters (any script), digits and inner dashes, as
 * #e-mobility or #città, stored lower case without the #.
 */
const MAX_TAG_LENGTH = 30;
const TAG = /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u;

/** Whether a word as stored (lower case, without #) is a tag. */
export function isTag(word: string): boolean {
  return word.length <= MAX_TAG_LENGTH && TAG.test(word);
}

/** The words typed, each once, as they are stored: '#Freni, e-Mobility' → ['freni', 'e-mobility']. */
export function tagsOf(text: string): string[] {
  const words = text
    .split(/[\s,;]+/)
    .map((word) => word.replace(/^#/, '').toLowerCase())
    .filter(Boolean);
  return [...new Set(words)];
}

/** Tags as people read and type them: '#freni #e-mobility'. */
export function tagsText(tags: readonly string[]): string {
  return tags.map((tag) => `#${tag}`).join(' ');
}
