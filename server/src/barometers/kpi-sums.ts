import type { Db } from '../db/db.js';
import { addSums, NO_SUMS, type KpiSums } from './kpi-cells.js';
import type { Slots } from './period-window.js';

/**
 * Reads the sums behind barometer cells, set-based: one statement for the measurements of
 * a list of dealers, one for their targets, one for the roll-ups of regions or countries,
 * whatever the number of cells.
 */

/** Sums per row id (a dealer, region or country), then per KPI id, then per slot. */
export type SumsTable = Map<string, Map<string, KpiSums[]>>;

interface SumsRow {
  rowId: string;
  kpiId: string;
  /** [slot, value_sum, value_count, base_sum, target_sum, target_count] per slot. */
  sums: [number, number, number, number, number, number][];
}

/** The slots of a row's KPI, created empty on first use. */
function slotsFor(table: SumsTable, rowId: string, kpiId: string): KpiSums[] {
  let byKpi = table.get(rowId);
  if (!byKpi) table.set(rowId, (byKpi = new Map()));
  let slots = byKpi.get(kpiId);
  if (!slots) byKpi.set(kpiId, (slots = []));
  return slots;
}

/** The sums of a slot, empty when nothing was read for it. */
export function sumsAt(table: SumsTable, rowId: string, kpiId: string, slot: number): KpiSums {
  return table.get(rowId)?.get(kpiId)?.[slot] ?? NO_SUMS;
}

function addRows(table: SumsTable, rows: SumsRow[]): SumsTable {
  for (const row of rows) {
    const slots = slotsFor(table, row.rowId, row.kpiId);
    for (const [slot, valueSum, valueCount, baseSum, targetSum, targetCount] of row.sums) {
      const sums = { valueSum, valueCount, baseSum, targetSum, targetCount };
      slots[slot] = addSums(slots[slot] ?? NO_SUMS, sums);
    }
  }
  return table;
}

/**
 * The first and the day after the last month of some slots. A value's period starts in
 * the month it counts in, so this bounds `period_start`, the last column of both primary
 * keys (dealer, KPI, subject, period start): a dealer's few rows are read, not two years.
 */
function span(slots: Slots): [string, string] {
  const sorted = [...slots.months].sort();
  const last = sorted.at(-1) ?? '1970-01-01';
  const [year, month] = last.split('-').map(Number) as [number, number];
  const next =
    month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return [sorted[0] ?? last, next];
}

const SLOTS_JOIN = (months: string, slots: string) =>
  `join unnest(${months}::date[], ${slots}::int[]) as s(month, slot)`;

/** A dealer's value or target in a month, as read: added up per slot here. */
interface DealerRow {
  rowId: string;
  kpiId: string;
  month: string;
  value: number | null;
  base: number | null;
  target: number | null;
}

/** The slots each month counts in (a quarter's month in one, a trend's month maybe two). */
function slotsByMonth({ months, slots }: Slots): Map<string, number[]> {
  const byMonth = new Map<string, number[]>();
  months.forEach((month, i) => byMonth.set(month, [...(byMonth.get(month) ?? []), slots[i]!]));
  return byMonth;
}

function addDealerRows(table: SumsTable, rows: DealerRow[], slots: Slots): SumsTable {
  const byMonth = slotsByMonth(slots);
  for (const { rowId, kpiId, month, value, base, target } of rows) {
    const kpiSlots = slotsFor(table, rowId, kpiId);
    for (const slot of byMonth.get(month) ?? []) {
      kpiSlots[slot] = addSums(kpiSlots[slot] ?? NO_SUMS, {
        valueSum: value ?? 0,
        valueCount: value === null ? 0 : 1,
        baseSum: base ?? 0,
        targetSum: target ?? 0,
        targetCount: target === null ? 0 : 1,
      });
    }
  }
  return table;
}

/**
 * The dealers' own rows (subject ''): actuals over `measured`, targets over `targeted`.
 * Rows come back as they are, each month once, and are spread over their slots here: for
 * a region's ~24,000 values, grouping or joining them to slots in the database cost more
 * than adding them up here.
 */
export async function dealerSums(
  db: Db,
  query: { kpiIds: string[]; dealerIds: string[]; measured: Slots; targeted: Slots },
): Promise<SumsTable> {
  const { kpiIds, dealerIds, measured, targeted } = query;
  if (kpiIds.length === 0 || dealerIds.length === 0) return new Map();
  const [actuals, targets] = await Promise.all([
    db.query<DealerRow>(
      `select m.dealer_id as "rowId", m.kpi_id as "kpiId", to_char(m.month, 'YYYY-MM-DD') as month,
              m.value, m.base, null as target
       from kpi_measurements m
       where m.kpi_id = any($1::text[]) and m.month = any($3::date[])
         and m.dealer_id = any($2::text[]) and m.subject = ''
         and m.period_start >= $4::date and m.period_start < $5::date`,
      [kpiIds, dealerIds, measured.months, ...span(measured)],
    ),
    db.query<DealerRow>(
      `select t.dealer_id as "rowId", t.kpi_id as "kpiId", to_char(t.month, 'YYYY-MM-DD') as month,
              null as value, null as base, t.target
       from kpi_targets t
       where t.dealer_id = any($2::text[]) and t.kpi_id = any($1::text[])
         and t.subject = '' and t.month = any($3::date[])
         and t.period_start >= $4::date and t.period_start < $5::date`,
      [kpiIds, dealerIds, targeted.months, ...span(targeted)],
    ),
  ]);
  return addDealerRows(addDealerRows(new Map(), actuals, measured), targets, targeted);
}

/** A region or a country whose roll-ups a view reads. */
export interface RollupScope {
  level: 'REGION' | 'COUNTRY';
  id: string;
}

/**
 * The roll-ups (kpi_rollups) of regions and countries, actuals and targets for every slot,
 * keyed by region id or country code (they never collide: region ids are not 2 letters).
 */
export async function rollupSums(
  db: Db,
  query: { scopes: RollupScope[]; kpiIds: string[]; slots: Slots },
): Promise<SumsTable> {
  const { scopes, kpiIds, slots } = query;
  if (kpiIds.length === 0 || scopes.length === 0) return new Map();
  const rows = await db.query<SumsRow>(
    `select scope_id as "rowId", kpi_id as "kpiId",
            json_agg(json_build_array(slot, v, n, b, t, tn)) as sums
     from (select k.scope_id, k.kpi_id, s.slot, sum(k.value_sum) as v,
                  sum(k.value_count) as n, sum(k.base_sum) as b, sum(k.target_sum) as t,
                  sum(k.target_count) as tn
           from kpi_rollups k ${SLOTS_JOIN('$4', '$5')} on s.month = k.month
           join unnest($1::text[], $2::text[]) as scope(level, id)
             on scope.level = k.level and scope.id = k.scope_id
           where k.kpi_id = any($3::text[]) and k.month = any($4::date[])
           group by k.scope_id, k.kpi_id, s.slot) x
     group by scope_id, kpi_id`,
    [
      scopes.map((scope) => scope.level),
      scopes.map((scope) => scope.id),
      kpiIds,
      slots.months,
      slots.slots,
    ],
  );
  return addRows(new Map(), rows);
}
