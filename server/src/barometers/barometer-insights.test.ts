import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DealerBarometer, EngagementBarometer, NetworkTheme } from '../generated/resolvers.js';
import { seedActiveDays } from '../seed/active-days-history.js';
import { seedMustReadHistory } from '../seed/must-read-history.js';
import { PEOPLE } from '../news/reach.js';
import { meantFor } from '../news/visibility.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import {
  fixtureKpiId,
  insertArticle,
  insertDealer,
  insertKpis,
  insertKpiValues,
  insertTicket,
} from './barometer-fixtures.js';

/**
 * The region manager's region (Norvik, region-de-05): its first dealer's people, tickets,
 * must-reads and comments in May 2025, when the seed is quiet.
 */
const NORVIK = 'brand-norvik';
const REGION = 'region-de-05';
const OTHER_DEALER = 'dealer-test-de-other';
const REGION_MANAGER = 'person-demo-de-region';
const EMPLOYEE = 'person-demo-fr-sales';
const SALES = fixtureKpiId(NORVIK, 'DE', 'T_SALES');

const ENGAGEMENT = `query ($scope: BarometerScopeInput!, $period: String!) {
  engagementBarometer(scope: $scope, period: $period) {
    period rows { level id name people activePeople mustReadsExpected mustReadsAcknowledged
      ticketsResolved ticketsResolvedWithinSla }
    rollups { level id people activePeople mustReadsExpected mustReadsAcknowledged
      ticketsResolved ticketsResolvedWithinSla } } }`;
const THEMES = `query ($scope: BarometerScopeInput!, $period: String!, $locale: String) {
  networkThemes(scope: $scope, period: $period, locale: $locale) {
    kind id label count previousCount byRegion { region { id } count } } }`;
const DEALER = `query ($id: ID!, $period: String!) {
  dealerBarometer(dealerId: $id, period: $period) {
    dealer { id region { id } } period
    kpis { kpi { code } current { actual target status rank rankOf trend }
      points { period actual target } breakdown { id name actual target } }
    tickets { openOnTrack openAtRisk openBreached resolved resolvedWithinSla }
    engagement { level id people activePeople mustReadsExpected mustReadsAcknowledged
      ticketsResolved ticketsResolvedWithinSla } } }`;

