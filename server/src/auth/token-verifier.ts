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

export type VerifyToken = (token: string) => Promise<Identity | null>;

/** Failures that say the issuer cannot be reached, not that the token is bad. */
function isOutage(error: unknown): boolean {
  return error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError);
}

/**
 * Verifies signature, issuer, audience and expiry against the issuer the token claims
 * to come from (the claim only selects the key set; nothing is trusted before the
 * signature is checked). Any failure yields null: the request is anonymous.
 */
export function createTokenVerifier(issuers: TrustedIssuer[]): VerifyToken {
  return async (token) => {
    let claimedIssuer: string | undefined;
    try {
      claimedIssuer = decodeJwt(token).iss;
    } catch {
      return null;
    }
    const trusted = issuers.find((candidate) => candidate.issuer === claimedIssuer);
    if (!trusted) return null;
    try {
      const { payload } = await jwtVerify(token, trusted.keys, {
        issuer: trusted.issuer,
        audience: trusted.audience,
        requiredClaims: ['exp'],
        ...(trusted.algorithms ? { algorithms: trusted.algorithms } : {}),
      });
      return trusted.identify(payload);
    } catch (error) {
      if (isOutage(error)) console.warn(`Cannot verify tokens of ${trusted.issuer}:`, error);
      return null;
    }
  };
}
