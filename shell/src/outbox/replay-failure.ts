import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/**
 * The codes of a server that understood the write and refused it: sending it again
 * unchanged would be refused again, so the write waits for the person (retry or discard).
 * Anything else (no network, 5xx, 429, an expired session) is worth retrying on its own.
 */
const REFUSALS = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UPLOAD_REFUSED',
]);

/** Why an attempt failed, as the outbox keeps and shows it. */
export interface ReplayFailure {
  code: string;
  message: string;
  /** Refused by the server: not retried without the person asking. */
  refused: boolean;
  /** How long the server asked to wait (429 with Retry-After, RATE_LIMITED), in ms. */
  retryAfterMs?: number;
}

/** An upload the server answered with an error status. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function failure(code: string, message: string, retryAfterSeconds?: unknown): ReplayFailure {
  const seconds = Number(retryAfterSeconds);
  return {
    code,
    message,
    refused: REFUSALS.has(code),
    ...(seconds > 0 ? { retryAfterMs: seconds * 1000 } : {}),
  };
}

export function describeFailure(error: unknown): ReplayFailure {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.['code'];
    return failure(
      typeof code === 'string' ? code : 'SERVER',
      first?.message ?? error.message,
      first?.extensions?.['retryAfter'],
    );
  }
  if (ServerError.is(error)) {
    const { statusCode, response } = error;
    return failure(`HTTP_${statusCode}`, error.message, response.headers.get('retry-after'));
  }
  if (error instanceof UploadError) {
    // 401 is the session (renewed or ended by the fetch), 408 and 429 a busy server.
    const transient = error.status >= 500 || [401, 408, 429].includes(error.status);
    return failure(transient ? `HTTP_${error.status}` : 'UPLOAD_REFUSED', error.message);
  }
  return failure('NETWORK', error instanceof Error ? error.message : String(error));
}
