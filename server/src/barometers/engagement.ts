import { signedIn } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type { BarometerLevel, EngagementRow, QueryResolvers } from '../generated/resolvers.js';
import { PEOPLE } from '../news/reach.js';
import { meantFor } from '../news/visibility.js';
import type { Principal } from '../org/principal.js';
import { SLA_JOIN } from '../tickets/ticket-sla.js';
import {
  assertScope,
  dealersInBarometerScope,
  dealersOfScope,
  type BarometerScopeRow,
} from './barometer-scope.js';
import { periodBounds, requirePeriod } from './period-window.js';

/**
 * The engagement barometer: how many of the dealers' people opened the portal, how many
 * of the must-reads they were asked to acknowledge they did, and how many of the dealers'
 * tickets were resolved within their service levels. Counted per dealer in one statement,
 * then added up per region, country or group; a region is compared with its country.
 */

type Counts = Omit<EngagementRow, 'level' | 'id' | 'name' | '__typename'>;

interface DealerCounts extends Counts {
  dealerId: string;
  dealerName: string;
  regionId: string;
  regionName: string;
  countryCode: string;
  countryName: string;
}

const COUNT_FIELDS = [
  'people',
  'activePeople',
  'mustReadsExpected',
  'mustReadsAcknowledged',
  'ticketsResolved',
  'ticketsResolvedWithinSla',
] as const;

/**
 * Per dealer of the scope the caller may see: its people (not erased), those active in
 * [from, to), the must-reads published then that are meant for them (the news audience
 * rule) and their acknowledgements, and its tickets resolved then, within SLA or not.
 * `principal: null` counts every dealer of the scope: only for a roll-up the caller may
 * see as a whole (a region manager's country, as in the network view), never per dealer.
 */
export function dealerEngagement(
  db: Db,
  principal: Principal | null,
  query: { scope: BarometerScopeRow; from: string; to: string },
): Promise<DealerCounts[]> {
  const params: unknown[] = [query.from, query.to];
  const inScope = dealersOfScope(query.scope, params);
  const allowed = principal ? dealersInBarometerScope(principal, params) : 'true';
  return db.query<DealerCounts>(
    `with ds as (
       select d.id, d.name, d.region_id, r.name as region_name, c.code as country_code,
              c.name as country_name
       from dealers d join regions r on r.id = d.region_id
       join countries c on c.code = r.country_code
       where ${inScope} and ${allowed}),
     staff as (
       select p.id, p.dealer_id from people p join ds on ds.id = p.dealer_id
       where p.erased_at is null),
     active as (
       select s.dealer_id, count(*)::int as n from staff s
       where exists (select 1 from person_active_days a
         where a.person_id = s.id and a.day >= $1::date and a.day < $2::date)
       group by s.dealer_id),
     asked as (
       select p.dealer_id, count(*)::int as expected,
              count(rd.acknowledged_at)::int as acknowledged
       from articles a
       cross join staff s
       join people p on p.id = s.id
       left join dealers pd on pd.id = p.dealer_id
       left join article_reads rd on rd.article_id = a.id and rd.person_id = p.id
       where a.must_read and a.status = 'published' and a.published_at >= $1::date and a.published_at < $2::date
         and a.published_at <= now() and ${meantFor(PEOPLE)}
       group by p.dealer_id),
     resolved as (
       select t.dealer_id, count(*)::int as resolved,
              count(*) filter (where sla.state = 'MET')::int as within
       from tickets t ${SLA_JOIN}
       where t.dealer_id in (select id from ds)
         and t.resolved_at >= $1::date and t.resolved_at < $2::date
       group by t.dealer_id)
     select ds.id as "dealerId", ds.name as "dealerName", ds.region_id as "regionId",
            ds.region_name as "regionName", ds.country_code as "countryCode",
            ds.country_name as "countryName",
            (select count(*)::int from staff s where s.dealer_id = ds.id) as people,
            coalesce(active.n, 0) as "activePeople",
            coalesce(asked.expected, 0) as "mustReadsExpected",
            coalesce(asked.acknowledged, 0) as "mustReadsAcknowledged",
            coalesce(resolved.resolved, 0) as "ticketsResolved",
            coalesce(resolved.within, 0) as "ticketsResolvedWithinSla"
     from ds
     left join active on active.dealer_id = ds.id
     left join asked on asked.dealer_id = ds.id
     left join resolved on resolved.dealer_id = ds.id
     order by ds.name, ds.id`,
    params,
  );
}

const zero = (): Counts => ({
  people: 0,
  activePeople: 0,
  mustReadsExpected: 0,
  mustReadsAcknowledged: 0,
  ticketsResolved: 0,
  ticketsResolvedWithinSla: 0,
});

/** Adds dealers' counts up into rows of one level, in the order the rows first appear. */
function rollUp(
  dealers: DealerCounts[],
  level: BarometerLevel,
  key: (dealer: DealerCounts) => [id: string, name: string],
): EngagementRow[] {
  const rows = new Map<string, EngagementRow>();
  for (const dealer of dealers) {
    const [id, name] = key(dealer);
    const row = rows.get(id) ?? { level, id, name, ...zero() };
    for (const field of COUNT_FIELDS) row[field] += dealer[field];
    rows.set(id, row);
  }
  return [...rows.values()];
}

/** The rows of a scope's children: a region's dealers, a country's regions, the group's countries. */
const CHILDREN: Record<BarometerLevel, ((dealers: DealerCounts[]) => EngagementRow[]) | null> = {
  GROUP: (dealers) => rollUp(dealers, 'COUNTRY', (d) => [d.countryCode, d.countryName]),
  COUNTRY: (dealers) => rollUp(dealers, 'REGION', (d) => [d.regionId, d.regionName]),
  REGION: (dealers) => rollUp(dealers, 'DEALER', (d) => [d.dealerId, d.dealerName]),
  DEALER: null,
};

/** The scope's own row: the group's row is named after the brand and has its id. */
export function scopeRow(dealers: DealerCounts[], scope: BarometerScopeRow): EngagementRow {
  const id = scope.id ?? scope.brand.id;
  return (
    rollUp(dealers, scope.level, () => [id, scope.name])[0] ?? {
      level: scope.level,
      id,
      name: scope.name,
      ...zero(),
    }
  );
}

const byName = (a: EngagementRow, b: EngagementRow) =>
  a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

export const engagementBarometer: QueryResolvers['engagementBarometer'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = signedIn(principal);
  const period = requirePeriod(args.period);
  const scope = await assertScope(db, caller, args.scope);
  const bounds = periodBounds(period);
  const country = countryAbove(scope);
  const [dealers, countryDealers] = await Promise.all([
    dealerEngagement(db, caller, { scope, ...bounds }),
    country ? dealerEngagement(db, null, { scope: country, ...bounds }) : [],
  ]);
  return {
    scope,
    period: args.period,
    rows: (CHILDREN[scope.level]?.(dealers) ?? []).sort(byName),
    rollups: [scopeRow(dealers, scope), ...(country ? [scopeRow(countryDealers, country)] : [])],
  };
};

/** A region's country, of the same brand: the roll-up a region is compared with. */
function countryAbove(scope: BarometerScopeRow): BarometerScopeRow | null {
  if (scope.level !== 'REGION' || !scope.country) return null;
  const { code, name } = scope.country;
  return { level: 'COUNTRY', id: code, name, brand: scope.brand, country: scope.country };
}
