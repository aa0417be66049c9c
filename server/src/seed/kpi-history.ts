/**
 * The barometers' demo data: the KPI catalogue of every brand × country with dealers, and
 * two years of monthly measurements and targets for every dealer, written by set-based SQL
 * so that a large `--scale` reaches millions of rows in seconds. Pseudo-randomness comes
 * from hashtext() of the row's identity: the network's own random sequence is not touched,
 * and the same network and reference month always give the same figures.
 */
import { refreshRollups, type RollupKey } from '../barometers/kpi-rollups.js';
import type { Db } from '../db/db.js';
import { kpiCurrency, kpiDefinitions, kpiId } from './data/kpis.js';

/**
 * How a KPI behaves at a medium dealer. VOLUME: `level` a month, grown by `growth` a year,
 * scaled by the dealer's size and the season; SCORE: `level` plus the dealer's quality
 * times `spread`, drifting by `growth` a year; RATIO: a rate of `level` over a base of
 * `baseLevel` a month. `noise` is the month-to-month wobble (relative for volumes);
 * `ambition` what a yearly target adds (relative for volumes, in the KPI's unit otherwise).
 */
interface HistoryModel {
  kind: 'VOLUME' | 'SCORE' | 'RATIO';
  level: number;
  spread: number;
  noise: number;
  growth: number;
  ambition: number;
  decimals: number;
  min: number;
  max: number;
  baseLevel: number;
  season: (country: string) => readonly number[];
}

// Months January…December. New-car registrations peak with the plate changes in March and
// September in Great Britain, sag in August where the summer holidays close dealers, and
// are low in December everywhere; the workshop is busy with tyre changes in spring and
// autumn.
const FLAT = Array<number>(12).fill(1);
const NEW_CARS = [0.85, 0.9, 1.15, 1.05, 1.05, 1.1, 0.95, 0.85, 1.1, 1.05, 1.0, 0.8];
const NEW_CARS_GB = [0.7, 0.45, 1.9, 0.85, 0.85, 0.95, 0.75, 0.35, 1.8, 0.9, 0.85, 0.7];
const NEW_CARS_AUGUST_OFF = [0.95, 1.0, 1.15, 1.05, 1.05, 1.15, 1.1, 0.45, 1.0, 1.05, 1.0, 0.8];
const USED_CARS = [0.9, 0.95, 1.1, 1.05, 1.05, 1.0, 0.95, 0.9, 1.0, 1.05, 1.0, 0.85];
const WORKSHOP = [0.95, 0.9, 1.0, 1.15, 1.0, 0.95, 0.95, 0.85, 0.95, 1.15, 1.2, 1.0];
const AUGUST_OFF = new Set(['IT', 'FR', 'ES']);

const withAugustOff = (pattern: readonly number[], country: string): readonly number[] =>
  AUGUST_OFF.has(country) ? pattern.map((factor, i) => (i === 7 ? factor * 0.6 : factor)) : pattern;
const newCars = (country: string) =>
  country === 'GB' ? NEW_CARS_GB : AUGUST_OFF.has(country) ? NEW_CARS_AUGUST_OFF : NEW_CARS;

const volume = (level: number, decimals: number, season: HistoryModel['season']) => ({
  kind: 'VOLUME' as const,
  level,
  spread: 0.1,
  noise: 0.12,
  growth: 0.03,
  ambition: 0.04,
  decimals,
  min: 0,
  max: Number.MAX_SAFE_INTEGER,
  baseLevel: 0,
  season,
});

const MODELS: Record<string, HistoryModel> = {
  NEW_VEHICLE_SALES: volume(24, 0, newCars),
  USED_VEHICLE_SALES: volume(17, 0, (country) => withAugustOff(USED_CARS, country)),
  SERVICE_REVENUE: volume(92_000, 0, (country) => withAugustOff(WORKSHOP, country)),
  // Accessories follow the new cars they are sold with, less steeply.
  ACCESSORIES_SALES: volume(13_500, 0, (country) => newCars(country).map((f) => (1 + f) / 2)),
  WORKSHOP_HOURS_SOLD: volume(540, 1, (country) => withAugustOff(WORKSHOP, country)),
  CSI: scoreModel(86, 4, 3, 0.5, 1, 0, 100),
  NPS: scoreModel(42, 12, 10, 1.5, 3, -100, 100),
  // Lower is better: better dealers answer faster, and targets ask for faster answers.
  LEAD_RESPONSE_TIME: scoreModel(95, -25, 20, -4, -6, 3, 600),
  LEAD_CONVERSION: ratioModel(0.15, 0.03, 0.03, 0.01, 110, newCars),
  FIRST_TIME_FIX_RATE: ratioModel(0.87, 0.04, 0.03, 0.01, 280, (c) => withAugustOff(WORKSHOP, c)),
};

