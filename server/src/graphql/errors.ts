import { createGraphQLError } from 'graphql-yoga';

/**
 * The codes a client can act on; anything unexpected is masked as "Unexpected error.".
 * Errors are made with yoga's createGraphQLError so they belong to the same `graphql`
 * instance as the engine, whichever module format the caller was loaded in.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  /** The object changed since the caller saw it (an offline replay): nothing was done. */
  CONFLICT: 'CONFLICT',
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function userError(code: ErrorCode, message: string) {
  return createGraphQLError(message, { extensions: { code } });
}

export function badUserInput(message: string) {
  return userError(ErrorCode.BAD_USER_INPUT, message);
}

export function unauthenticated() {
  return userError(ErrorCode.UNAUTHENTICATED, 'Sign in to see this');
}

export function forbidden() {
  return userError(ErrorCode.FORBIDDEN, 'Your roles do not allow this');
}

/** The same answer whether the object does not exist or lies outside the caller's scopes. */
export function notFound(what: string) {
  return userError(ErrorCode.NOT_FOUND, `No such ${what}, or it is not available to you`);
}

/** The object is no longer as the caller expected; `current` says how it is now. */
export function conflict(message: string, current: Record<string, unknown>) {
  return createGraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...current } });
}

/** Why a field of an input was refused; clients translate these. */
export type FieldReason =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'UNSAFE_HTML'
  | 'NOT_AN_IMAGE'
  | 'IN_THE_PAST'
  | 'DEADLINE_BEFORE_PUBLICATION'
  | 'OUTSIDE_COMMUNITIES'
  | 'UNKNOWN_LOCALE'
  | 'INVALID_MOVE'
  | 'UNKNOWN_TIME_ZONE'
  | 'ENDS_BEFORE_START'
  | 'NOT_HTTPS'
  | 'NOT_EMBEDDABLE'
  | 'INVALID_TAG'
  | 'NOT_UPLOADED'
  | 'NOT_PUBLISHED'
  | 'TOO_MANY_PINNED'
  | 'NOT_EDITABLE'
  | 'NOT_APPLICABLE'
  | 'INVALID_VIN'
  | 'UNKNOWN_CATEGORY'
  | 'UNKNOWN_PHOTO'
  | 'UNKNOWN_ATTACHMENT'
  | 'TOO_MANY'
  | 'UNKNOWN_QUEUE'
  | 'NOT_A_MEMBER'
  | 'UNKNOWN_BRAND'
  | 'UNKNOWN_COUNTRY'
  | 'UNKNOWN_PERSON'
  | 'INVALID_CODE'
  | 'TAKEN'
  | 'DUPLICATE'
  | 'TOO_SMALL'
  | 'TOO_LARGE'
  | 'BEFORE_RESPONSE'
  | 'CLOSED'
  | 'SOURCE_LOCALE'
  | 'UNKNOWN_NAMESPACE'
  | 'UNKNOWN_KEY'
  | 'HAS_PROBLEMS'
  | 'OWN_TRANSLATION'
  | 'MALFORMED'
  // Pulse surveys (server/src/pulse).
  | 'TOO_FEW_OPTIONS'
  | 'DUPLICATE_OPTION'
  | 'OUT_OF_SCOPE'
  | 'UNKNOWN_REGION'
  | 'UNKNOWN_DEALER'
  | 'NOT_DRAFT'
  | 'NOT_OPEN'
  | 'OUT_OF_RANGE'
  | 'UNKNOWN_QUESTION'
  | 'INVALID_PERIOD';

/** BAD_USER_INPUT naming the field and the reason, so a form can show it next to the field. */
export function invalidField(field: string, reason: FieldReason, message: string) {
  return createGraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, reason },
  });
}