describe('the barometer insights', () => {
  let t: TestApp;
  let token: string;
  let d1: string;
  let d2: string;
  let staff: string[];
  const region = { level: 'REGION', id: REGION, brandId: NORVIK };

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenFor(REGION_MANAGER);
    [d1, d2] = (
      await t.db.query<{ id: string }>(
        'select id from dealers where region_id = $1 and brand_id = $2 order by id',
        [REGION, NORVIK],
      )
    ).map((row) => row.id) as [string, string];
    staff = (
      await t.db.query<{ id: string }>('select id from people where dealer_id = $1 order by id', [
        d1,
      ])
    ).map((row) => row.id);
    const [active, alsoActive, erased, activeInAugust] = staff as [string, string, string, string];
    await t.db.query(`update people set erased_at = now() where id = $1`, [erased]);
    await t.db.query(
      `insert into person_active_days (person_id, day) values
         ($1, '2025-05-03'), ($1, '2025-05-04'), ($2, '2025-05-30'), ($3, '2025-05-05'),
         ($4, '2025-04-30')`,
      [active, alsoActive, erased, activeInAugust],
    );
    await insertDealer(t.db, {
      id: OTHER_DEALER,
      regionId: 'region-de-02',
      brandId: NORVIK,
      name: 'Autohaus Anderswo',
    });
    await insertArticle(t.db, {
      id: 'article-test-must-read',
      brandId: NORVIK,
      countryCode: 'DE',
      publishedAt: '2025-05-10T08:00:00Z',
      mustRead: true,
      tags: ['recall', 'ev'],
    });
    await insertArticle(t.db, {
      id: 'article-test-august',
      brandId: NORVIK,
      countryCode: 'DE',
      publishedAt: '2025-04-10T08:00:00Z',
      mustRead: true,
    });
    await t.db.query(
      `insert into article_reads (article_id, person_id, acknowledged_at)
       values ('article-test-must-read', $1, '2025-05-11T08:00:00Z')`,
      [active],
    );
    const ticket = (id: string, times: Record<string, string>, categoryId?: string) =>
      insertTicket(t.db, { id, dealerId: d1, reporterId: active, categoryId, ...times } as never);
    // Resolved in September: one within its service levels, one answered days late.
    await ticket('ticket-test-met', {
      createdAt: '2025-05-10T08:00:00Z',
      respondedAt: '2025-05-10T09:00:00Z',
      resolvedAt: '2025-05-10T12:00:00Z',
    });
    await ticket('ticket-test-late', {
      createdAt: '2025-05-01T08:00:00Z',
      respondedAt: '2025-05-05T08:00:00Z',
      resolvedAt: '2025-05-06T08:00:00Z',
    });
    // Resolved in May in another region of the country: the country's roll-up counts it.
    await insertTicket(t.db, {
      id: 'ticket-test-elsewhere',
      dealerId: OTHER_DEALER,
      reporterId: active,
      createdAt: '2025-05-12T08:00:00Z',
      respondedAt: '2025-05-12T08:30:00Z',
      resolvedAt: '2025-05-12T09:00:00Z',
    } as never);
    const quickly = (day: string) => ({
      createdAt: `${day}T08:00:00Z`,
      respondedAt: `${day}T08:30:00Z`,
      resolvedAt: `${day}T09:00:00Z`,
    });
    // The themes of March 2025 against February, a quiet time of the seed.
    for (const n of [1, 2, 3]) {
      await ticket(`ticket-test-feb-${n}`, quickly(`2025-02-0${n}`), 'category-crm-duplicate');
    }
    for (const n of [1, 2]) {
      await ticket(`ticket-test-mar-${n}`, quickly(`2025-03-0${n}`));
    }
    // Their handlers tagged one February and both March tickets #paint.
    await t.db.query(
      `update tickets set tags = '{paint}'
       where id in ('ticket-test-feb-1', 'ticket-test-mar-1', 'ticket-test-mar-2')`,
    );
    await t.db.query(
      `insert into article_comments (article_id, author_id, body, created_at)
       values ('article-test-must-read', $1, 'Wann kommt das Update?', '2025-03-12T08:00:00Z')`,
      [active],
    );
    // Open now: one filed an hour ago, one whose answer is two days late.
    await ticket('ticket-test-open', { createdAt: new Date(Date.now() - 3600_000).toISOString() });
    await ticket('ticket-test-breached', {
      createdAt: new Date(Date.now() - 2 * 86400_000).toISOString(),
    });
    await insertKpis(t.db, { brandId: NORVIK, countryCode: 'DE' }, [
      { code: 'T_SALES', unit: 'COUNT', rollup: 'SUM', breakdown: 'PERSON' },
    ]);
    await insertKpiValues(t.db, [
      { kpiId: SALES, dealerId: d1, month: '2023-06', value: 3, target: 4 },
      { kpiId: SALES, dealerId: d1, month: '2025-05', value: 30, target: 10 },
      { kpiId: SALES, dealerId: d2, month: '2025-05', value: 9, target: 10 },
      { kpiId: SALES, dealerId: d1, month: '2025-05', value: 20, target: 6, subject: active },
      { kpiId: SALES, dealerId: d1, month: '2025-05', value: 10, target: 4, subject: erased },
    ]);
  });
  afterAll(() => t.close());

  it("counts the region's people, must-reads and tickets per dealer, with the region's total", async () => {
    const body = await t.graphql<{ engagementBarometer: EngagementBarometer }>(ENGAGEMENT, {
      token,
      variables: { scope: region, period: '2025-05' },
    });
    expect(body.errors).toBeUndefined();
    const { rows, rollups } = body.data!.engagementBarometer;
    expect(rows.map((row) => row.level)).toEqual(['DEALER', 'DEALER', 'DEALER']);
    const people = staff.length - 1;
    expect(rows.find((row) => row.id === d1)).toMatchObject({
      people,
      activePeople: 2,
      mustReadsExpected: people,
      mustReadsAcknowledged: 1,
      ticketsResolved: 2,
      ticketsResolvedWithinSla: 1,
    });
    expect(rows.some((row) => row.id === OTHER_DEALER)).toBe(false);
    const sum = (field: 'people' | 'mustReadsExpected') =>
      rows.reduce((total, row) => total + row[field], 0);
    const [{ countryPeople }] = (await t.db.query<{ countryPeople: number }>(
      `select count(*)::int as "countryPeople" from people p
       join dealers d on d.id = p.dealer_id join regions r on r.id = d.region_id
       where d.brand_id = $1 and r.country_code = 'DE' and p.erased_at is null`,
      [NORVIK],
    )) as [{ countryPeople: number }];
    expect(rollups).toEqual([
      {
        level: 'REGION',
        id: REGION,
        people: sum('people'),
        activePeople: 2,
        mustReadsExpected: sum('mustReadsExpected'),
        mustReadsAcknowledged: 1,
        ticketsResolved: 2,
        ticketsResolvedWithinSla: 1,
      },
      // Its country as a whole, other regions' dealers included.
      {
        level: 'COUNTRY',
        id: 'DE',
        people: countryPeople,
        activePeople: 2,
        mustReadsExpected: expect.any(Number),
        mustReadsAcknowledged: 1,
        ticketsResolved: 3,
        ticketsResolvedWithinSla: 2,
      },
    ]);
  });

  it('lists the themes that moved most first, with their regions', async () => {
    const body = await t.graphql<{ networkThemes: NetworkTheme[] }>(THEMES, {
      token,
      variables: { scope: region, period: '2025-03', locale: 'de' },
    });
    expect(body.errors).toBeUndefined();
    expect(
      body.data!.networkThemes.map((theme) => [
        theme.kind,
        theme.id,
        theme.count,
        theme.previousCount,
      ]),
    ).toEqual([
      ['TICKET_CATEGORY', 'category-crm-duplicate', 0, 3],
      ['TICKET_CATEGORY', 'category-it', 2, 0],
      ['FEEDBACK_TAG', 'paint', 2, 1],
      ['COMMENT_TOPIC', 'ev', 1, 0],
      ['COMMENT_TOPIC', 'recall', 1, 0],
    ]);
    const it = body.data!.networkThemes[1]!;
    expect(it).toMatchObject({ label: 'IT', byRegion: [{ region: { id: REGION }, count: 2 }] });
    expect(body.data!.networkThemes[0]!.byRegion).toEqual([]);
  });

  it("shows a dealer's page: ranked cell, two years of points, people, tickets, engagement", async () => {
    const body = await t.graphql<{ dealerBarometer: DealerBarometer }>(DEALER, {
      token,
      variables: { id: d1, period: '2025-05' },
    });
    expect(body.errors).toBeUndefined();
    const page = body.data!.dealerBarometer;
    expect(page.dealer).toEqual({ id: d1, region: { id: REGION } });
    const [sales] = page.kpis;
    expect(sales!.current).toMatchObject({
      actual: 30,
      target: 10,
      status: 'MET',
      rank: 1,
      rankOf: 2,
    });
    expect(sales!.points).toHaveLength(24);
    expect(sales!.points[0]).toEqual({ period: '2023-06', actual: 3, target: 4 });
    expect(sales!.points.at(-1)).toEqual({ period: '2025-05', actual: 30, target: 10 });
    expect(sales!.points[1]).toEqual({ period: '2023-07', actual: null, target: null });
    expect(sales!.breakdown).toEqual([
      { id: staff[2], name: '', actual: 10, target: 4 },
      expect.objectContaining({ id: staff[0], actual: 20, target: 6 }),
    ]);
    expect(sales!.breakdown[1]!.name).not.toBe('');
    expect(page.tickets).toEqual({
      openOnTrack: 1,
      openAtRisk: 0,
      openBreached: 1,
      resolved: 2,
      resolvedWithinSla: 1,
    });
    expect(page.engagement).toMatchObject({ level: 'DEALER', id: d1, activePeople: 2 });
  });

  it("gives nothing of another region's dealer, nor to an employee", async () => {
    for (const [who, id] of [
      [token, OTHER_DEALER],
      [token, 'dealer-nowhere'],
      [await t.tokenFor(EMPLOYEE), d1],
    ] as const) {
      const body = await t.graphql(DEALER, { token: who, variables: { id, period: '2025-05' } });
      expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const themes = await t.graphql(THEMES, {
      token,
      variables: { scope: { ...region, id: 'region-de-02' }, period: '2025-05' },
    });
    expect(themes.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('records the day a person opens the portal, once', async () => {
    const me = '{ me { person { id } } }';
    await t.graphql(me, { token });
    await t.graphql(me, { token });
    const days = await t.db.query<{ n: number }>(
      'select count(*)::int as n from person_active_days where person_id = $1',
      [REGION_MANAGER],
    );
    expect(days[0]!.n).toBe(1);
  });

  it('seeds a year of working days on which most dealer people came, some rarely, some never', async () => {
    await seedActiveDays(t.db);
    const [seeded] = await t.db.query<{
      people: number;
      ever: number;
      often: number;
      weekend: number;
      outside: number;
    }>(
      `with seeded as (
         select p.id, count(a.day) as days,
                count(*) filter (where extract(isodow from a.day) > 5) as weekend,
                count(*) filter (where a.day >= current_date
                  or a.day < current_date - interval '13 months') as outside
         from people p
         left join person_active_days a on a.person_id = p.id and a.day > '2025-06-01'
         where p.dealer_id is not null and p.erased_at is null
         group by p.id)
       select count(*)::int as people, count(*) filter (where days > 0)::int as ever,
              count(*) filter (where days >= 12)::int as often,
              sum(weekend)::int as weekend, sum(outside)::int as outside
       from seeded`,
    );
    const { people, ever, often, weekend, outside } = seeded!;
    expect(ever / people).toBeGreaterThan(0.8);
    expect(ever).toBeLessThan(people);
    expect(often / people).toBeGreaterThan(0.4);
    expect(often).toBeLessThan(ever);
    expect(weekend + outside).toBe(0);
  });

  it('seeds who read and acknowledged the must-reads already due, on days they were active', async () => {
    await seedMustReadHistory(t.db);
    const [seeded] = await t.db.query<{
      asked: number;
      opened: number;
      acknowledged: number;
      open: number;
      demo: number;
      misplaced: number;
      inactive: number;
    }>(
      `with asked as (
         select a.id, a.published_at, a.must_read_by, p.id as person_id
         from articles a cross join people p left join dealers pd on pd.id = p.dealer_id
         where a.must_read and a.id not like 'article-test-%' and p.erased_at is null
           and ${meantFor(PEOPLE)})
       select count(*)::int as asked, count(r.opened_at)::int as opened,
              count(r.acknowledged_at)::int as acknowledged,
              count(r.opened_at) filter (where x.must_read_by >= now())::int as open,
              count(r.opened_at) filter (where x.person_id like 'person-demo-%')::int as demo,
              count(*) filter (where r.opened_at < x.published_at
                or r.acknowledged_at < r.opened_at)::int as misplaced,
              count(r.opened_at) filter (where not exists (select 1 from person_active_days d
                where d.person_id = r.person_id and d.day = r.opened_at::date))::int as inactive
       from asked x left join article_reads r on r.article_id = x.id and r.person_id = x.person_id`,
    );
    const { asked, opened, acknowledged, open, demo, misplaced, inactive } = seeded!;
    expect(opened / asked).toBeGreaterThan(0.4);
    expect(opened).toBeLessThan(asked);
    expect(acknowledged / opened).toBeGreaterThan(0.5);
    expect(acknowledged).toBeLessThan(opened);
    expect({ open, demo, misplaced, inactive }).toEqual({
      open: 0,
      demo: 0,
      misplaced: 0,
      inactive: 0,
    });
  });
});