function scoreModel(
  level: number,
  spread: number,
  noise: number,
  growth: number,
  ambition: number,
  min: number,
  max: number,
): HistoryModel {
  return {
    kind: 'SCORE',
    level,
    spread,
    noise,
    growth,
    ambition,
    decimals: 1,
    min,
    max,
    baseLevel: 0,
    season: () => FLAT,
  };
}

function ratioModel(
  level: number,
  spread: number,
  noise: number,
  ambition: number,
  baseLevel: number,
  season: HistoryModel['season'],
): HistoryModel {
  return {
    kind: 'RATIO',
    level,
    spread,
    noise,
    growth: 0.03,
    ambition,
    decimals: 0,
    min: 0,
    max: 1,
    baseLevel,
    season,
  };
}

/** What a euro of service buys in each currency, roughly: revenues read plausibly. */
const EUR_RATES: Readonly<Record<string, number>> = {
  EUR: 1,
  GBP: 0.86,
  PLN: 4.3,
  CHF: 0.94,
  CLP: 1000,
  CZK: 25,
  SEK: 11.5,
  DKK: 7.46,
  NOK: 11.7,
  HUF: 400,
};

/** The catalogue (data/kpis.ts) for every brand × country that has dealers. */
export async function seedKpiCatalogue(db: Db): Promise<void> {
  const places = await db.query<{ brandId: string; brandCode: string; countryCode: string }>(
    `select distinct b.id as "brandId", b.code as "brandCode", r.country_code as "countryCode"
     from dealers d join regions r on r.id = d.region_id join brands b on b.id = d.brand_id`,
    [],
  );
  const rows = places.flatMap((place) =>
    kpiDefinitions.map((kpi, position) => ({ ...place, kpi, position })),
  );
  await db.query(
    `insert into kpis (id, code, brand_id, country_code, names, descriptions, unit, currency,
                       higher_is_better, rollup, period, breakdown, position)
     select id, code, brand_id, country_code, names::jsonb, descriptions::jsonb, unit, currency,
            higher_is_better, rollup, 'MONTH', breakdown, position
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                 $7::text[], $8::text[], $9::boolean[], $10::text[], $11::text[], $12::int[])
       as k(id, code, brand_id, country_code, names, descriptions, unit, currency,
            higher_is_better, rollup, breakdown, position)
     on conflict (id) do nothing`,
    [
      rows.map((r) => kpiId(r.brandCode, r.countryCode, r.kpi.code)),
      rows.map((r) => r.kpi.code),
      rows.map((r) => r.brandId),
      rows.map((r) => r.countryCode),
      rows.map((r) => JSON.stringify(r.kpi.names)),
      rows.map((r) => JSON.stringify(r.kpi.descriptions)),
      rows.map((r) => r.kpi.unit),
      rows.map((r) => (r.kpi.unit === 'CURRENCY' ? kpiCurrency(r.countryCode) : null)),
      rows.map((r) => r.kpi.higherIsBetter),
      rows.map((r) => r.kpi.rollup),
      rows.map((r) => r.kpi.breakdown),
      rows.map((r) => r.position),
    ],
  );
}

/** The first days of the 24 complete months before `today`'s month, oldest first. */
export function historyMonths(today: Date): { first: string; last: string } {
  const month = (offset: number) =>
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1))
      .toISOString()
      .slice(0, 10);
  return { first: month(-24), last: month(-1) };
}

/**
 * Model parameters per KPI code, the season per code × country × calendar month and the
 * exchange rates, as arrays for unnest().
 */
function modelParameters(countries: string[]): unknown[] {
  const codes = Object.keys(MODELS);
  const models = codes.map((code) => MODELS[code]!);
  const seasons = codes.flatMap((code) =>
    countries.flatMap((country) =>
      MODELS[code]!.season(country).map((factor, i) => ({ code, country, month: i + 1, factor })),
    ),
  );
  return [
    codes,
    models.map((m) => m.kind),
    models.map((m) => m.level),
    models.map((m) => m.spread),
    models.map((m) => m.noise),
    models.map((m) => m.growth),
    models.map((m) => m.ambition),
    models.map((m) => m.decimals),
    models.map((m) => m.min),
    models.map((m) => m.max),
    models.map((m) => m.baseLevel),
    seasons.map((s) => s.code),
    seasons.map((s) => s.country),
    seasons.map((s) => s.month),
    seasons.map((s) => s.factor),
    Object.keys(EUR_RATES),
    Object.values(EUR_RATES),
  ];
}

