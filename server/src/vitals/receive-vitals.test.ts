import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEER_HEADER } from '../http/client-address.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { VITALS_PATH } from './receive-vitals.js';
import { MAX_SAMPLES_PER_BEACON, MAX_VITALS_BODY_BYTES } from './vitals-samples.js';

const CAMILLE = 'person-demo-fr-sales';
const GIULIA = 'person-demo-it-area';

interface StoredSample {
  day: string;
  app: string;
  locale: string;
  country_code: string;
  name: string;
  value: number;
}

const sample = (overrides: Record<string, unknown> = {}) => ({
  app: 'news',
  locale: 'fr',
  name: 'LCP',
  value: 1834.5,
  ...overrides,
});

describe('web vitals sent by portals', () => {
  let t: TestApp;

  const send = (body: unknown, type = 'application/json', address = '10.1.0.1') =>
    t.app.fetch(
      new Request(`http://piazza.test${VITALS_PATH}`, {
        method: 'POST',
        headers: { 'content-type': type, [PEER_HEADER]: address },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
  const beacon = async (personId: string, samples: unknown[]) =>
    send({ token: await t.tokenFor(personId), samples });
  const refusalOf = async (response: Response) => {
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.message).not.toMatch(/\n\s+at /); // a reason, never a stack
    return `${response.status} ${error.code}`;
  };
  const stored = () =>
    t.db.query<StoredSample>(
      `select to_char(day, 'YYYY-MM-DD') as day, app, locale, country_code, name, value
       from web_vitals order by value`,
    );

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('stores each sample under today (UTC) and the country of the person the token names', async () => {
    await t.db.query('delete from web_vitals');
    const today = new Date().toISOString().slice(0, 10);
    const camille = await beacon(CAMILLE, [
      // A country in the body is not the sender's to choose.
      sample({ countryCode: 'IT', country_code: 'IT' }),
      sample({ app: 'shell', name: 'TTFB', value: 212 }),
      sample({ name: 'CLS', value: 0.042 }),
    ]);
    expect(camille.status).toBe(204);
    expect(await camille.text()).toBe('');
    const giulia = await beacon(GIULIA, [
      sample({ app: 'ticketing', locale: 'it', name: 'INP', value: 96 }),
    ]);
    expect(giulia.status).toBe(204);
    expect(await stored()).toEqual([
      { day: today, app: 'news', locale: 'fr', country_code: 'FR', name: 'CLS', value: 0.042 },
      { day: today, app: 'ticketing', locale: 'it', country_code: 'IT', name: 'INP', value: 96 },
      { day: today, app: 'shell', locale: 'fr', country_code: 'FR', name: 'TTFB', value: 212 },
      { day: today, app: 'news', locale: 'fr', country_code: 'FR', name: 'LCP', value: 1834.5 },
    ]);
  });

  it('refuses a token that is missing, forged or expired with 401 and stores nothing', async () => {
    await t.db.query('delete from web_vitals');
    expect(await refusalOf(await send({ samples: [sample()] }))).toBe('401 UNAUTHENTICATED');
    expect(await refusalOf(await send({ token: 42, samples: [sample()] }))).toBe('400 BAD_REQUEST');
    expect(await refusalOf(await send({ token: 'not.a.token', samples: [sample()] }))).toBe(
      '401 UNAUTHENTICATED',
    );
    const expired = await t.signWithDemoKey({
      sub: CAMILLE,
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    expect(await refusalOf(await send({ token: expired, samples: [sample()] }))).toBe(
      '401 UNAUTHENTICATED',
    );
    const nobody = await t.tokenFor('person-who-does-not-exist');
    expect(await refusalOf(await send({ token: nobody, samples: [sample()] }))).toBe(
      '401 UNAUTHENTICATED',
    );
    expect(await stored()).toEqual([]);
  });

  it('refuses what is not a beacon with a JSON error naming the problem', async () => {
    await t.db.query('delete from web_vitals');
    const token = await t.tokenFor(CAMILLE);
    expect(await refusalOf(await send('{"token":', 'application/json'))).toBe('400 BAD_REQUEST');
    expect(await refusalOf(await send([sample()]))).toBe('400 BAD_REQUEST');
    expect(await refusalOf(await send({ token, samples: [] }))).toBe('400 BAD_REQUEST');
    expect(await refusalOf(await send({ token, samples: [sample()] }, 'text/plain'))).toBe(
      '415 BAD_REQUEST',
    );
    const problems: [Record<string, unknown>, RegExp][] = [
      [{ name: 'FCP' }, /samples\[1\]\.name/],
      [{ value: -1 }, /samples\[1\]\.value/],
      [{ value: '1200' }, /samples\[1\]\.value/],
      [{ value: 120_000 }, /samples\[1\]\.value is over/],
      [{ name: 'CLS', value: 50 }, /samples\[1\]\.value is over/],
      [{ app: '<script>' }, /samples\[1\]\.app/],
      [{ app: 'casino' }, /Unknown app "casino"/],
      [{ locale: 'xx' }, /Unknown locale "xx"/],
    ];
    for (const [bad, message] of problems) {
      const response = await send({ token, samples: [sample(), sample(bad)] });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
        message,
      );
    }
    // JSON numbers beyond a double are Infinity once parsed.
    const infinite = `{"token":"${token}","samples":[{"app":"news","locale":"fr","name":"LCP","value":1e999}]}`;
    expect(await refusalOf(await send(infinite))).toBe('400 BAD_REQUEST');
    expect(await stored()).toEqual([]);
  });

  it('takes at most 50 samples and 16 KB per beacon', async () => {
    await t.db.query('delete from web_vitals');
    const token = await t.tokenFor(CAMILLE);
    const full = Array.from({ length: MAX_SAMPLES_PER_BEACON }, (_, i) => sample({ value: i }));
    expect((await send({ token, samples: full })).status).toBe(204);
    expect(await refusalOf(await send({ token, samples: [...full, sample()] }))).toBe(
      '400 BAD_REQUEST',
    );
    const padded = { token, samples: [sample()], padding: 'x'.repeat(MAX_VITALS_BODY_BYTES) };
    expect(await refusalOf(await send(padded))).toBe('413 PAYLOAD_TOO_LARGE');
    expect((await stored()).length).toBe(MAX_SAMPLES_PER_BEACON);
  });
});

describe('the rate limit of web vitals', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      rateLimits: {
        windowSeconds: 60,
        mutationsPerPerson: 2,
        mutationsPerAddress: 100,
        signInsPerAddress: 10,
      },
    });
  });
  afterAll(() => t.close());

  const beacon = async (personId: string) =>
    t.app.fetch(
      new Request(`http://piazza.test${VITALS_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: await t.tokenFor(personId), samples: [sample()] }),
      }),
    );

  it('refuses a person’s beacons over the limit with 429 and when to retry; others go on', async () => {
    expect((await beacon(CAMILLE)).status).toBe(204);
    expect((await beacon(CAMILLE)).status).toBe(204);
    const refused = await beacon(CAMILLE);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
    expect((await beacon(GIULIA)).status).toBe(204);
    const [{ count }] = (await t.db.query<{ count: number }>(
      'select count(*)::int as count from web_vitals',
    )) as [{ count: number }];
    expect(count).toBe(3);
  });
});
