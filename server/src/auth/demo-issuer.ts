import { createLocalJWKSet, SignJWT, type JWTVerifyGetKey } from 'jose';
import { DEMO_ALGORITHM, type DemoKeys } from './demo-keys.js';
import type { TrustedIssuer } from './token-verifier.js';

export const DEMO_ISSUER = 'piazza-demo';
export const DEMO_AUDIENCE = 'piazza';

export interface IssuedToken {
  accessToken: string;
  /** ISO 8601. */
  expiresAt: string;
}

export interface DemoIssuer {
  /** Verifies demo tokens through the same path as the SSO's, with a JWKS of the demo key. */
  trustedIssuer: TrustedIssuer;
  issueToken(personId: string): Promise<IssuedToken>;
}

/** Caches a successful load; a failed one is retried on the next call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/**
 * The built-in issuer for standalone and dev mode: it signs a token for any person who
 * exists, with no password. Its keys load on first use so that creating the app stays
 * synchronous. Tokens live `lifetimeSeconds` (the config's `demoTokenSeconds`).
 */
export function createDemoIssuer(
  loadKeys: () => Promise<DemoKeys>,
  options: { lifetimeSeconds: number },
): DemoIssuer {
  const lifetime = options.lifetimeSeconds;
  const keys = once(loadKeys);
  const keySet = once(async () => createLocalJWKSet({ keys: [(await keys()).publicJwk] }));
  const getKey: JWTVerifyGetKey = async (header, token) => (await keySet())(header, token);
  return {
    trustedIssuer: {
      issuer: DEMO_ISSUER,
      audience: DEMO_AUDIENCE,
      keys: getKey,
      algorithms: [DEMO_ALGORITHM],
      identify: (payload) => (payload.sub ? { personId: payload.sub } : null),
    },
    async issueToken(personId) {
      const { privateKey, publicJwk } = await keys();
      const now = Math.floor(Date.now() / 1000);
      const accessToken = await new SignJWT({})
        .setProtectedHeader({
          alg: DEMO_ALGORITHM,
          typ: 'JWT',
          ...(publicJwk.kid ? { kid: publicJwk.kid } : {}),
        })
        .setIssuer(DEMO_ISSUER)
        .setAudience(DEMO_AUDIENCE)
        .setSubject(personId)
        .setIssuedAt(now)
        .setExpirationTime(now + lifetime)
        .sign(privateKey);
      return { accessToken, expiresAt: new Date((now + lifetime) * 1000).toISOString() };
    },
  };
}
