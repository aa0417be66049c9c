import { createGraphQLError } from 'graphql-yoga';
import type { Db } from '../db/db.js';
import { ErrorCode } from '../graphql/errors.js';
import { loadPrincipal, type Principal } from '../org/principal.js';
import type { TokenRejection, VerifyToken } from './token-verifier.js';

// Real tokens are a few KB at most; anything longer is not worth verifying.
const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{1,8192})$/i;

export type Authenticate = (request: Request) => Promise<Principal | null>;

const MESSAGES: Record<TokenRejection, string> = {
  TOKEN_EXPIRED: 'Your session has expired: renew the token and try again',
  TOKEN_INVALID: 'The access token is not valid: sign in again',
};

/**
 * A request whose token was refused fails as a whole with HTTP 401 (RFC 6750), so that the
 * client renews an expired token and replays the request instead of showing anonymous data.
 */
function refused(reason: TokenRejection) {
  return createGraphQLError(MESSAGES[reason], {
    extensions: {
      code: ErrorCode.UNAUTHENTICATED,
      reason,
      http: {
        status: 401,
        headers: {
          'www-authenticate': `Bearer error="invalid_token", error_description="${reason}"`,
        },
      },
    },
  });
}

/**
 * Who sent the request: null without a token (anonymous), the person named by a valid
 * token, and a 401 error for a token that is expired, forged, malformed, or names nobody.
 */
export function createAuthenticator(db: Db, verify: VerifyToken): Authenticate {
  return async (request) => {
    const header = request.headers.get('authorization');
    if (header === null || header === '') return null;
    const token = BEARER.exec(header)?.[1];
    if (!token) throw refused('TOKEN_INVALID');
    const verification = await verify(token);
    if ('rejected' in verification) throw refused(verification.rejected);
    const principal = await loadPrincipal(db, verification.identity);
    if (!principal) throw refused('TOKEN_INVALID');
    return principal;
  };
}
