import { createGraphQLError } from 'graphql-yoga';
import type { CommentHoldReason } from '../../generated/resolvers.js';
import { ErrorCode } from '../../graphql/errors.js';

/** The longest comment, in characters (the database checks it too). */
export const MAX_COMMENT_LENGTH = 2000;
/** The longest reason of a report or a moderator's decision, in characters. */
export const MAX_REASON_LENGTH = 500;
/** How long an author may change a comment after writing it. */
export const EDIT_WINDOW_MINUTES = 15;

/** Why a comment's input was refused: clients translate these (`extensions.reason`). */
export type CommentInputReason =
  | 'COMMENT_EMPTY'
  | 'COMMENT_TOO_LONG'
  | 'REPLY_TO_REPLY'
  | 'PARENT_NOT_VISIBLE'
  | 'EDIT_WINDOW_CLOSED'
  | 'COMMENT_HIDDEN'
  | 'OWN_COMMENT'
  | 'NOT_REPORTABLE'
  | 'REASON_EMPTY'
  | 'REASON_TOO_LONG';

/** BAD_USER_INPUT naming the argument and the reason, so that a form can say what to fix. */
export function commentInputError(field: string, reason: CommentInputReason, message: string) {
  return createGraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, reason },
  });
}

/** Characters as people (and PostgreSQL's char_length) count them: by code point. */
const length = (text: string) => [...text].length;

/**
 * A comment's body as it is stored: trimmed, with Windows line ends made plain, and at
 * most two empty lines in a row. Throws COMMENT_EMPTY or COMMENT_TOO_LONG.
 */
export function commentBody(body: string): string {
  const text = body
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text === '') throw commentInputError('body', 'COMMENT_EMPTY', 'Write something first');
  if (length(text) > MAX_COMMENT_LENGTH) {
    throw commentInputError(
      'body',
      'COMMENT_TOO_LONG',
      `A comment is limited to ${MAX_COMMENT_LENGTH} characters, this one has ${length(text)}`,
    );
  }
  return text;
}

/** A reason given for a report or a decision, trimmed. Throws REASON_EMPTY or REASON_TOO_LONG. */
export function givenReason(reason: string): string {
  const text = reason.trim();
  if (text === '') throw commentInputError('reason', 'REASON_EMPTY', 'Give a reason');
  if (length(text) > MAX_REASON_LENGTH) {
    throw commentInputError(
      'reason',
      'REASON_TOO_LONG',
      `A reason is limited to ${MAX_REASON_LENGTH} characters, this one has ${length(text)}`,
    );
  }
  return text;
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
export function holdReason(body: string, words: readonly string[]): CommentHoldReason | null {
  if (LINK.test(body)) return 'LINK';
  const listed = words.some((word) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'iu').test(body),
  );
  return listed ? 'WORD' : null;
}
