import { CombinedGraphQLErrors } from '@apollo/client';
import { errorMessageKey } from '@piazza/shared';

const REASONS = ['REASON_EMPTY', 'REASON_TOO_LONG'];

/** The translation key for a failed decision: the server's reason, else the error's code. */
export function moderationErrorKey(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const reason = error.errors[0]?.extensions?.['reason'];
    if (typeof reason === 'string' && REASONS.includes(reason)) {
      return `moderation.errors.${reason}`;
    }
  }
  return errorMessageKey(error);
}
