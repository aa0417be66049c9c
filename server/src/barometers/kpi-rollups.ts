import type { Db } from '../db/db.js';

/** A KPI in a month (YYYY-MM-01): the unit a roll-up is recomputed in. */
export interface RollupKey {
  kpiId: string;
  month: string;
}

/**
 * Recomputes the region and country roll-ups of these KPI-months from the dealer rows
 * (subject ''), in the caller's transaction. A KPI belongs to one brand in one country, so
 * a KPI-month's country roll-up reads that KPI's rows only, and its regions are the
 * regions of those rows: every region of the country is recomputed, not only the one an
 * import touched, which costs a few hundred rows and keeps the function simple.
 *
 * Upserts are enough: measurements and targets are only ever added or changed, never
 * deleted one by one, so a KPI-month that had a roll-up still has rows.
 */
export async function refreshRollups(db: Db, keys: readonly RollupKey[]): Promise<void> {
  if (keys.length === 0) return;
  await db.query(
    `with keys as (
       select distinct kpi_id, month from unnest($1::text[], $2::date[]) as k(kpi_id, month)
     ),
     measured as (
       select m.kpi_id, m.month, d.region_id, sum(m.value) as value_sum,
              count(*)::int as value_count, coalesce(sum(m.base), 0) as base_sum
       from keys k
       join kpi_measurements m on m.kpi_id = k.kpi_id and m.month = k.month and m.subject = ''
       join dealers d on d.id = m.dealer_id
       group by m.kpi_id, m.month, d.region_id
     ),
     targeted as (
       select t.kpi_id, t.month, d.region_id, sum(t.target) as target_sum,
              count(*)::int as target_count
       from keys k
       join kpi_targets t on t.kpi_id = k.kpi_id and t.month = k.month and t.subject = ''
       join dealers d on d.id = t.dealer_id
       group by t.kpi_id, t.month, d.region_id
     ),
     regional as (
       select kpi_id, month, region_id,
              coalesce(m.value_sum, 0) as value_sum, coalesce(m.value_count, 0) as value_count,
              coalesce(m.base_sum, 0) as base_sum, coalesce(t.target_sum, 0) as target_sum,
              coalesce(t.target_count, 0) as target_count
       from measured m full join targeted t using (kpi_id, month, region_id)
     )
     insert into kpi_rollups (kpi_id, level, scope_id, month, value_sum, value_count, base_sum,
                              target_sum, target_count)
     select kpi_id, 'REGION', region_id, month, value_sum, value_count, base_sum, target_sum,
            target_count
     from regional
     union all
     select r.kpi_id, 'COUNTRY', k.country_code, r.month, sum(r.value_sum), sum(r.value_count),
            sum(r.base_sum), sum(r.target_sum), sum(r.target_count)
     from regional r join kpis k on k.id = r.kpi_id
     group by r.kpi_id, k.country_code, r.month
     on conflict (level, scope_id, kpi_id, month) do update set
       value_sum = excluded.value_sum, value_count = excluded.value_count,
       base_sum = excluded.base_sum, target_sum = excluded.target_sum,
       target_count = excluded.target_count`,
    [keys.map((key) => key.kpiId), keys.map((key) => key.month)],
  );
}
