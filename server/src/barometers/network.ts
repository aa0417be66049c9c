import { signedIn } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type {
  Barometer,
  BarometerComparison,
  BarometerLevel,
  BarometerRow,
  BarometerScopeInput,
  KpiCell,
  QueryResolvers,
} from '../generated/resolvers.js';
import { invalidField } from '../graphql/errors.js';
import type { Principal } from '../org/principal.js';
import {
  assertScope,
  barometerScopes as scopesOf,
  dealersInBarometerScope,
  dealersOfScope,
  scopeDealers,
  type BarometerScopeRow,
} from './barometer-scope.js';
import {
  addSums,
  attainment,
  kpiStatus,
  NO_SUMS,
  rankCells,
  rolledUpActual,
  rolledUpTarget,
  type KpiSums,
} from './kpi-cells.js';
import { kpiLocale, loadKpis, type KpiModel } from './kpi-model.js';
import { dealerSums, rollupSums, type RollupScope, type SumsTable } from './kpi-sums.js';
import { CURRENT_SLOT, periodWindow, TREND_LENGTH, type PeriodWindow } from './period-window.js';

/**
 * "My network": the KPIs of a scope's children against their targets, with roll-ups. A
 * region's rows are its dealers, read from their measurements; a country's rows are its
 * regions and the group's its countries, read from kpi_rollups only, so that the size of
 * the network never shows in the time a view takes.
 */

export interface BarometerNetworkArgs {
  scope: BarometerScopeInput;
  period: string;
  compareTo?: BarometerComparison | null;
  locale?: string | null;
}

/** The columns, rows and roll-ups of a view. */
type View = Pick<Barometer, 'kpis' | 'rows' | 'rollups'>;

interface ViewQuery {
  principal: Principal;
  scope: BarometerScopeRow;
  window: PeriodWindow;
  locale: string;
}

/** A row's place and a way to find its sums for a column. */
interface RowSource {
  level: BarometerLevel;
  id: string;
  name: string;
  city?: string | null;
  slots: (kpi: KpiModel) => KpiSums[] | undefined;
  /** A CURRENCY column's currency in this row, when it is not the column's (a group's country). */
  currency?: (kpi: KpiModel) => string | null;
}

/** The cell of a KPI from a row's slots: the current period, its comparison and its trend. */
export function cellOf(kpi: KpiModel, slots: KpiSums[] | undefined, window: PeriodWindow): KpiCell {
  const at = (slot: number) => slots?.[slot] ?? NO_SUMS;
  const actual = rolledUpActual(kpi.rollup, at(CURRENT_SLOT));
  const target = rolledUpTarget(kpi.rollup, at(CURRENT_SLOT));
  const reached = attainment(actual, target, kpi.higherIsBetter);
  return {
    kpiId: kpi.id,
    currency: kpi.unit === 'CURRENCY' ? kpi.currency : null,
    actual,
    target,
    attainment: reached,
    status: kpiStatus(reached),
    comparison: rolledUpActual(kpi.rollup, at(window.comparisonSlot)),
    trend: Array.from({ length: TREND_LENGTH }, (_, slot) => rolledUpActual(kpi.rollup, at(slot))),
    rank: null,
    rankOf: null,
  };
}

function rowOf(source: RowSource, kpis: KpiModel[], window: PeriodWindow): BarometerRow {
  return {
    level: source.level,
    id: source.id,
    name: source.name,
    city: source.city ?? null,
    cells: kpis.map((kpi) => {
      const cell = cellOf(kpi, source.slots(kpi), window);
      return source.currency && kpi.unit === 'CURRENCY'
        ? { ...cell, currency: source.currency(kpi) }
        : cell;
    }),
  };
}

/** Ranks the rows' cells column by column: siblings compete, roll-ups do not. */
function ranked(rows: BarometerRow[], columns: number): BarometerRow[] {
  for (let column = 0; column < columns; column++) {
    rankCells(rows.map((row) => row.cells[column]!));
  }
  return rows;
}

