import { createRemoteJWKSet } from 'jose';
import type { OidcConfig } from '../config.js';
import type { TrustedIssuer } from './token-verifier.js';

/** The group's single sign-on: its key set is fetched (and cached) from its JWKS URL. */
export function oidcIssuer(config: OidcConfig): TrustedIssuer {
  return {
    issuer: config.issuer,
    audience: config.audience,
    keys: createRemoteJWKSet(new URL(config.jwksUrl)),
    // People are known to the SSO and to Piazza by their e-mail address.
    identify: (payload) => {
      const email = typeof payload.email === 'string' ? payload.email : payload.sub;
      return email ? { email } : null;
    },
  };
}
