import { signedIn } from '../access/guard.js';
import type {
  NetworkTheme,
  NetworkThemeKind,
  QueryResolvers,
  Region,
} from '../generated/resolvers.js';
import { countryJson } from '../org/country-sql.js';
import { previousPeriod } from '../../../shared/src/barometers/periods.js';
import { assertScope, dealersInBarometerScope, dealersOfScope } from './barometer-scope.js';
import { kpiLocale } from './kpi-model.js';
import { periodBounds, requirePeriod } from './period-window.js';

/**
 * The voice of the network: what the scope's dealers raise, counted in the period and in
 * the one before so that rising and falling themes come first. Tickets count by category,
 * comments of the dealers' people by the tags of the article they comment on (a comment
 * on an article tagged #recall and #ev counts for both).
 */

export const MAX_THEMES = 30;

interface ThemeCount {
  kind: NetworkThemeKind;
  id: string;
  label: string;
  regionId: string;
  count: number;
  previousCount: number;
}

/** Ordered by how much a theme moved, then by how often it was raised, then by label. */
function byMovement(a: NetworkTheme, b: NetworkTheme): number {
  const moved = (theme: NetworkTheme) => Math.abs(theme.count - theme.previousCount);
  return (
    moved(b) - moved(a) ||
    b.count - a.count ||
    a.label.localeCompare(b.label) ||
    a.id.localeCompare(b.id)
  );
}

export const networkThemes: QueryResolvers['networkThemes'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = signedIn(principal);
  const period = requirePeriod(args.period);
  const scope = await assertScope(db, caller, args.scope);
  const current = periodBounds(period);
  const previous = periodBounds(previousPeriod(period));
  const params: unknown[] = [
    previous.from,
    current.from,
    current.to,
    kpiLocale(args.locale, caller.locale),
  ];
  const inScope = dealersOfScope(scope, params);
  const allowed = dealersInBarometerScope(caller, params);
  const counts = await db.query<ThemeCount>(
    `with ds as (
       select d.id, d.region_id from dealers d join regions r on r.id = d.region_id
       where ${inScope} and ${allowed}),
     raised as (
       select 'TICKET_CATEGORY' as kind, t.category_id as id,
              coalesce(tc.names ->> $4, tc.names ->> 'en') as label, ds.region_id, t.created_at as at
       from tickets t join ds on ds.id = t.dealer_id
       join ticket_categories tc on tc.id = t.category_id
       where t.created_at >= $1::date and t.created_at < $3::date
       union all
       select 'FEEDBACK_TAG', tag, tag, ds.region_id, t.created_at
       from tickets t join ds on ds.id = t.dealer_id
       cross join unnest(t.tags) as tag
       where t.created_at >= $1::date and t.created_at < $3::date
       union all
       select 'COMMENT_TOPIC', tag, tag, ds.region_id, c.created_at
       from article_comments c
       join people p on p.id = c.author_id
       join ds on ds.id = p.dealer_id
       join articles a on a.id = c.article_id
       cross join unnest(a.tags) as tag
       where c.created_at >= $1::date and c.created_at < $3::date and c.status <> 'hidden')
     select kind, id, label, region_id as "regionId",
            count(*) filter (where at >= $2::date)::int as count,
            count(*) filter (where at < $2::date)::int as "previousCount"
     from raised group by kind, id, label, region_id`,
    params,
  );
  const themes = new Map<string, NetworkTheme & { regions: Map<string, number> }>();
  for (const row of counts) {
    const key = `${row.kind}:${row.id}`;
    const theme = themes.get(key) ?? {
      kind: row.kind,
      id: row.id,
      label: row.label,
      count: 0,
      previousCount: 0,
      byRegion: [],
      regions: new Map<string, number>(),
    };
    theme.count += row.count;
    theme.previousCount += row.previousCount;
    if (row.count > 0) theme.regions.set(row.regionId, row.count);
    themes.set(key, theme);
  }
  const top = [...themes.values()].sort(byMovement).slice(0, MAX_THEMES);
  const regionIds = [...new Set(top.flatMap((theme) => [...theme.regions.keys()]))];
  const regions = new Map(
    (
      await db.query<Region>(
        `select r.id, r.name, ${countryJson('c')} as country
         from regions r join countries c on c.code = r.country_code where r.id = any($1::text[])`,
        [regionIds],
      )
    ).map((region) => [region.id, region]),
  );
  return top.map(({ regions: counted, ...theme }) => ({
    ...theme,
    byRegion: [...counted]
      .map(([id, count]) => ({ region: regions.get(id)!, count }))
      .sort((a, b) => b.count - a.count || a.region.name.localeCompare(b.region.name)),
  }));
};