const fromTable = (table: SumsTable, rowId: string) => (kpi: KpiModel) =>
  table.get(rowId)?.get(kpi.id);

/** A region: its dealers of the brand, then the region's and the country's roll-ups. */
async function regionView(db: Db, { principal, scope, window, locale }: ViewQuery): Promise<View> {
  const country = scope.country!;
  const [kpis, dealers] = await Promise.all([
    loadKpis(db, { brandId: scope.brand.id, countryCode: country.code, locale }),
    scopeDealers(db, principal, scope),
  ]);
  const kpiIds = kpis.map((kpi) => kpi.id);
  const rollupScopes: RollupScope[] = [
    { level: 'REGION', id: scope.id! },
    { level: 'COUNTRY', id: country.code },
  ];
  const [own, rollups] = await Promise.all([
    dealerSums(db, {
      kpiIds,
      dealerIds: dealers.map((dealer) => dealer.id),
      measured: window.measured,
      targeted: window.current,
    }),
    rollupSums(db, { scopes: rollupScopes, kpiIds, slots: window.measured }),
  ]);
  const rows = dealers.map((dealer) =>
    rowOf({ level: 'DEALER', ...dealer, slots: fromTable(own, dealer.id) }, kpis, window),
  );
  return {
    kpis,
    rows: ranked(rows, kpis.length),
    rollups: [
      rowOf(
        { level: 'REGION', id: scope.id!, name: scope.name, slots: fromTable(rollups, scope.id!) },
        kpis,
        window,
      ),
      rowOf(
        {
          level: 'COUNTRY',
          id: country.code,
          name: country.name,
          slots: fromTable(rollups, country.code),
        },
        kpis,
        window,
      ),
    ],
  };
}

/** The regions of a country where the caller sees dealers of the brand. */
function scopeRegions(
  db: Db,
  principal: Principal,
  scope: BarometerScopeRow,
): Promise<{ id: string; name: string }[]> {
  const params: unknown[] = [];
  const inScope = dealersOfScope(scope, params);
  const allowed = dealersInBarometerScope(principal, params);
  return db.query(
    `select r.id, r.name from regions r
     where exists (select 1 from dealers d where d.region_id = r.id and ${inScope} and ${allowed})
     order by r.name, r.id`,
    params,
  );
}

/** A country: its regions, then the country's roll-up. */
async function countryView(db: Db, { principal, scope, window, locale }: ViewQuery): Promise<View> {
  const country = scope.country!;
  const [kpis, regions] = await Promise.all([
    loadKpis(db, { brandId: scope.brand.id, countryCode: country.code, locale }),
    scopeRegions(db, principal, scope),
  ]);
  const scopes: RollupScope[] = [
    ...regions.map((region) => ({ level: 'REGION' as const, id: region.id })),
    { level: 'COUNTRY', id: country.code },
  ];
  const table = await rollupSums(db, {
    scopes,
    kpiIds: kpis.map((kpi) => kpi.id),
    slots: window.measured,
  });
  const rows = regions.map((region) =>
    rowOf({ level: 'REGION', ...region, slots: fromTable(table, region.id) }, kpis, window),
  );
  return {
    kpis,
    rows: ranked(rows, kpis.length),
    rollups: [
      rowOf(
        {
          level: 'COUNTRY',
          id: country.code,
          name: country.name,
          slots: fromTable(table, country.code),
        },
        kpis,
        window,
      ),
    ],
  };
}

/**
 * The group's columns: the brand's KPI codes measured in every country, each shown as
 * its first country's KPI. Amounts in different currencies cannot be added, so a column
 * of mixed currencies has no currency and no group total (its attainments still compare).
 */
function groupColumns(kpis: KpiModel[]): { columns: KpiModel[]; countries: string[] } {
  const countries = [...new Set(kpis.map((kpi) => kpi.countryCode))].sort();
  const byCode = new Map<string, KpiModel[]>();
  for (const kpi of kpis) byCode.set(kpi.code, [...(byCode.get(kpi.code) ?? []), kpi]);
  const columns = [...byCode.values()]
    .filter((same) => same.length === countries.length)
    .map((same) => {
      const currencies = new Set(same.map((kpi) => kpi.currency));
      return { ...same[0]!, currency: currencies.size === 1 ? same[0]!.currency : null };
    });
  return { columns, countries };
}

