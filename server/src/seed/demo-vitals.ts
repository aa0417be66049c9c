import { loadConfig } from '../config.js';
import type { Db } from '../db/db.js';
import { vitalsAppNames } from '../vitals/vitals-apps.js';

/** Page loads a day per country, on weekdays: the news is read most, the admin app least. */
const DAILY_LOADS: Record<string, number> = {
  news: 2.5,
  ticketing: 1.2,
  barometers: 0.8,
  newsroom: 0.5,
  translations: 0.4,
  admin: 0.3,
  shell: 0.3,
};
const OTHER_APP_LOADS = 0.5;
export const DEMO_VITALS_DAYS = 28;

/**
 * A uniform draw in (0, 1) from the `part`-th 32 bits (1 to 4) of an md5 in SQL: the demo's
 * samples come from their own hashes, never from the network's random sequence.
 */
const uniform = (hash: string, part: 1 | 2 | 3 | 4) =>
  `((('x' || substr(${hash}, ${part * 8 - 7}, 8))::bit(32)::bigint + 0.5) / 4294967296.0)`;

/** Standard normal draws (Box–Muller): the cos and sin waves of two uniforms are independent. */
const normal = (a: string, b: string, wave: 'cos' | 'sin') =>
  `(sqrt(-2 * ln(${a})) * ${wave}(2 * pi() * ${b}))`;

/**
 * The last four weeks of Core Web Vitals, up to today (UTC), for every app of the deployment in
 * every country, a few thousand samples, as real use would send them: LCP lognormal around
 * 1.9 s (slower in Chile, far from the servers, and in the heavier admin apps), TTFB around
 * 300 ms, INP around 150 ms for the seven loads in ten with an interaction, CLS mostly
 * under 0.1. Set-based, in one statement.
 */
export async function seedDemoVitals(db: Db): Promise<void> {
  const apps = [...(await vitalsAppNames(loadConfig().distDir))];
  const loadsOf = (app: string) => DAILY_LOADS[app] ?? OTHER_APP_LOADS;
  await db.query(
    `with combos as (
       select d::date as day, c.code, c.locale, a.app, a.loads
              * case when extract(isodow from d) >= 6 then 0.3 else 1 end as expected,
              md5(concat_ws('|', 'vitals-loads', d::date, c.code, a.app)) as h
       from (select (now() at time zone 'utc')::date as today) as t
       cross join generate_series(today - ($3::int - 1), today, interval '1 day') as d
       cross join countries c
       cross join unnest($1::text[], $2::float8[]) as a(app, loads)
     ),
     loads as (
       select day, code, locale, app,
              md5(concat_ws('|', 'vitals', day, code, app, n)) as h1,
              md5(concat_ws('|', 'vitals-more', day, code, app, n)) as h2,
              case code when 'CL' then 1.25 when 'PL' then 1.08 else 1 end as distance,
              case when app in ('admin', 'translations', 'newsroom') then 1.15 else 1 end as weight
       from combos,
            -- Rounded at random, so that even an app used less than once a day has loads.
            generate_series(1, floor(expected * (0.5 + ${uniform('h', 1)}) + ${uniform('h', 2)})::int) as n
     ),
     draws as (
       select day, code, app, distance, weight,
              case when ${uniform('h2', 3)} < 0.15 then 'en' else locale end as locale,
              ${normal(uniform('h1', 1), uniform('h1', 2), 'cos')} as z_lcp,
              ${normal(uniform('h1', 1), uniform('h1', 2), 'sin')} as z_ttfb,
              ${normal(uniform('h1', 3), uniform('h1', 4), 'cos')} as z_inp,
              ${uniform('h2', 1)} as interacted,
              ${uniform('h2', 2)} as shifted,
              ${uniform('h2', 4)} as u_cls
       from loads
     )
     insert into web_vitals (day, app, locale, country_code, name, value)
     select day, app, locale, code, v.name, v.value
     from draws
     cross join lateral (values
       ('LCP', round(exp(ln(1900) + 0.3 * z_lcp) * distance * weight)::float8),
       ('TTFB', round(exp(ln(300) + 0.45 * z_ttfb) * distance)::float8),
       ('INP', case when interacted < 0.7 then round(exp(ln(150) + 0.4 * z_inp) * weight)::float8 end),
       ('CLS', case when shifted < 0.9 then round((-0.03 * ln(u_cls))::numeric, 4)::float8 end)
     ) as v(name, value)
     where v.value is not null`,
    [apps, apps.map(loadsOf), DEMO_VITALS_DAYS],
  );
}
