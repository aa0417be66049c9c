import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTokenVerifier } from './token-verifier.js';

describe('token verification', () => {
  afterEach(() => vi.useRealTimers());

  it('remembers a verified token until it expires, then refuses it as expired', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
    const verify = createTokenVerifier([
      {
        issuer: 'https://sso.example',
        audience: 'piazza',
        keys: createLocalJWKSet({ keys: [jwk] }),
        identify: (payload) => (payload.sub ? { personId: payload.sub } : null),
      },
    ]);
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setIssuer('https://sso.example')
      .setAudience('piazza')
      .setSubject('person-1')
      .setExpirationTime(now + 60)
      .sign(privateKey);
    expect(await verify(token)).toEqual({ identity: { personId: 'person-1' } });
    expect(await verify(token)).toEqual({ identity: { personId: 'person-1' } });
    vi.useFakeTimers({ now: (now + 61) * 1000 });
    expect(await verify(token)).toEqual({ rejected: 'TOKEN_EXPIRED' });
    // A token altered after a good one was remembered is checked on its own.
    expect(await verify(`${token.slice(0, -4)}AAAA`)).toEqual({ rejected: 'TOKEN_INVALID' });
  });
});
