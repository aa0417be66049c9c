import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { PEER_HEADER } from './client-address.js';
import { createRateLimits } from './rate-limits.js';

const MUTATION = 'mutation { setAuditRetention(days: 730) { retentionDays } }';
const LIMITS = {
  windowSeconds: 60,
  mutationsPerPerson: 3,
  mutationsPerAddress: 5,
  signInsPerAddress: 2,
};

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ rateLimits: LIMITS });
  });
  afterAll(() => t.close());

  const mutate = async (personId: string, address: string) =>
    t.app.yoga.fetch('http://piazza.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await t.tokenFor(personId)}`,
        [PEER_HEADER]: address,
      },
      body: JSON.stringify({ query: MUTATION }),
    });

  it('refuses a person’s mutations over the limit with 429 and when to retry; others go on', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await mutate('person-demo-admin', '10.0.0.1')).status).toBe(200);
    }
    const refused = await mutate('person-demo-admin', '10.0.0.2');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // The refused call changed nothing: there are three entries, not four.
    const audit = await t.db.query(`select 1 from audit_log where action = 'audit.retention'`);
    expect(audit).toHaveLength(3);
    // Reads are not limited.
    const read = await t.graphql('{ me { person { id } } }', {
      token: await t.tokenFor('person-demo-admin'),
    });
    expect(read.errors).toBeUndefined();
  });

  it('counts every caller from one address together', async () => {
    // 10.0.0.1 made 3 calls above; two more are allowed, whoever makes them.
    const others = ['person-demo-fr-sales', 'person-demo-it-editor'];
    for (const personId of others) {
      expect((await mutate(personId, '10.0.0.1')).status).not.toBe(429);
    }
    expect((await mutate('person-demo-pl-sales', '10.0.0.1')).status).toBe(429);
  });

  it('limits demo sign-ins per address', async () => {
    const signIn = (address: string) =>
      t.app.fetch(
        new Request('http://piazza.test/auth/demo/token', {
          method: 'POST',
          headers: { 'content-type': 'application/json', [PEER_HEADER]: address },
          body: JSON.stringify({ personId: 'person-demo-fr-sales' }),
        }),
      );
    expect((await signIn('10.0.0.9')).status).toBe(200);
    expect((await signIn('10.0.0.9')).status).toBe(200);
    const refused = await signIn('10.0.0.9');
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect((await signIn('10.0.0.10')).status).toBe(200);
  });

  it('counts the connection’s address, not one a client claims', async () => {
    const server = createServer(t.app.handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`http://127.0.0.1:${port}/auth/demo/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [PEER_HEADER]: `192.0.2.${i}` },
          body: JSON.stringify({ personId: 'person-demo-fr-sales' }),
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe.runIf(process.env.TEST_REDIS_URL)('rate limits shared through Redis', () => {
  it('counts calls to two server instances together', async () => {
    const namespace = `piazza-test:${randomBytes(6).toString('hex')}`;
    const url = process.env.TEST_REDIS_URL;
    const one = createRateLimits(LIMITS, url, namespace);
    const two = createRateLimits(LIMITS, url, namespace);
    try {
      await Promise.all([one.ready, two.ready]);
      const waits = [
        await one.mutation('person-x', '10.1.0.1'),
        await two.mutation('person-x', '10.1.0.2'),
        await one.mutation('person-x', '10.1.0.3'),
        await two.mutation('person-x', '10.1.0.4'),
      ];
      expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
      expect(waits[3]).toBeGreaterThan(0);
    } finally {
      await one.close();
      await two.close();
    }
  });
});
