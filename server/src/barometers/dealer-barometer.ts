import { signedIn } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type {
  Dealer,
  DealerKpi,
  KpiBreakdownRow,
  QueryResolvers,
  TicketSlaSummary,
} from '../generated/resolvers.js';
import { notFound } from '../graphql/errors.js';
import { dealerJson } from '../org/dealer-sql.js';
import type { Principal } from '../org/principal.js';
import { SLA_JOIN } from '../tickets/ticket-sla.js';
import { formatBarometerPeriod, trailingPeriods } from '../../../shared/src/barometers/periods.js';
import { assertScope, scopeDealers, type BarometerScopeRow } from './barometer-scope.js';
import { dealerEngagement, scopeRow } from './engagement.js';
import { rankCells, rolledUpActual, rolledUpTarget } from './kpi-cells.js';
import { kpiLocale, loadKpis, type KpiModel } from './kpi-model.js';
import { dealerSums, sumsAt } from './kpi-sums.js';
import { cellOf } from './network.js';
import {
  lastMonthOf,
  periodBounds,
  periodWindow,
  requirePeriod,
  slotsOf,
  type PeriodWindow,
} from './period-window.js';

/**
 * A dealer's page: each KPI's cell for the period (ranked among the dealers of its region),
 * its last 24 months against target, its teams or people for KPIs measured below the
 * dealer, its tickets by service level, and its engagement.
 */

const POINTS = 24;

/** The dealer's brand, to name its scope; nothing is read before the scope is checked. */
async function dealerScope(
  db: Db,
  caller: Principal,
  dealerId: string,
): Promise<{ scope: BarometerScopeRow; regionId: string }> {
  const [dealer] = await db.query<{ brandId: string; regionId: string }>(
    'select brand_id as "brandId", region_id as "regionId" from dealers where id = $1',
    [dealerId],
  );
  if (!dealer) throw notFound('barometer scope');
  const scope = await assertScope(db, caller, {
    level: 'DEALER',
    id: dealerId,
    brandId: dealer.brandId,
  });
  return { scope, regionId: dealer.regionId };
}

/** Each KPI's rank of the dealer among its region's dealers (of its brand) in the period. */
async function regionRanks(
  db: Db,
  query: {
    caller: Principal;
    scope: BarometerScopeRow;
    regionId: string;
    kpis: KpiModel[];
    window: PeriodWindow;
  },
) {
  const { caller, scope, regionId, kpis, window } = query;
  const region = { ...scope, level: 'REGION' as const, id: regionId };
  const dealers = await scopeDealers(db, caller, region);
  const sums = await dealerSums(db, {
    kpiIds: kpis.map((kpi) => kpi.id),
    dealerIds: dealers.map((dealer) => dealer.id),
    measured: window.current,
    targeted: window.current,
  });
  return kpis.map((kpi) => {
    const cells = dealers.map((dealer) => ({
      id: dealer.id,
      cell: cellOf(kpi, sums.get(dealer.id)?.get(kpi.id), window),
    }));
    rankCells(cells.map((entry) => entry.cell));
    const own = cells.find((entry) => entry.id === scope.id)!.cell;
    return { rank: own.rank, rankOf: own.rankOf };
  });
}

interface BreakdownSql {
  kpiId: string;
  id: string;
  name: string;
  valueSum: number;
  valueCount: number;
  baseSum: number;
  targetSum: number;
  targetCount: number;
}

/**
 * The teams and people of the dealer measured in the period: a team by its kind (the app
 * names it), a person by their name, empty once erased (the app shows a former member).
 */
