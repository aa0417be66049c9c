import { decodeJwt, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Identity } from '../org/principal.js';

/** An issuer whose tokens the server accepts, and how its tokens name a person. */
export interface TrustedIssuer {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
  algorithms?: string[];
  identify(payload: JWTPayload): Identity | null;
}

/** Why a token was refused; the client renews an expired token and gives up on the rest. */
export type TokenRejection = 'TOKEN_EXPIRED' | 'TOKEN_INVALID';

export type Verification = { identity: Identity } | { rejected: TokenRejection };

export type VerifyToken = (token: string) => Promise<Verification>;

const INVALID: { rejected: TokenRejection } = { rejected: 'TOKEN_INVALID' };

/** Verified tokens remembered, so a session's requests verify its signature once. */
const MAX_REMEMBERED = 10_000;

/** Failures that say the issuer cannot be reached, not that the token is bad. */
function isOutage(error: unknown): boolean {
  return error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError);
}

/**
 * Verifies signature, issuer, audience and expiry against the issuer the token claims
 * to come from (the claim only selects the key set; nothing is trusted before the
 * signature is checked). A token that fails is refused, never treated as anonymous, so
 * the client learns to renew it.
 */
export function createTokenVerifier(issuers: TrustedIssuer[]): VerifyToken {
  // A signature, once checked, stays good until the token expires: only the expiry is
  // checked again. The person behind it is still loaded per request, so an erasure or a
  // change of roles applies at once.
  const remembered = new Map<string, { identity: Identity; expiresAtMs: number }>();
  return async (token) => {
    const known = remembered.get(token);
    if (known && Date.now() < known.expiresAtMs) return { identity: known.identity };
    remembered.delete(token);
    const verification = await verify(token);
    if ('identity' in verification) {
      if (remembered.size >= MAX_REMEMBERED) {
        // Maps iterate in insertion order: forget the oldest.
        remembered.delete(remembered.keys().next().value!);
      }
      remembered.set(token, {
        identity: verification.identity,
        expiresAtMs: verification.expiresAtMs,
      });
      return { identity: verification.identity };
    }
    return verification;
  };

  async function verify(
    token: string,
  ): Promise<{ identity: Identity; expiresAtMs: number } | { rejected: TokenRejection }> {
    let claimedIssuer: string | undefined;
    try {
      claimedIssuer = decodeJwt(token).iss;
    } catch {
      return INVALID;
    }
    const trusted = issuers.find((candidate) => candidate.issuer === claimedIssuer);
    if (!trusted) return INVALID;
    try {
      const { payload } = await jwtVerify(token, trusted.keys, {
        issuer: trusted.issuer,
        audience: trusted.audience,
        requiredClaims: ['exp'],
        ...(trusted.algorithms ? { algorithms: trusted.algorithms } : {}),
      });
      const identity = trusted.identify(payload);
      return identity ? { identity, expiresAtMs: payload.exp! * 1000 } : INVALID;
    } catch (error) {
      if (isOutage(error)) console.warn(`Cannot verify tokens of ${trusted.issuer}:`, error);
      // Only a token whose signature checked out may be called expired: a forged one
      // learns nothing about why it failed.
      return error instanceof errors.JWTExpired ? { rejected: 'TOKEN_EXPIRED' } : INVALID;
    }
  }
}
