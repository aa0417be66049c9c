import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GraphQLBody, type TestApp } from '../test-support/test-app.js';

const ME = `query Me {
  me {
    person { id displayName job dealer { id name city region { id name country { code name } } } }
    roles
    locale
    brand { id code name }
  }
}`;

interface MeData {
  me: {
    person: {
      id: string;
      displayName: string;
      job: string;
      dealer: null | { city: string; region: { country: { code: string } } };
    };
    roles: string[];
    locale: string;
    brand: { code: string };
  } | null;
}

describe('Query.me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const inFuture = () => Math.floor(Date.now() / 1000) + 600;

  it('is null without a token', async () => {
    const body = await t.graphql<MeData>(ME);
    expect(body).toEqual({ data: { me: null } });
  });

  it('describes the signed-in salesperson in Lyon', async () => {
    const body = await t.graphql<MeData>(ME, { token: await t.tokenFor('person-demo-fr-sales') });
    expect(body.errors).toBeUndefined();
    expect(body.data?.me).toMatchObject({
      person: {
        id: 'person-demo-fr-sales',
        displayName: 'Camille Laurent',
        job: 'SALESPERSON',
        dealer: {
          city: 'Lyon',
          region: { name: 'Auvergne-Rhône-Alpes', country: { code: 'FR', name: 'France' } },
        },
      },
      roles: ['EMPLOYEE'],
      locale: 'fr',
      brand: { id: 'brand-veyra', code: 'veyra', name: 'Veyra' },
    });
  });

  it('gives managers above dealer level no dealer and their own roles', async () => {
    const body = await t.graphql<MeData>(ME, { token: await t.tokenFor('person-demo-de-region') });
    expect(body.data?.me).toMatchObject({
      person: { job: 'REGION_MANAGER', dealer: null },
      roles: ['REGION_MANAGER'],
      locale: 'de',
      brand: { code: 'norvik' },
    });
  });

  /** A refused token fails the whole request with 401 and says whether renewing helps. */
  async function expectRefused(token: string, reason: 'TOKEN_EXPIRED' | 'TOKEN_INVALID') {
    const response = await t.post(ME, { token });
    expect(response.status, token).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('invalid_token');
    const body = (await response.json()) as GraphQLBody;
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason });
  }

  it('refuses a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('piazza-demo')
      .setAudience('piazza')
      .setSubject('person-demo-admin')
      .setExpirationTime(inFuture())
      .sign(privateKey);
    await expectRefused(forged, 'TOKEN_INVALID');
  });

  it('asks for renewal of an expired token, and only of a genuine one', async () => {
    const exp = Math.floor(Date.now() / 1000) - 120;
    await expectRefused(
      await t.signWithDemoKey({ sub: 'person-demo-admin', exp }),
      'TOKEN_EXPIRED',
    );
    const { privateKey } = await generateKeyPair('ES256');
    const forgedExpired = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('piazza-demo')
      .setAudience('piazza')
      .setSubject('person-demo-admin')
      .setExpirationTime(exp)
      .sign(privateKey);
    await expectRefused(forgedExpired, 'TOKEN_INVALID');
  });

  it('refuses a token meant for another audience or from another issuer', async () => {
    const sub = 'person-demo-admin';
    await expectRefused(
      await t.signWithDemoKey({ sub, exp: inFuture(), aud: 'other-app' }),
      'TOKEN_INVALID',
    );
    await expectRefused(
      await t.signWithDemoKey({ sub, exp: inFuture(), iss: 'someone-else' }),
      'TOKEN_INVALID',
    );
  });

  it('refuses an unsigned token, garbage, or a person who does not exist', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const claims = { iss: 'piazza-demo', aud: 'piazza', sub: 'person-demo-admin', exp: inFuture() };
    const unsigned = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    const ghost = await t.tokenFor('person-nobody');
    for (const token of [unsigned, 'garbage', 'a.b.c', ghost, 'x'.repeat(9000)]) {
      await expectRefused(token, 'TOKEN_INVALID');
    }
  });
});
