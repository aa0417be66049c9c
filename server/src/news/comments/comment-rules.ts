import { createGraphQLError } from 'graphql-yoga';
import { ErrorCode } from '../../graphql/errors.js';
import {
  characterCount,
  MAX_COMMENT_LENGTH,
  MAX_REASON_LENGTH,
  normaliseBody,
} from './comment-text.js';

export {
  EDIT_WINDOW_MINUTES,
  holdReason,
  MAX_COMMENT_LENGTH,
  MAX_REASON_LENGTH,
} from './comment-text.js';

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

/** A comment's body as it is stored (normaliseBody). Throws COMMENT_EMPTY or COMMENT_TOO_LONG. */
export function commentBody(body: string): string {
  const text = normaliseBody(body);
  if (text === '') throw commentInputError('body', 'COMMENT_EMPTY', 'Write something first');
  if (characterCount(text) > MAX_COMMENT_LENGTH) {
    throw commentInputError(
      'body',
      'COMMENT_TOO_LONG',
      `A comment is limited to ${MAX_COMMENT_LENGTH} characters, this one has ${characterCount(text)}`,
    );
  }
  return text;
}

/** A reason given for a report or a decision, trimmed. Throws REASON_EMPTY or REASON_TOO_LONG. */
export function givenReason(reason: string): string {
  const text = reason.trim();
  if (text === '') throw commentInputError('reason', 'REASON_EMPTY', 'Give a reason');
  if (characterCount(text) > MAX_REASON_LENGTH) {
    throw commentInputError(
      'reason',
      'REASON_TOO_LONG',
      `A reason is limited to ${MAX_REASON_LENGTH} characters, this one has ${characterCount(text)}`,
    );
  }
  return text;
}
