import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * What a CONFLICT says the ticket is now (its `status` for a move, its `assigneeId` for an
 * assignment), or undefined for any other error.
 */
export function conflictOf(error: unknown): Record<string, unknown> | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const extensions = error.errors[0]?.extensions;
  return extensions?.['code'] === 'CONFLICT' ? extensions : undefined;
}
