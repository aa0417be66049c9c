import { CombinedGraphQLErrors } from '@apollo/client';

/** True when the server refused the request's input (BAD_USER_INPUT): the form is at fault. */
export function isBadInput(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((entry) => entry.extensions?.['code'] === 'BAD_USER_INPUT')
  );
}
