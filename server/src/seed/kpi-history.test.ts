import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.js';
import { createTestDb } from '../test-support/test-db.js';
import { kpiDefinitions, kpiId } from './data/kpis.js';
import { generateNetwork } from './generate-network.js';
import { historyMonths, seedKpiCatalogue, seedKpiHistory } from './kpi-history.js';
import { seedDatabase } from './load-network.js';

const TODAY = new Date('2026-11-15T10:00:00Z');

describe('the KPI seed', () => {
  let db: Db;
  let seconds: number;
  const one = async <T>(sql: string, params: unknown[] = []) =>
    (await db.query<T>(sql, params))[0]!;

  beforeAll(async () => {
    db = await createTestDb();
    await seedDatabase(db, generateNetwork({ scale: 0.2 }));
    const started = performance.now();
    await seedKpiCatalogue(db);
    await seedKpiHistory(db, TODAY);
    seconds = (performance.now() - started) / 1000;
  });
  afterAll(() => db.close());

  it('names every KPI of every brand × country with dealers, in every locale', async () => {
    const { places, kpis } = await one<{ places: number; kpis: number }>(
      `select (select count(distinct (d.brand_id, r.country_code))::int
               from dealers d join regions r on r.id = d.region_id) as places,
              (select count(*)::int from kpis) as kpis`,
    );
    expect(kpis).toBe(places * kpiDefinitions.length);
    const gb = await one<{ currency: string; names: Record<string, string> }>(
      'select currency, names from kpis where id = $1',
      [kpiId('veyra', 'GB', 'SERVICE_REVENUE')],
    );
    expect(gb.currency).toBe('GBP');
    expect(Object.keys(gb.names).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl']);
  });

  it('measures every dealer for the 24 months before the reference month', async () => {
    const { first, last } = historyMonths(TODAY);
    expect([first, last]).toEqual(['2024-11-01', '2026-10-01']);
    const row = await one<{ months: number; dealers: number; missing: number }>(
      `select count(distinct month)::int as months, count(distinct dealer_id)::int as dealers,
              (select count(*)::int from dealers) * ${kpiDefinitions.length} * 24 - count(*)::int
                as missing
       from kpi_measurements where subject = ''`,
    );
    expect(row).toEqual({ months: 24, dealers: expect.any(Number), missing: 0 });
    console.log(`KPI seed at scale 0.2: ${seconds.toFixed(2)} s`);
  });

  it('meets about half the targets, with some near and some missed', async () => {
    const shares = await one<{ met: number; near: number }>(
      `select avg((case when k.higher_is_better then m.value / t.target
                        else t.target / m.value end >= 1)::int)::float8 as met,
              avg((case when k.higher_is_better then m.value / t.target
                        else t.target / m.value end between 0.9 and 1)::int)::float8 as near
       from kpi_measurements m
       join kpi_targets t using (kpi_id, dealer_id, subject, period_start)
       join kpis k on k.id = m.kpi_id
       cross join lateral (select case when k.rollup = 'RATIO' then m.value / m.base
                                       else m.value end as actual) a
       where m.subject = '' and k.rollup <> 'RATIO' and m.value > 0`,
    );
    expect(shares.met).toBeGreaterThan(0.3);
    expect(shares.met).toBeLessThan(0.65);
    expect(shares.near).toBeGreaterThan(0.1);
  });

  it('peaks new-car sales in March and September in Great Britain', async () => {
    const months = await db.query<{ m: number; total: number }>(
      `select date_part('month', month)::int as m, sum(value)::float8 as total
       from kpi_measurements where kpi_id like 'kpi-%-gb-new-vehicle-sales' and subject = ''
       group by 1 order by total desc`,
    );
    expect(
      months
        .slice(0, 2)
        .map((row) => row.m)
        .sort(),
    ).toEqual([3, 9]);
  });

  it('splits the PERSON KPIs among the salespeople exactly and gives the workshop its hours', async () => {
    const { mismatched, persons } = await one<{ mismatched: number; persons: number }>(
      `select count(*) filter (where d.value <> coalesce(p.total, -1))::int as mismatched,
              sum(p.n)::int as persons
       from kpi_measurements d
       join kpis k on k.id = d.kpi_id and k.breakdown = 'PERSON'
       left join lateral (select sum(value) as total, count(*) as n from kpi_measurements p
                          where p.kpi_id = d.kpi_id and p.dealer_id = d.dealer_id
                            and p.period_start = d.period_start and p.subject <> '') p on true
       where d.subject = ''`,
    );
    expect(mismatched).toBe(0);
    expect(persons).toBeGreaterThan(0);
    const { teams } = await one<{ teams: number }>(
      `select count(*)::int as teams from kpi_measurements m
       join teams t on t.id = m.subject and t.kind = 'WORKSHOP'`,
    );
    expect(teams).toBeGreaterThan(0);
  });

  it('fills the roll-ups from the dealer rows', async () => {
    const { stale } = await one<{ stale: number }>(
      `select count(*)::int as stale from kpi_rollups u
       join lateral (select sum(m.value) as value_sum from kpi_measurements m
                     join dealers d on d.id = m.dealer_id join regions r on r.id = d.region_id
                     where m.kpi_id = u.kpi_id and m.month = u.month and m.subject = ''
                       and (u.level = 'REGION' and d.region_id = u.scope_id
                            or u.level = 'COUNTRY' and r.country_code = u.scope_id)) m on true
       where abs(u.value_sum - m.value_sum) > 1e-6`,
    );
    expect(stale).toBe(0);
    expect(await one<{ n: number }>('select count(*)::int as n from kpi_rollups')).not.toEqual({
      n: 0,
    });
  });
});
