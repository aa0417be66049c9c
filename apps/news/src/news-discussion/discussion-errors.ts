import { CombinedGraphQLErrors } from '@apollo/client';
import { errorMessageKey } from '@piazza/shared';

/** The reasons the server gives for refusing a comment's input (`extensions.reason`). */
const REASONS = [
  'COMMENT_EMPTY',
  'COMMENT_TOO_LONG',
  'REPLY_TO_REPLY',
  'PARENT_NOT_VISIBLE',
  'EDIT_WINDOW_CLOSED',
  'COMMENT_HIDDEN',
  'OWN_COMMENT',
  'NOT_REPORTABLE',
  'REASON_EMPTY',
  'REASON_TOO_LONG',
];

/**
 * The translation key of what went wrong with a comment, a reply, an edit or a report:
 * the server's reason when it gave one (`discussion.errors.*`), else the portal's message
 * for the error's code.
 */
export function discussionErrorKey(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const reason = error.errors[0]?.extensions?.['reason'];
    if (typeof reason === 'string' && REASONS.includes(reason)) {
      return `discussion.errors.${reason}`;
    }
  }
  return errorMessageKey(error);
}
