import type { Db } from '../db/db.js';
import { loadPrincipal, type Principal } from '../org/principal.js';
import type { VerifyToken } from './token-verifier.js';

// Real tokens are a few KB at most; anything longer is not worth verifying.
const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{1,8192})$/i;

export type Authenticate = (request: Request) => Promise<Principal | null>;

/** Who sent the request: the person named by a valid bearer token, else null (anonymous). */
export function createAuthenticator(db: Db, verify: VerifyToken): Authenticate {
  return async (request) => {
    const match = BEARER.exec(request.headers.get('authorization') ?? '');
    if (!match?.[1]) return null;
    const identity = await verify(match[1]);
    return identity ? loadPrincipal(db, identity) : null;
  };
}
