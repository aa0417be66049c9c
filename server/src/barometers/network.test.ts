import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Barometer, BarometerScope, KpiCell } from '../generated/resolvers.js';
import { createTestApp, type GraphQLBody, type TestApp } from '../test-support/test-app.js';
import {
  fixtureKpiId,
  insertDealer,
  insertKpis,
  insertKpiValues,
  insertPerson,
  type FixtureKpi,
} from './barometer-fixtures.js';

/**
 * Norvik in Germany: the region manager's region (region-de-05, three Norvik dealers and
 * one Lumo dealer in the seed) and another region with one Norvik dealer added here;
 * Norvik in Great Britain for the group, with its revenue in pounds.
 */
const NORVIK = 'brand-norvik';
const REGION = 'region-de-05';
const OTHER_REGION = 'region-de-02';
const OTHER_DEALER = 'dealer-test-de-other';
const REGION_MANAGER = 'person-demo-de-region';
const COUNTRY_MANAGER = 'person-test-de-country';
const ADMIN = 'person-demo-admin';
const EDITOR = 'person-demo-it-editor';
const EMPLOYEE = 'person-demo-fr-sales';

const KPIS: FixtureKpi[] = [
  { code: 'T_SALES', unit: 'COUNT', rollup: 'SUM' },
  { code: 'T_CSI', unit: 'SCORE', rollup: 'AVERAGE' },
  { code: 'T_CONV', unit: 'PERCENT', rollup: 'RATIO' },
  { code: 'T_LEAD_TIME', unit: 'MINUTES', rollup: 'AVERAGE', higherIsBetter: false },
];
const de = (code: string) => fixtureKpiId(NORVIK, 'DE', code);
const gb = (code: string) => fixtureKpiId(NORVIK, 'GB', code);

const BAROMETER = `query ($scope: BarometerScopeInput!, $period: String!,
    $compareTo: BarometerComparison, $locale: String) {
  barometer(scope: $scope, period: $period, compareTo: $compareTo, locale: $locale) {
    scope { level id name brand { id } country { code } }
    period comparisonPeriod trendPeriods
    kpis { id code name currency higherIsBetter }
    rows { level id name city cells { kpiId currency actual target attainment status comparison trend rank rankOf } }
    rollups { level id name cells { kpiId currency actual target attainment status comparison trend rank rankOf } }
  } }`;
const SCOPES = '{ barometerScopes { level id name brand { id name } country { code } } }';