async function breakdowns(
  db: Db,
  query: { dealerId: string; kpis: KpiModel[]; months: string[] },
): Promise<Map<string, KpiBreakdownRow[]>> {
  const kpis = query.kpis.filter((kpi) => kpi.breakdown !== 'NONE');
  const byKpi = new Map<string, KpiBreakdownRow[]>();
  if (kpis.length === 0) return byKpi;
  const rows = await db.query<BreakdownSql>(
    `with measured as (
       select kpi_id, subject, sum(value) as v, count(*)::int as n, coalesce(sum(base), 0) as b
       from kpi_measurements
       where dealer_id = $1 and kpi_id = any($2::text[]) and subject <> ''
         and month = any($3::date[])
       group by kpi_id, subject),
     targeted as (
       select kpi_id, subject, sum(target) as t, count(*)::int as n
       from kpi_targets
       where dealer_id = $1 and kpi_id = any($2::text[]) and subject <> ''
         and month = any($3::date[])
       group by kpi_id, subject)
     select kpi_id as "kpiId", subject as id,
            coalesce(tm.kind, case when p.erased_at is null
              then trim(p.given_name || ' ' || p.family_name) end, '') as name,
            coalesce(m.v, 0) as "valueSum", coalesce(m.n, 0) as "valueCount",
            coalesce(m.b, 0) as "baseSum", coalesce(t.t, 0) as "targetSum",
            coalesce(t.n, 0) as "targetCount"
     from measured m full join targeted t using (kpi_id, subject)
     left join teams tm on tm.id = subject
     left join people p on p.id = subject
     order by kpi_id, name, subject`,
    [query.dealerId, kpis.map((kpi) => kpi.id), query.months],
  );
  for (const kpi of kpis) {
    byKpi.set(
      kpi.id,
      rows
        .filter((row) => row.kpiId === kpi.id)
        .map((row) => ({
          id: row.id,
          name: row.name,
          actual: rolledUpActual(kpi.rollup, row),
          target: rolledUpTarget(kpi.rollup, row),
        })),
    );
  }
  return byKpi;
}

/** Open tickets now by service-level state; those resolved in [from, to) and within SLA. */
async function ticketSummary(
  db: Db,
  query: { dealerId: string; from: string; to: string },
): Promise<TicketSlaSummary> {
  const open = (state: string) => `count(*) filter (where t.resolved_at is null
    and sla.state = '${state}')::int`;
  const resolved = 't.resolved_at >= $2::date and t.resolved_at < $3::date';
  const [summary] = await db.query<TicketSlaSummary>(
    `select ${open('ON_TRACK')} as "openOnTrack", ${open('AT_RISK')} as "openAtRisk",
       ${open('BREACHED')} as "openBreached",
       count(*) filter (where ${resolved})::int as resolved,
       count(*) filter (where ${resolved} and sla.state = 'MET')::int as "resolvedWithinSla"
     from tickets t ${SLA_JOIN}
     where t.dealer_id = $1`,
    [query.dealerId, query.from, query.to],
  );
  return summary!;
}

export const dealerBarometer: QueryResolvers['dealerBarometer'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = signedIn(principal);
  const period = requirePeriod(args.period);
  const window = periodWindow(args.period, 'PREVIOUS_PERIOD');
  const { scope, regionId } = await dealerScope(db, caller, args.dealerId);
  const bounds = periodBounds(period);
  const locale = kpiLocale(args.locale, caller.locale);
  const kpis = await loadKpis(db, {
    brandId: scope.brand.id,
    countryCode: scope.country!.code,
    locale,
  });
  const months = trailingPeriods(lastMonthOf(period), POINTS);
  const points = slotsOf(months);
  const kpiIds = kpis.map((kpi) => kpi.id);
  const dealerIds = [args.dealerId];
  const [[dealer], own, history, ranks, breakdown, tickets, engagement] = await Promise.all([
    db.query<{ dealer: Dealer }>(`select ${dealerJson('$1')} as dealer`, [args.dealerId]),
    dealerSums(db, { kpiIds, dealerIds, measured: window.measured, targeted: window.current }),
    dealerSums(db, { kpiIds, dealerIds, measured: points, targeted: points }),
    regionRanks(db, { caller, scope, regionId, kpis, window }),
    breakdowns(db, { dealerId: args.dealerId, kpis, months: window.current.months }),
    ticketSummary(db, { dealerId: args.dealerId, ...bounds }),
    dealerEngagement(db, caller, { scope, ...bounds }),
  ]);
  return {
    dealer: dealer!.dealer,
    period: window.period,
    kpis: kpis.map((kpi, i): DealerKpi => ({
      kpi,
      current: { ...cellOf(kpi, own.get(args.dealerId)?.get(kpi.id), window), ...ranks[i] },
      points: months.map((month, slot) => {
        const sums = sumsAt(history, args.dealerId, kpi.id, slot);
        return {
          period: formatBarometerPeriod(month),
          actual: rolledUpActual(kpi.rollup, sums),
          target: rolledUpTarget(kpi.rollup, sums),
        };
      }),
      breakdown: breakdown.get(kpi.id) ?? [],
    })),
    tickets,
    engagement: scopeRow(engagement, scope),
  };
};