/**
 * Every dealer's KPI-months with what shapes them, as the CTE `dealer_months`: the
 * dealer's size (its salespeople: a small dealer has two, a large one five), its lasting
 * quality (-1…1), the season, the month's noise (-1…1), the target year's ambition
 * (0.5…1.5 times the model's) and the trend's age in years, of the month and of its
 * target's year. $1, $2: the first and last month; $3…$19: modelParameters().
 */
const DEALER_MONTHS = `
  with months as (
    select m::date as month, (row_number() over (order by m) - 1) / 12.0 as years,
           date_part('year', m) - date_part('year', $1::date) as target_years
    from generate_series($1::date, $2::date, interval '1 month') as m
  ),
  models as (
    select * from unnest($3::text[], $4::text[], $5::float8[], $6::float8[], $7::float8[],
                         $8::float8[], $9::float8[], $10::int[], $11::float8[], $12::float8[],
                         $13::float8[])
      as m(code, kind, level, spread, noise, growth, ambition, decimals, min, max, base_level)
  ),
  sellers as (
    select dealer_id, count(*) as n from people
    where job = 'SALESPERSON' and erased_at is null group by dealer_id
  ),
  dealer_facts as (
    select d.id as dealer_id, d.brand_id, r.country_code,
           0.35 * least(greatest(coalesce(s.n, 0), 2), 5) - 0.1 as size,
           (hashtext(d.id || ':quality') % 1000) / 1000.0 as quality
    from dealers d
    join regions r on r.id = d.region_id
    left join sellers s on s.dealer_id = d.id
  ),
  seasons as (
    select * from unnest($14::text[], $15::text[], $16::int[], $17::float8[])
      as s(code, country_code, month_of_year, factor)
  ),
  rates as (select * from unnest($18::text[], $19::float8[]) as x(currency, rate)),
  -- Each KPI's months, with their season and exchange rate: a few thousand rows, joined
  -- to the dealers of the KPI's brand and country below.
  kpi_months as (
    select k.id as kpi_id, k.code, k.brand_id, k.country_code, mo.month, mo.years,
           mo.target_years, coalesce(s.factor, 1) as season, coalesce(x.rate, 1) as fx
    from kpis k
    cross join months mo
    left join seasons s on s.code = k.code and s.country_code = k.country_code
                       and s.month_of_year = date_part('month', mo.month)
    left join rates x on x.currency = k.currency
  ),
  seasonal as materialized (
    select f.*, km.kpi_id, km.code, km.month, km.years, km.target_years, km.season, km.fx
    from dealer_facts f
    join kpi_months km on km.brand_id = f.brand_id and km.country_code = f.country_code
  ),
  dealer_months as materialized (
    select s.dealer_id, s.kpi_id, s.month, s.years, s.target_years, s.size, s.quality,
           s.season, s.fx, m.kind, m.level, m.spread, m.noise, m.growth, m.ambition,
           m.decimals, m.min, m.max,
           case m.kind when 'RATIO' then round((m.base_level * s.size * s.season
             * power(1 + m.growth, s.years))::numeric)::float8 end as base,
           (hashtext(s.dealer_id || s.kpi_id || s.month::text) & 65535) / 32767.5 - 1
             as noise_draw,
           0.5 + (hashtext(s.dealer_id || s.kpi_id || s.target_years::text) & 255) / 255.0
             as ambition_draw
    from seasonal s join models m on m.code = s.code
  )`;

/**
 * Two years of monthly measurements and targets for every dealer, up to the month before
 * `today`: the dealer rows, the salespeople's share of the PERSON KPIs (summing to the
 * dealer's figure) and the workshop team's hours, then the roll-ups.
 */
export async function seedKpiHistory(db: Db, today: Date = new Date()): Promise<void> {
  await db.transaction((tx) => withHashJoins(tx, () => seedHistoryRows(tx, today)));
}

/**
 * Runs `fn` with the settings a bulk seed wants, for the rest of the transaction:
 * - nested loops off: the planner cannot count the rows of unnest() and of fresh CTEs,
 *   and nested loops over thousands of rows made the seed quadratic; hash joins keep it
 *   linear;
 * - foreign-key triggers off when the database lets us (a superuser: PGlite, the bench's
 *   server): every row is made by joining the dealers, people, teams and KPIs it refers
 *   to, so the checks could not fail, and they were a third of the seed's time on PGlite.
 */
async function withHashJoins(tx: Db, fn: () => Promise<void>): Promise<void> {
  const [setting] = await tx.query<{ nestloop: string; role: string; superuser: boolean }>(
    `select current_setting('enable_nestloop') as nestloop,
            current_setting('session_replication_role') as role,
            (select rolsuper from pg_roles where rolname = current_user) as superuser`,
    [],
  );
  const { nestloop, role, superuser } = setting!;
  await tx.query(`select set_config('enable_nestloop', 'off', true)`, []);
  if (superuser)
    await tx.query(`select set_config('session_replication_role', 'replica', true)`, []);
  await fn();
  await tx.query(`select set_config('enable_nestloop', $1, true)`, [nestloop]);
  if (superuser) await tx.query(`select set_config('session_replication_role', $1, true)`, [role]);
}

