/**
 * The rules of a comment's text, pure: the server applies them, and the browser mocks
 * import them to answer like the server (no node modules here).
 */

/** The longest comment, in characters (the database checks it too). */
export const MAX_COMMENT_LENGTH = 2000;
/** The longest reason of a report or a moderator's decision, in characters. */
export const MAX_REASON_LENGTH = 500;
/** How long an author may change a comment after writing it. */
export const EDIT_WINDOW_MINUTES = 15;

/** Characters as people (and PostgreSQL's char_length) count them: by code point. */
export const characterCount = (text: string) => [...text].length;

/** Trimmed, with plain line ends, and at most one empty line in a row. */
export function normaliseBody(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A web address: a scheme or "www.", or a host name ending in a common top-level domain
 * ("offers.example.com/x", "promo.shop"). E-mail addresses are not links; "e.g." is not
 * a host name.
 */
const LINK = new RegExp(
  String.raw`(?:\b(?:https?|ftp):\/\/|\bwww\.)\S` +
    String.raw`|(?:^|[^\p{L}\p{N}@.\-])[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*` +
    String.raw`\.(?:com|net|org|info|biz|io|co|eu|uk|fr|it|es|de|nl|pl|cl|be|ch|at|ly|me|app|xyz|link|shop|online|site)` +
    String.raw`(?![\p{L}\p{N}])`,
  'iu',
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The rule that holds a comment for a moderator, or null: a link, else a word of the list
 * (as a whole word, ignoring case, in any of the list's languages).
 */
export function holdReason(body: string, words: readonly string[]): 'LINK' | 'WORD' | null {
  if (LINK.test(body)) return 'LINK';
  const listed = words.some((word) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'iu').test(body),
  );
  return listed ? 'WORD' : null;
}
