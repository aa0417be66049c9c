import { admin } from '../access/guard.js';
import type { QueryResolvers, VitalsRow } from '../generated/resolvers.js';
import { badUserInput } from '../graphql/errors.js';
import type { Db } from '../db/db.js';
import { VITALS_RETENTION_DAYS } from './vitals-samples.js';

type Dimension = 'app' | 'locale' | 'country' | 'day';

interface HealthRow extends VitalsRow {
  dimension: Dimension;
}

interface Filters {
  app: string | null;
  locale: string | null;
  countryCode: string | null;
}

/** The last `days` days up to today, in UTC like the days samples are filed under. */
async function span(db: Db, days: number): Promise<{ from: string; to: string }> {
  const [row] = await db.query<{ from: string; to: string }>(
    `select to_char(today - ($1::int - 1), 'YYYY-MM-DD') as "from",
            to_char(today, 'YYYY-MM-DD') as "to"
     from (select (now() at time zone 'utc')::date as today) as t`,
    [days],
  );
  return row!;
}

/**
 * Every dimension in one pass over the span's samples (the (day, name) index bounds the
 * scan): grouping sets give one row per app, locale, country and day, each with the p75
 * of each vital and its number of samples.
 */
async function p75Rows(db: Db, range: { from: string; to: string }, filters: Filters) {
  return db.query<HealthRow>(
    `select case when grouping(app) = 0 then 'app'
                 when grouping(locale) = 0 then 'locale'
                 when grouping(country_code) = 0 then 'country'
                 else 'day' end as dimension,
            coalesce(app, locale, country_code, to_char(day, 'YYYY-MM-DD')) as key,
            count(*)::int as samples,
            percentile_cont(0.75) within group (order by value) filter (where name = 'LCP') as lcp,
            percentile_cont(0.75) within group (order by value) filter (where name = 'INP') as inp,
            percentile_cont(0.75) within group (order by value) filter (where name = 'CLS') as cls,
            percentile_cont(0.75) within group (order by value) filter (where name = 'TTFB') as ttfb
     from web_vitals
     where day between $1::date and $2::date
       and ($3::text is null or app = $3)
       and ($4::text is null or locale = $4)
       and ($5::text is null or country_code = $5)
     group by grouping sets ((app), (locale), (country_code), (day))
     order by dimension, key`,
    [range.from, range.to, filters.app, filters.locale, filters.countryCode],
  );
}

/** An empty filter is no filter. */
const filter = (value: string | null | undefined) => value?.trim() || null;

const DEFAULT_DAYS = 28;

export const portalHealth: QueryResolvers['portalHealth'] = async (
  _parent,
  args,
  { db, principal },
) => {
  admin(principal);
  const days = args.days ?? DEFAULT_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > VITALS_RETENTION_DAYS) {
    throw badUserInput(`days must be between 1 and ${VITALS_RETENTION_DAYS}, got ${days}`);
  }
  const range = await span(db, days);
  const rows = await p75Rows(db, range, {
    app: filter(args.app),
    locale: filter(args.locale),
    countryCode: filter(args.countryCode),
  });
  const of = (dimension: Dimension): VitalsRow[] =>
    rows
      .filter((row) => row.dimension === dimension)
      .map(({ key, samples, lcp, inp, cls, ttfb }) => ({ key, samples, lcp, inp, cls, ttfb }));
  return {
    ...range,
    byApp: of('app'),
    byLocale: of('locale'),
    byCountry: of('country'),
    byDay: of('day'),
  };
};