async function seedHistoryRows(db: Db, today: Date): Promise<void> {
  const countries = (
    await db.query<{ code: string }>('select code from countries order by code', [])
  ).map((c) => c.code);
  const { first, last } = historyMonths(today);
  const params = [first, last, ...modelParameters(countries)];
  // Volumes grow, follow the season and the dealer's size; scores sit around the dealer's
  // level; ratios count the successes (orders, first-time fixes) among a seasonal base.
  // Targets are set once a year from the dealer's expected figure plus an ambition, so
  // that about half the dealer-months meet them, many come near and some fall short.
  // One statement computes the dealer-months once for both tables.
  await db.query(
    `${DEALER_MONTHS},
     measured as (
       insert into kpi_measurements (kpi_id, dealer_id, subject, period_start, month, value,
                                     base)
       select kpi_id, dealer_id, '', month, month,
              case kind
                when 'VOLUME' then round(greatest(0, level * size * fx * season
                  * power(1 + growth, years) * (1 + spread * quality + noise * noise_draw))
                  ::numeric, decimals)
                when 'SCORE' then round(least(max, greatest(min, level + spread * quality
                  + noise * noise_draw + growth * years))::numeric, decimals)
                else round((base * least(1, greatest(0,
                  level + spread * quality + noise * noise_draw)))::numeric)
              end::float8,
              case kind when 'RATIO' then base end
       from dealer_months
     )
     insert into kpi_targets (kpi_id, dealer_id, subject, period_start, month, target)
     select kpi_id, dealer_id, '', month, month,
            case kind
              when 'VOLUME' then round((level * size * fx * season
                * power(1 + growth, target_years) * (1 + 0.5 * spread * quality)
                * (1 + ambition * ambition_draw))::numeric, decimals)
              when 'SCORE' then round(least(max, greatest(min, level + 0.5 * spread * quality
                + growth * target_years + ambition * ambition_draw))::numeric, decimals)
              else round(least(0.99, level + 0.5 * spread * quality
                + ambition * ambition_draw)::numeric, 3)
            end::float8
     from dealer_months`,
    params,
  );
  // The planner needs to know the new rows' numbers to join them well below.
  await db.query('analyze kpi_measurements, kpi_targets', []);
  await seedBreakdowns(db, first);
  // Every KPI in every month of the history: the roll-ups of everything.
  const keys = await db.query<RollupKey>(
    `select k.id as "kpiId", to_char(m, 'YYYY-MM-DD') as month
     from kpis k cross join generate_series($1::date, $2::date, interval '1 month') as m`,
    [first, last],
  );
  await refreshRollups(db, keys);
}

/**
 * The salespeople's share of the PERSON KPIs, by a lasting weight per person, rounded so
 * that they sum exactly to the dealer's figure; and the workshop team's hours (the whole
 * workshop sells them all).
 */
async function seedBreakdowns(db: Db, first: string): Promise<void> {
  await db.query(
    `with sellers as (
       select p.dealer_id, p.id as person_id,
              1 + (hashtext(p.id || ':share') & 255) / 255.0 as weight
       from people p where p.job = 'SALESPERSON' and p.erased_at is null
     ),
     shares as (
       select dealer_id, person_id,
              sum(weight) over (partition by dealer_id order by person_id) as upto,
              sum(weight) over (partition by dealer_id order by person_id) - weight as before,
              sum(weight) over (partition by dealer_id) as total
       from sellers
     )
     insert into kpi_measurements (kpi_id, dealer_id, subject, period_start, month, value)
     select m.kpi_id, m.dealer_id, s.person_id, m.period_start, m.month,
            round(m.value * s.upto / s.total) - round(m.value * s.before / s.total)
     from kpi_measurements m
     join kpis k on k.id = m.kpi_id and k.breakdown = 'PERSON'
     join shares s on s.dealer_id = m.dealer_id
     where m.subject = '' and m.month >= $1::date`,
    [first],
  );
  await db.query(
    `insert into kpi_measurements (kpi_id, dealer_id, subject, period_start, month, value)
     select m.kpi_id, m.dealer_id, t.id, m.period_start, m.month, m.value
     from kpi_measurements m
     join kpis k on k.id = m.kpi_id and k.breakdown = 'TEAM'
     join teams t on t.dealer_id = m.dealer_id and t.kind = 'WORKSHOP'
     where m.subject = '' and m.month >= $1::date`,
    [first],
  );
}