describe('the network barometer', () => {
  let t: TestApp;
  let dealers: string[];
  const tokens: Record<string, string> = {};
  const ask = async (
    person: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLBody<{ barometer: Barometer }>> =>
    t.graphql(BAROMETER, { token: tokens[person], variables });
  const barometer = async (person: string, variables: Record<string, unknown>) => {
    const body = await ask(person, variables);
    expect(body.errors).toBeUndefined();
    return body.data!.barometer;
  };
  const region = { level: 'REGION', id: REGION, brandId: NORVIK };
  const cell = (row: { cells: KpiCell[] }, code: string, b: Barometer) =>
    row.cells[b.kpis.findIndex((kpi) => kpi.code === code)]!;
  const rowOf = (b: Barometer, id: string) => b.rows.find((row) => row.id === id)!;

  beforeAll(async () => {
    t = await createTestApp();
    dealers = (
      await t.db.query<{ id: string }>(
        'select id from dealers where region_id = $1 and brand_id = $2 order by id',
        [REGION, NORVIK],
      )
    ).map((row) => row.id);
    await insertDealer(t.db, {
      id: OTHER_DEALER,
      regionId: OTHER_REGION,
      brandId: NORVIK,
      name: 'Autohaus Anderswo',
    });
    await insertPerson(t.db, {
      id: COUNTRY_MANAGER,
      brandId: NORVIK,
      countryCode: 'DE',
      grant: ['REGION_MANAGER', 'country', 'DE'],
    });
    await insertKpis(t.db, { brandId: NORVIK, countryCode: 'DE' }, [
      ...KPIS,
      { code: 'T_REVENUE', unit: 'CURRENCY', rollup: 'SUM', currency: 'EUR' },
    ]);
    await insertKpis(t.db, { brandId: NORVIK, countryCode: 'GB' }, [
      { code: 'T_SALES', unit: 'COUNT', rollup: 'SUM' },
      { code: 'T_REVENUE', unit: 'CURRENCY', rollup: 'SUM', currency: 'GBP' },
      { code: 'T_ONLY_GB', unit: 'COUNT', rollup: 'SUM' },
    ]);
    const gbDealer = (
      await t.db.query<{ id: string }>(
        `select d.id from dealers d join regions r on r.id = d.region_id
         where r.country_code = 'GB' and d.brand_id = $1 order by d.id limit 1`,
        [NORVIK],
      )
    )[0]!.id;
    const [d1, d2, d3] = dealers as [string, string, string];
    await insertKpiValues(t.db, [
      // Sales: 30 of 10 (met), 9 of 10 (near), 5 of 10 (missed); July and August for trends.
      { kpiId: de('T_SALES'), dealerId: d1, month: '2025-09', value: 7 },
      { kpiId: de('T_SALES'), dealerId: d1, month: '2026-07', value: 10, target: 10 },
      { kpiId: de('T_SALES'), dealerId: d1, month: '2026-08', value: 20, target: 10 },
      { kpiId: de('T_SALES'), dealerId: d1, month: '2026-09', value: 30, target: 10 },
      { kpiId: de('T_SALES'), dealerId: d2, month: '2026-09', value: 9, target: 10 },
      { kpiId: de('T_SALES'), dealerId: d3, month: '2026-09', value: 5, target: 10 },
      { kpiId: de('T_SALES'), dealerId: OTHER_DEALER, month: '2026-09', value: 100, target: 10 },
      { kpiId: de('T_CSI'), dealerId: d1, month: '2026-07', value: 80, target: 85 },
      { kpiId: de('T_CSI'), dealerId: d1, month: '2026-08', value: 90, target: 85 },
      { kpiId: de('T_CSI'), dealerId: d1, month: '2026-09', value: 70, target: 85 },
      { kpiId: de('T_CONV'), dealerId: d1, month: '2026-09', value: 5, base: 20, target: 0.3 },
      { kpiId: de('T_CONV'), dealerId: d2, month: '2026-09', value: 15, base: 30, target: 0.3 },
      { kpiId: de('T_LEAD_TIME'), dealerId: d1, month: '2026-09', value: 30, target: 60 },
      { kpiId: de('T_LEAD_TIME'), dealerId: d2, month: '2026-09', value: 120, target: 60 },
      { kpiId: de('T_REVENUE'), dealerId: d1, month: '2026-09', value: 1000, target: 900 },
      { kpiId: gb('T_SALES'), dealerId: gbDealer, month: '2026-09', value: 50, target: 40 },
      { kpiId: gb('T_REVENUE'), dealerId: gbDealer, month: '2026-09', value: 800, target: 1000 },
    ]);
    for (const person of [REGION_MANAGER, COUNTRY_MANAGER, ADMIN, EDITOR, EMPLOYEE]) {
      tokens[person] = await t.tokenFor(person);
    }
  });
  afterAll(() => t.close());

  it('gives each role its scopes, broadest first, and nobody else any', async () => {
    const scopes = async (person: string) =>
      (await t.graphql<{ barometerScopes: BarometerScope[] }>(SCOPES, { token: tokens[person] }))
        .data!.barometerScopes;
    expect(await scopes(REGION_MANAGER)).toEqual([
      {
        level: 'REGION',
        id: REGION,
        name: expect.any(String),
        brand: { id: NORVIK, name: 'Norvik' },
        country: { code: 'DE' },
      },
    ]);
    expect(await scopes(COUNTRY_MANAGER)).toEqual([
      {
        level: 'COUNTRY',
        id: 'DE',
        name: 'Germany',
        brand: { id: NORVIK, name: 'Norvik' },
        country: { code: 'DE' },
      },
    ]);
    const admin = await scopes(ADMIN);
    expect(admin.map((scope) => [scope.level, scope.id, scope.brand.id])).toEqual(
      ['brand-castello', 'brand-lumo', 'brand-norvik', 'brand-veyra'].map((b) => [
        'GROUP',
        null,
        b,
      ]),
    );
    expect(await scopes(EDITOR)).toEqual([]);
    expect(await scopes(EMPLOYEE)).toEqual([]);
  });

  it("rolls up a region's dealers month by month, with ranks, statuses and comparisons", async () => {
    const b = await barometer(REGION_MANAGER, { scope: region, period: '2026-09', locale: 'de' });
    expect(b.kpis.map((kpi) => kpi.code)).toEqual([...KPIS.map((k) => k.code), 'T_REVENUE']);
    expect(b.kpis[0]!.name).toBe('T_SALES auf Deutsch');
    expect(b.rows.map((row) => row.id).sort()).toEqual(dealers);
    expect(b.trendPeriods).toHaveLength(12);
    expect(b.trendPeriods.at(-1)).toBe('2026-09');
    expect(b.comparisonPeriod).toBe('2026-08');
    const [d1, d2, d3] = dealers.map((id) => rowOf(b, id)) as [never, never, never];
    expect(cell(d1, 'T_SALES', b)).toMatchObject({
      actual: 30,
      target: 10,
      attainment: 3,
      status: 'MET',
      comparison: 20,
      rank: 1,
      rankOf: 3,
    });
    expect(cell(d1, 'T_SALES', b).trend).toEqual([...Array(9).fill(null), 10, 20, 30]);
    expect(cell(d2, 'T_SALES', b)).toMatchObject({ attainment: 0.9, status: 'NEAR', rank: 2 });
    expect(cell(d3, 'T_SALES', b)).toMatchObject({ attainment: 0.5, status: 'MISSED', rank: 3 });
    expect(cell(d3, 'T_CSI', b)).toMatchObject({
      actual: null,
      status: 'NO_DATA',
      rank: null,
      rankOf: 1,
    });
    // Lower is better: 30 minutes against 60 is twice the target.
    expect(cell(d1, 'T_LEAD_TIME', b)).toMatchObject({ attainment: 2, status: 'MET', rank: 1 });
    expect(cell(d2, 'T_LEAD_TIME', b)).toMatchObject({
      attainment: 0.5,
      status: 'MISSED',
      rank: 2,
    });
    expect(cell(d1, 'T_CONV', b)).toMatchObject({ actual: 0.25, target: 0.3 });

    const [own, country] = b.rollups as [never, never];
    expect(b.rollups.map((row: { level: string; id: string }) => [row.level, row.id])).toEqual([
      ['REGION', REGION],
      ['COUNTRY', 'DE'],
    ]);
    expect(cell(own, 'T_SALES', b)).toMatchObject({
      actual: 44,
      target: 30,
      rank: null,
      rankOf: null,
    });
    // RATIO: (5 + 15) / (20 + 30); AVERAGE: the dealers' mean.
    expect(cell(own, 'T_CONV', b).actual).toBeCloseTo(0.4);
    expect(cell(own, 'T_LEAD_TIME', b)).toMatchObject({ actual: 75, target: 60 });
    // The country's figure includes the other region's dealer, never its row.
    expect(cell(country, 'T_SALES', b)).toMatchObject({ actual: 144, target: 40 });
    expect(b.rows.some((row) => row.id === OTHER_DEALER)).toBe(false);
  });

  it('aggregates a quarter by each roll-up rule and compares with the same period last year', async () => {
    const b = await barometer(REGION_MANAGER, {
      scope: region,
      period: '2026-Q3',
      compareTo: 'SAME_PERIOD_LAST_YEAR',
    });
    expect(b.comparisonPeriod).toBe('2025-Q3');
    const d1 = rowOf(b, dealers[0]!);
    expect(cell(d1, 'T_SALES', b)).toMatchObject({
      actual: 60,
      target: 30,
      attainment: 2,
      comparison: 7,
    });
    expect(cell(d1, 'T_CSI', b)).toMatchObject({ actual: 80, target: 85 });
    expect(cell(d1, 'T_CSI', b).attainment).toBeCloseTo(80 / 85);
    expect(cell(d1, 'T_CSI', b).status).toBe('NEAR');
    const month = await barometer(REGION_MANAGER, {
      scope: region,
      period: '2026-09',
      compareTo: 'SAME_PERIOD_LAST_YEAR',
    });
    expect(cell(rowOf(month, dealers[0]!), 'T_SALES', month).comparison).toBe(7);
  });

  it('hides another region, another brand and the country from a region manager', async () => {
    for (const scope of [
      { level: 'REGION', id: OTHER_REGION, brandId: NORVIK },
      { level: 'REGION', id: REGION, brandId: 'brand-lumo' },
      { level: 'REGION', id: 'region-nowhere', brandId: NORVIK },
      { level: 'COUNTRY', id: 'DE', brandId: NORVIK },
      { level: 'GROUP', brandId: NORVIK },
    ]) {
      const body = await ask(REGION_MANAGER, { scope, period: '2026-09' });
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(scope)).toBe('NOT_FOUND');
    }
    for (const person of [EDITOR, EMPLOYEE]) {
      const body = await ask(person, { scope: region, period: '2026-09' });
      expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('refuses a period that is not a month or a quarter, and a dealer as a table', async () => {
    const body = await ask(REGION_MANAGER, { scope: region, period: '2026-13' });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'period',
      reason: 'INVALID_PERIOD',
    });
    const dealer = await ask(REGION_MANAGER, {
      scope: { level: 'DEALER', id: dealers[0], brandId: NORVIK },
      period: '2026-09',
    });
    expect(dealer.errors?.[0]?.extensions).toMatchObject({
      field: 'scope',
      reason: 'NOT_APPLICABLE',
    });
    const outside = await ask(REGION_MANAGER, {
      scope: { level: 'DEALER', id: OTHER_DEALER, brandId: NORVIK },
      period: '2026-09',
    });
    expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("gives a country manager the country's regions from the roll-ups", async () => {
    const b = await barometer(COUNTRY_MANAGER, {
      scope: { level: 'COUNTRY', id: 'DE', brandId: NORVIK },
      period: '2026-09',
    });
    expect(b.rows.map((row) => [row.level, row.id]).sort()).toEqual([
      ['REGION', OTHER_REGION],
      ['REGION', REGION],
    ]);
    expect(cell(rowOf(b, REGION), 'T_SALES', b)).toMatchObject({ actual: 44, rank: 2, rankOf: 2 });
    expect(cell(rowOf(b, OTHER_REGION), 'T_SALES', b)).toMatchObject({ actual: 100, rank: 1 });
    expect(b.rollups.map((row) => row.id)).toEqual(['DE']);
    expect(cell(b.rollups[0]!, 'T_SALES', b).actual).toBe(144);
  });

  it("gives admins the group's countries, adding up only what shares a unit", async () => {
    const b = await barometer(ADMIN, {
      scope: { level: 'GROUP', brandId: NORVIK },
      period: '2026-09',
    });
    expect(b.kpis.map((kpi) => [kpi.code, kpi.currency])).toEqual([
      ['T_SALES', null],
      ['T_REVENUE', null],
    ]);
    expect(b.rows.map((row) => row.id).sort()).toEqual(['DE', 'GB']);
    // Each country's amounts in its own currency, named by its cell.
    expect(cell(rowOf(b, 'GB'), 'T_REVENUE', b)).toMatchObject({
      actual: 800,
      attainment: 0.8,
      currency: 'GBP',
    });
    expect(cell(rowOf(b, 'DE'), 'T_REVENUE', b).currency).toBe('EUR');
    expect(cell(rowOf(b, 'DE'), 'T_SALES', b).currency).toBeNull();
    const [group] = b.rollups;
    expect(group).toMatchObject({ level: 'GROUP', id: NORVIK });
    expect(cell(group!, 'T_SALES', b)).toMatchObject({ actual: 194, target: 80 });
    expect(cell(group!, 'T_REVENUE', b)).toMatchObject({
      actual: null,
      status: 'NO_DATA',
      currency: null,
    });
  });
});
