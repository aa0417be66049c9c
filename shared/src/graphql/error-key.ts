import { CombinedGraphQLErrors } from '@apollo/client';

/** The `common` namespace keys of the messages a person may see for a failed request. */
const messageKeyByCode: Record<string, string> = {
  UNAUTHENTICATED: 'common:errors.unauthenticated',
  FORBIDDEN: 'common:errors.forbidden',
  NOT_FOUND: 'common:errors.notFound',
  BAD_USER_INPUT: 'common:errors.badInput',
  RATE_LIMITED: 'common:errors.rateLimited',
};

/**
 * Maps any error of a GraphQL request to a translation key, in one place, so that no
 * element ever shows a raw server message or stack.
 */
export function errorMessageKey(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.['code'];
    return (typeof code === 'string' && messageKeyByCode[code]) || 'common:errors.server';
  }
  return 'common:errors.network';
}
