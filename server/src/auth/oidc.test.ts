import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../app.js';
import { testConfig, createTestApp, type TestApp } from '../test-support/test-app.js';

const ISSUER = 'https://sso.group.example';
const ME = '{ me { person { id } } }';

describe('tokens of the group SSO (OIDC)', () => {
  let t: TestApp;
  let app: App;
  let jwks: Server;
  let ssoKey: CryptoKey;
  /** The key set the SSO publishes at the moment. */
  let served: JWK[];

  beforeAll(async () => {
    t = await createTestApp();
    const pair = await generateKeyPair('RS256');
    ssoKey = pair.privateKey;
    served = [{ ...(await exportJWK(pair.publicKey)), kid: 'sso-1', alg: 'RS256' }];
    jwks = createServer((_req, res) => {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ keys: served }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    const oidc = {
      issuer: ISSUER,
      audience: 'piazza-prod',
      jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
    };
    app = createApp({
      db: t.db,
      config: testConfig({ production: true, demoIssuer: false, oidc }),
    });
  });
  afterAll(async () => {
    await new Promise((resolve) => jwks.close(resolve));
    await t.close();
  });

  async function me(
    claims: Record<string, unknown>,
    issuer = ISSUER,
    key = { privateKey: ssoKey, kid: 'sso-1' },
  ): Promise<unknown> {
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: key.kid })
      .setIssuer(issuer)
      .setAudience('piazza-prod')
      .setExpirationTime('5m')
      .sign(key.privateKey);
    const response = await app.yoga.fetch('http://piazza.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: ME }),
    });
    const body = (await response.json()) as { data?: { me: unknown }; errors?: unknown[] };
    return body.errors ? 'refused' : body.data?.me;
  }

  it('finds the person by the e-mail claim, ignoring case', async () => {
    const person = t.network.people.find((p) => p.id === 'person-demo-it-editor');
    expect(await me({ sub: 'sso-opaque-id-1', email: person?.email.toUpperCase() })).toEqual({
      person: { id: 'person-demo-it-editor' },
    });
  });

  it('falls back to the subject when it is the e-mail', async () => {
    const person = t.network.people.find((p) => p.id === 'person-demo-admin');
    expect(await me({ sub: person?.email })).toEqual({ person: { id: 'person-demo-admin' } });
  });

  it('refuses unknown people, other issuers, and demo tokens in production', async () => {
    expect(await me({ sub: 'x', email: 'nobody@nowhere.example' })).toBe('refused');
    const person = t.network.people.find((p) => p.id === 'person-demo-admin');
    expect(await me({ email: person?.email }, 'https://evil.example')).toBe('refused');
    const demoToken = await t.tokenFor('person-demo-admin');
    const response = await app.yoga.fetch('http://piazza.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${demoToken}` },
      body: JSON.stringify({ query: ME }),
    });
    expect(response.status).toBe(401);
  });

  it('follows a key rotation: a new key is fetched, the withdrawn one refused', async () => {
    const person = t.network.people.find((p) => p.id === 'person-demo-admin');
    const next = await generateKeyPair('RS256');
    served = [{ ...(await exportJWK(next.publicKey)), kid: 'sso-2', alg: 'RS256' }];
    // jose refetches a key set for an unknown key id at most every 30 s.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31_000 });
    try {
      const rotated = { privateKey: next.privateKey, kid: 'sso-2' };
      expect(await me({ email: person?.email }, ISSUER, rotated)).toEqual({
        person: { id: 'person-demo-admin' },
      });
      expect(await me({ email: person?.email })).toBe('refused');
    } finally {
      vi.useRealTimers();
    }
  });
});
