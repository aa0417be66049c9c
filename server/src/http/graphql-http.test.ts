import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../app.js';
import type { Db } from '../db/db.js';
import { demoPeople } from '../seed/generate-network.js';
import { createTestApp, testConfig, type TestApp } from '../test-support/test-app.js';

const oidc = {
  issuer: 'https://sso.example',
  audience: 'piazza',
  jwksUrl: 'https://sso.example/jwks',
};

interface ErrorBody {
  data?: unknown;
  errors: { message: string; extensions: { code: string } }[];
}

describe('the HTTP surface', () => {
  let t: TestApp;
  let production: App;
  beforeAll(async () => {
    t = await createTestApp();
    production = createApp({
      db: t.db,
      config: testConfig({ production: true, demoIssuer: false, oidc }),
    });
  });
  afterAll(() => t.close());

  function post(
    body: BodyInit,
    headers: Record<string, string> = {},
    app = t.app,
  ): Promise<Response> {
    return app.fetch(
      new Request('http://piazza.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
      } as RequestInit),
    );
  }

  /** The response is a GraphQL error with this code, and nothing internal leaks. */
  async function expectGraphQLError(response: Response, code: string): Promise<ErrorBody> {
    const text = await response.text();
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(text).not.toMatch(/stack|originalError|node_modules|\/work\/|\bat [\w.]+ \(/);
    const body = JSON.parse(text) as ErrorBody;
    expect(body.errors.map((e) => e.extensions.code)).toContain(code);
    return body;
  }

  it('reports health, and readiness from the database', async () => {
    const health = await t.app.fetch(new Request('http://piazza.test/healthz'));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await t.app.fetch(new Request('http://piazza.test/readyz'))).status).toBe(200);
    const broken: Db = { ...t.db, query: () => Promise.reject(new Error('connection refused')) };
    const down = createApp({ db: broken, config: testConfig() });
    expect((await down.fetch(new Request('http://piazza.test/readyz'))).status).toBe(503);
    expect((await down.fetch(new Request('http://piazza.test/healthz'))).status).toBe(200);
  });

  it('answers malformed JSON with a BAD_REQUEST error', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    await expectGraphQLError(response, 'BAD_REQUEST');
  });

  it('answers a form post or plain text with a GraphQL error', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await post('query={me{locale}}', { 'content-type': type });
      expect(response.status, type).toBe(415);
      await expectGraphQLError(response, 'BAD_REQUEST');
    }
  });

  it('refuses a body over 100 KB, declared or streamed', async () => {
    const huge = JSON.stringify({
      query: `{ me { locale } }`,
      variables: { pad: 'x'.repeat(200_000) },
    });
    const declared = await post(huge);
    expect(declared.status).toBe(413);
    await expectGraphQLError(declared, 'PAYLOAD_TOO_LARGE');
    const chunk = new TextEncoder().encode('x'.repeat(10_000));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 1000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const streamed = await post(stream);
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(20);
  });

  it('answers garbage query text, 50 aliases and unknown fields with coded errors', async () => {
    await expectGraphQLError(
      await post(JSON.stringify({ query: '}}} not graphql {{{' })),
      'GRAPHQL_PARSE_FAILED',
    );
    await expectGraphQLError(await post(JSON.stringify({ query: 42 })), 'BAD_REQUEST');
    await expectGraphQLError(await post('[{"query":"{ me { locale } }"}]'), 'BAD_REQUEST');
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: me { locale }`).join(' ');
    const body = await expectGraphQLError(
      await post(JSON.stringify({ query: `{ ${aliases} }` })),
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(body.errors[0]?.message).toMatch(/Aliases limit of 15/);
    expect(body.data).toBeUndefined();
    await expectGraphQLError(
      await post(JSON.stringify({ query: '{ secrets }' })),
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('refuses a deeply nested query', async () => {
    let selection = 'name';
    for (let i = 0; i < 30; i++) selection = `ofType { ${selection} }`;
    const bomb = JSON.stringify({
      query: `{ __type(name: "Query") { fields { type { ${selection} } } } }`,
    });
    const body = await expectGraphQLError(
      await post(bomb, {}, production),
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(body.errors.map((e) => e.message).join(' ')).toMatch(
      /(depth|cost) limit of \d+ exceeded/i,
    );
  });

  it('hides the schema in production and shows it in development', async () => {
    const introspection = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
    const hidden = await expectGraphQLError(
      await post(introspection, {}, production),
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(hidden.data).toBeUndefined();
    expect(await (await post(introspection)).json()).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
    });
    const page = (app: App) =>
      app.fetch(new Request('http://piazza.test/graphql', { headers: { accept: 'text/html' } }));
    expect((await page(t.app)).headers.get('content-type')).toMatch(/text\/html/);
    const refused = await page(production);
    expect(refused.headers.get('content-type')).not.toMatch(/text\/html/);
    await expectGraphQLError(refused, 'BAD_REQUEST');
  });

  it('masks internal errors: no message, no stack', async () => {
    const failing: Db = {
      ...t.db,
      query: (sql, params) =>
        /from articles/.test(sql)
          ? Promise.reject(new Error('relation "secret_table" is broken'))
          : t.db.query(sql, params),
    };
    const app = createApp({ db: failing, config: testConfig() });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const token = await t.tokenFor('person-demo-admin');
    const response = await post(
      JSON.stringify({ query: '{ newsFeed { edges { cursor } } }' }),
      { authorization: `Bearer ${token}` },
      app,
    );
    const text = await response.clone().text();
    expect(text).not.toContain('secret_table');
    const body = await expectGraphQLError(response, 'INTERNAL_SERVER_ERROR');
    expect(body.errors[0]?.message).toBe('Unexpected error.');
    // The operator still sees what happened.
    expect(String(logged.mock.calls[0]?.[1])).toContain('secret_table');
    logged.mockRestore();
  });

  it('lists the demo people and signs them in', async () => {
    const people = await t.app.fetch(new Request('http://piazza.test/auth/demo/people'));
    const list = (await people.json()) as {
      id: string;
      displayName: string;
      roles: string[];
      countryName: string;
      brandName: string;
      locale: string;
      job: string;
      countryCode: string;
    }[];
    expect(list.map((p) => p.id)).toEqual(demoPeople.map((p) => p.id));
    expect(list[0]).toEqual({
      id: 'person-demo-fr-sales',
      displayName: 'Camille Laurent',
      job: 'SALESPERSON',
      roles: ['EMPLOYEE'],
      countryCode: 'FR',
      countryName: 'France',
      brandName: 'Veyra',
      locale: 'fr',
    });

    const issued = await t.app.fetch(
      new Request('http://piazza.test/auth/demo/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ personId: 'person-demo-pl-sales' }),
      }),
    );
    expect(issued.status).toBe(200);
    const { accessToken, expiresAt } = (await issued.json()) as {
      accessToken: string;
      expiresAt: string;
    };
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(59 * 60_000);
    const [header] = accessToken.split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString())).toMatchObject({
      alg: 'ES256',
    });
    const me = await post(JSON.stringify({ query: '{ me { person { id } locale } }' }), {
      authorization: `Bearer ${accessToken}`,
    });
    expect(await me.json()).toEqual({
      data: { me: { person: { id: 'person-demo-pl-sales' }, locale: 'pl' } },
    });

    // Tokens survive a restart: a new app on the same database accepts them.
    const restarted = createApp({ db: t.db, config: testConfig() });
    const again = await post(
      JSON.stringify({ query: '{ me { person { id } } }' }),
      { authorization: `Bearer ${accessToken}` },
      restarted,
    );
    expect(await again.json()).toEqual({
      data: { me: { person: { id: 'person-demo-pl-sales' } } },
    });
  });

  it('refuses bad demo sign-ins', async () => {
    const token = (body: string) =>
      t.app.fetch(new Request('http://piazza.test/auth/demo/token', { method: 'POST', body }));
    expect((await token('{"personId":"person-nobody"}')).status).toBe(404);
    expect((await token('not json')).status).toBe(400);
    expect((await token('{"personId":42}')).status).toBe(400);
  });

  it('has no demo issuer in production', async () => {
    expect(
      (await production.fetch(new Request('http://piazza.test/auth/demo/people'))).status,
    ).toBe(404);
    const token = await production.fetch(
      new Request('http://piazza.test/auth/demo/token', {
        method: 'POST',
        body: JSON.stringify({ personId: 'person-demo-admin' }),
      }),
    );
    expect(token.status).toBe(404);
  });
});
