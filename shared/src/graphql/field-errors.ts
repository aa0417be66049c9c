import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';

/** A field the server (or the form, first) refused, and why: `{ field: 'title', reason: 'TOO_LONG' }`. */
export interface FieldError {
  field: string;
  reason: string;
}

/**
 * The fields a failed mutation refused: BAD_USER_INPUT errors naming a `field` and a
 * `reason` in their extensions. Empty for any other failure (network, server, rights).
 */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap(({ extensions }) => {
    const { code, field, reason } = extensions ?? {};
    return code === 'BAD_USER_INPUT' && typeof field === 'string' && typeof reason === 'string'
      ? [{ field, reason }]
      : [];
  });
}

/**
 * What to tell the person about a refused field, in their language: the form's own words
 * when it has some (`wordsOf` 'video.errors': "video.errors.url.REQUIRED", for a field
 * name that two forms share), else the field's ("Give the article a title."), else the
 * reason's.
 */
export function fieldErrorMessage(t: TFunction, error: FieldError, wordsOf?: string): string {
  const own = wordsOf ? [`${wordsOf}.${error.field}.${error.reason}`] : [];
  return t([...own, `fieldErrors.${error.field}.${error.reason}`, `fieldErrors.${error.reason}`]);
}

/** The message for the first error on one of `fields`, or undefined when they are fine. */
export function messageFor(
  t: TFunction,
  errors: readonly FieldError[],
  ...fields: string[]
): string | undefined {
  const error = errors.find((candidate) => fields.includes(candidate.field));
  return error ? fieldErrorMessage(t, error) : undefined;
}
