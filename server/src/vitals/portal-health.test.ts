import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoVitals, DEMO_VITALS_DAYS } from '../seed/demo-vitals.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { vitalsAppNames } from './vitals-apps.js';
import { purgeExpiredVitals } from './vitals-retention.js';
import { testConfig } from '../test-support/test-app.js';

const ADMIN = 'person-demo-admin';
const REGION_MANAGER = 'person-demo-de-region';

interface Row {
  key: string;
  samples: number;
  lcp: number | null;
  inp: number | null;
  cls: number | null;
  ttfb: number | null;
}

interface Health {
  from: string;
  to: string;
  byApp: Row[];
  byLocale: Row[];
  byCountry: Row[];
  byDay: Row[];
}

const HEALTH = `query ($days: Int, $app: String, $locale: String, $countryCode: String) {
  portalHealth(days: $days, app: $app, locale: $locale, countryCode: $countryCode) {
    from to
    byApp { key samples lcp inp cls ttfb }
    byLocale { key samples lcp inp cls ttfb }
    byCountry { key samples lcp inp cls ttfb }
    byDay { key samples lcp inp cls ttfb }
  } }`;

/** The UTC day `ago` days before today, as the server files samples. */
const dayAgo = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);

describe('portal health', () => {
  let t: TestApp;
  let adminToken: string;

  const health = async (variables: Record<string, unknown>, token = adminToken) =>
    t.graphql<{ portalHealth: Health }>(HEALTH, { token, variables });
  const insert = (rows: [number, string, string, string, string, number][]) =>
    t.db.query(
      `insert into web_vitals (day, app, locale, country_code, name, value)
       select (now() at time zone 'utc')::date - s.ago, s.app, s.locale, s.country, s.name, s.value
       from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[])
         as s(ago, app, locale, country, name, value)`,
      [0, 1, 2, 3, 4, 5].map((column) => rows.map((row) => row[column])),
    );

  beforeAll(async () => {
    t = await createTestApp();
    adminToken = await t.tokenFor(ADMIN);
  });
  afterAll(() => t.close());

  it('gives the exact p75 of each vital per app, locale, country and day, sorted by key', async () => {
    await t.db.query('delete from web_vitals');
    await insert([
      // News in France today: LCP 1000, 2000, 3000, 4000 → p75 = 3000 + 0.25 × 1000.
      [0, 'news', 'fr', 'FR', 'LCP', 1000],
      [0, 'news', 'fr', 'FR', 'LCP', 2000],
      [0, 'news', 'fr', 'FR', 'LCP', 3000],
      [0, 'news', 'fr', 'FR', 'LCP', 4000],
      [0, 'news', 'fr', 'FR', 'CLS', 0.02],
      // Ticketing in Italy yesterday, partly in English.
      [1, 'ticketing', 'it', 'IT', 'INP', 100],
      [1, 'ticketing', 'it', 'IT', 'INP', 300],
      [1, 'ticketing', 'en', 'IT', 'TTFB', 500],
      // Outside a week: not counted.
      [7, 'news', 'fr', 'FR', 'LCP', 99_000],
    ]);
    const { data, errors } = await health({ days: 7 });
    expect(errors).toBeUndefined();
    const row = (key: string, samples: number, p: Partial<Row>) => ({
      key,
      samples,
      lcp: null,
      inp: null,
      cls: null,
      ttfb: null,
      ...p,
    });
    expect(data?.portalHealth).toEqual({
      from: dayAgo(6),
      to: dayAgo(0),
      byApp: [
        row('news', 5, { lcp: 3250, cls: 0.02 }),
        row('ticketing', 3, { inp: 250, ttfb: 500 }),
      ],
      byLocale: [
        row('en', 1, { ttfb: 500 }),
        row('fr', 5, { lcp: 3250, cls: 0.02 }),
        row('it', 2, { inp: 250 }),
      ],
      byCountry: [row('FR', 5, { lcp: 3250, cls: 0.02 }), row('IT', 3, { inp: 250, ttfb: 500 })],
      byDay: [
        row(dayAgo(1), 3, { inp: 250, ttfb: 500 }),
        row(dayAgo(0), 5, { lcp: 3250, cls: 0.02 }),
      ],
    });
    const eightDays = await health({ days: 8 });
    expect(eightDays.data?.portalHealth.byApp[0]).toMatchObject({ key: 'news', samples: 6 });
  });

  it('narrows every dimension by app, locale and country', async () => {
    const { data } = await health({ days: 7, app: 'ticketing', locale: 'it', countryCode: 'IT' });
    expect(data?.portalHealth.byApp).toEqual([
      { key: 'ticketing', samples: 2, lcp: null, inp: 250, cls: null, ttfb: null },
    ]);
    expect(data?.portalHealth.byDay.map((row) => row.key)).toEqual([dayAgo(1)]);
    const nowhere = await health({ days: 7, countryCode: 'PL' });
    expect(nowhere.data?.portalHealth.byCountry).toEqual([]);
  });

  it('looks back 1 to 90 days, to admins only', async () => {
    for (const days of [0, 91, -3]) {
      const { errors } = await health({ days });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await health({ days: 90 })).data?.portalHealth.from).toBe(dayAgo(89));
    expect((await health({})).data?.portalHealth.from).toBe(dayAgo(27));
    const manager = await health({ days: 7 }, await t.tokenFor(REGION_MANAGER));
    expect(manager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(manager.data).toBeNull();
  });

  it('keeps the 90 days portal health can show and deletes older samples', async () => {
    await t.db.query('delete from web_vitals');
    await insert([
      [89, 'news', 'fr', 'FR', 'LCP', 1],
      [90, 'news', 'fr', 'FR', 'LCP', 2],
      [400, 'news', 'fr', 'FR', 'LCP', 3],
    ]);
    expect(await purgeExpiredVitals(t.db)).toBe(2);
    const left = await t.db.query<{ value: number }>('select value from web_vitals');
    expect(left).toEqual([{ value: 1 }]);
  });

  it('seeds four weeks of realistic samples for every app, set-based', async () => {
    await t.db.query('delete from web_vitals');
    await seedDemoVitals(t.db);
    const [{ count }] = (await t.db.query<{ count: number }>(
      'select count(*)::int as count from web_vitals',
    )) as [{ count: number }];
    expect(count).toBeGreaterThan(2000);
    expect(count).toBeLessThan(8000);
    const { data } = await health({ days: 90 });
    const portal = data!.portalHealth;
    expect(portal.byDay.length).toBe(DEMO_VITALS_DAYS);
    const apps = [...(await vitalsAppNames(testConfig().distDir))].sort();
    expect(portal.byApp.map((row) => row.key)).toEqual(apps);
    expect(portal.byCountry.map((row) => row.key)).toEqual(
      (await t.db.query<{ code: string }>('select code from countries order by code')).map(
        (country) => country.code,
      ),
    );
    const [overall] = await t.db.query<Omit<Row, 'key' | 'samples'> & { big_shifts: number }>(
      `select percentile_cont(0.75) within group (order by value) filter (where name = 'LCP') as lcp,
              percentile_cont(0.75) within group (order by value) filter (where name = 'INP') as inp,
              percentile_cont(0.75) within group (order by value) filter (where name = 'CLS') as cls,
              percentile_cont(0.75) within group (order by value) filter (where name = 'TTFB') as ttfb,
              (avg((value >= 0.1)::int) filter (where name = 'CLS'))::float8 as big_shifts
       from web_vitals`,
    );
    expect(overall!.lcp).toBeGreaterThan(1800);
    expect(overall!.lcp).toBeLessThan(3000);
    expect(overall!.inp).toBeGreaterThan(120);
    expect(overall!.inp).toBeLessThan(260);
    expect(overall!.cls).toBeLessThan(0.1);
    expect(overall!.big_shifts).toBeLessThan(0.1);
    expect(overall!.ttfb).toBeGreaterThan(250);
    expect(overall!.ttfb).toBeLessThan(600);
    // Chile is far from the servers: its pages are slower to arrive.
    const chile = portal.byCountry.find((row) => row.key === 'CL')!;
    const italy = portal.byCountry.find((row) => row.key === 'IT')!;
    expect(chile.ttfb!).toBeGreaterThan(italy.ttfb!);
  });
});