/** The group of a brand (admins): its countries, then the group's totals. */
async function groupView(db: Db, { scope, window, locale }: ViewQuery): Promise<View> {
  const kpis = await loadKpis(db, { brandId: scope.brand.id, countryCode: null, locale });
  const { columns, countries } = groupColumns(kpis);
  const kpiOf = new Map(kpis.map((kpi) => [`${kpi.countryCode}:${kpi.code}`, kpi.id]));
  const [table, names] = await Promise.all([
    rollupSums(db, {
      scopes: countries.map((code) => ({ level: 'COUNTRY', id: code })),
      kpiIds: kpis.map((kpi) => kpi.id),
      slots: window.measured,
    }),
    db.query<{ code: string; name: string }>(
      'select code, name from countries where code = any($1::text[]) order by name',
      [countries],
    ),
  ]);
  const countrySlots = (code: string) => (column: KpiModel) =>
    table.get(code)?.get(kpiOf.get(`${code}:${column.code}`) ?? '');
  const groupSlots = (column: KpiModel) => {
    if (column.unit === 'CURRENCY' && column.currency === null) return undefined;
    return Array.from({ length: TREND_LENGTH + 1 }, (_, slot) =>
      countries.reduce(
        (sum, code) => addSums(sum, countrySlots(code)(column)?.[slot] ?? NO_SUMS),
        NO_SUMS,
      ),
    );
  };
  const currencyOf = new Map(kpis.map((kpi) => [`${kpi.countryCode}:${kpi.code}`, kpi.currency]));
  const rows = names.map((country) =>
    rowOf(
      {
        level: 'COUNTRY',
        id: country.code,
        name: country.name,
        slots: countrySlots(country.code),
        currency: (column) => currencyOf.get(`${country.code}:${column.code}`) ?? null,
      },
      columns,
      window,
    ),
  );
  return {
    kpis: columns,
    rows: ranked(rows, columns.length),
    rollups: [
      rowOf(
        { level: 'GROUP', id: scope.brand.id, name: scope.name, slots: groupSlots },
        columns,
        window,
      ),
    ],
  };
}

const VIEWS: Record<
  Exclude<BarometerLevel, 'DEALER'>,
  (db: Db, query: ViewQuery) => Promise<View>
> = {
  REGION: regionView,
  COUNTRY: countryView,
  GROUP: groupView,
};

/**
 * A scope's barometer for the caller: NOT_FOUND outside their scopes (as for a scope that
 * does not exist), BAD_USER_INPUT `period` (INVALID_PERIOD), and BAD_USER_INPUT `scope`
 * (NOT_APPLICABLE) for a dealer of theirs, whose page is dealerBarometer.
 */
export async function barometerNetwork(
  db: Db,
  principal: Principal,
  args: BarometerNetworkArgs,
): Promise<Barometer> {
  const window = periodWindow(args.period, args.compareTo ?? 'PREVIOUS_PERIOD');
  const scope = await assertScope(db, principal, args.scope);
  if (scope.level === 'DEALER') {
    throw invalidField(
      'scope',
      'NOT_APPLICABLE',
      'A dealer has a page of its own: dealerBarometer',
    );
  }
  const locale = kpiLocale(args.locale, principal.locale);
  const view = await VIEWS[scope.level](db, { principal, scope, window, locale });
  return {
    scope,
    period: window.period,
    comparisonPeriod: window.comparisonPeriod,
    trendPeriods: window.trendPeriods,
    ...view,
  };
}

export const barometerScopes: QueryResolvers['barometerScopes'] = (
  _parent,
  _args,
  { db, principal },
) => scopesOf(db, signedIn(principal));

export const barometer: QueryResolvers['barometer'] = (_parent, args, { db, principal }) =>
  barometerNetwork(db, signedIn(principal), args);
