import { kpiPeriodStart, type KpiPeriodKind } from '../../../shared/src/barometers/periods.js';
import { isAdmin } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type { KpiImportError, KpiImportReport } from '../generated/resolvers.js';
import { forbidden } from '../graphql/errors.js';
import type { Principal } from '../org/principal.js';
import { dealersInBarometerScope } from './barometer-scope.js';
import { shown } from './kpi-csv.js';
import { refreshRollups } from './kpi-rollups.js';

/**
 * One measurement to store, from a CSV line or an API input. A number that could not be
 * read is undefined (its error is already reported); an absent optional one is null.
 */
export interface KpiRow {
  line: number;
  dealerId: string;
  kpiCode: string;
  period: string;
  value: number | undefined;
  base: number | null | undefined;
  target: number | null | undefined;
  /** '' for the dealer as a whole. */
  subject: string;
}

/** The report lists this many errors at most. */
export const MAX_REPORTED_ERRORS = 200;

/** A row that passed every check, where it goes. */
interface PlacedRow {
  kpiId: string;
  dealerId: string;
  subject: string;
  periodStart: string;
  month: string;
  value: number;
  base: number | null;
  target: number | null;
}

interface DealerFacts {
  id: string;
  brand_id: string;
  country_code: string;
  in_scope: boolean;
}

interface KpiFacts {
  id: string;
  code: string;
  brand_id: string;
  country_code: string;
  rollup: 'SUM' | 'AVERAGE' | 'RATIO';
  period: KpiPeriodKind;
  breakdown: 'NONE' | 'TEAM' | 'PERSON';
}

/**
 * Who may import KPIs: admins (everything) and region managers of a region or a country
 * (their dealers, see dealersInBarometerScope); anyone else is FORBIDDEN outright.
 */
export function assertMayImportKpis(principal: Principal): void {
  const manages = principal.roles.some(
    (grant) =>
      grant.role === 'REGION_MANAGER' &&
      (grant.scopeType === 'region' || grant.scopeType === 'country'),
  );
  if (!isAdmin(principal) && !manages) throw forbidden();
}

/** Checks every row against the org and the catalogue; the rows that passed, placed. */
async function placeRows(
  db: Db,
  principal: Principal,
  rows: readonly KpiRow[],
  errors: KpiImportError[],
): Promise<PlacedRow[]> {
  const params: unknown[] = [[...new Set(rows.map((row) => row.dealerId))]];
  const scope = dealersInBarometerScope(principal, params);
  const dealers = new Map(
    (
      await db.query<DealerFacts>(
        `select d.id, d.brand_id, r.country_code, ${scope} as in_scope
         from dealers d join regions r on r.id = d.region_id where d.id = any($1::text[])`,
        params,
      )
    ).map((dealer) => [dealer.id, dealer]),
  );
  const kpis = new Map(
    (
      await db.query<KpiFacts>(
        `select id, code, brand_id, country_code, rollup, period, breakdown from kpis
         where brand_id = any($1::text[]) and code = any($2::text[])`,
        [
          [...new Set([...dealers.values()].map((d) => d.brand_id))],
          [...new Set(rows.map((r) => r.kpiCode))],
        ],
      )
    ).map((kpi) => [`${kpi.brand_id}|${kpi.country_code}|${kpi.code}`, kpi]),
  );
  // The teams and people of the dealers named, by "dealer|subject".
  const subjects = new Map(
    (
      await db.query<{ dealer_id: string; id: string; kind: 'TEAM' | 'PERSON' }>(
        `select dealer_id, id, 'TEAM' as kind from teams
         where dealer_id = any($1::text[]) and id = any($2::text[])
         union all
         select dealer_id, id, 'PERSON' from people
         where dealer_id = any($1::text[]) and id = any($2::text[]) and erased_at is null`,
        [[...dealers.keys()], [...new Set(rows.map((row) => row.subject).filter(Boolean))]],
      )
    ).map((subject) => [`${subject.dealer_id}|${subject.id}`, subject.kind]),
  );

  const placed: PlacedRow[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const before = errors.length;
    const refuse = (column: string, reason: KpiImportError['reason'], value: string) =>
      errors.push({ line: row.line, column, reason, value: shown(value) });
    const dealer = dealers.get(row.dealerId);
    if (!dealer) {
      refuse('dealer_id', 'UNKNOWN_DEALER', row.dealerId);
      continue;
    }
    if (!dealer.in_scope) {
      refuse('dealer_id', 'DEALER_OUT_OF_SCOPE', row.dealerId);
      continue;
    }
    const kpi = kpis.get(`${dealer.brand_id}|${dealer.country_code}|${row.kpiCode}`);
    if (!kpi) {
      refuse('kpi_code', 'UNKNOWN_KPI', row.kpiCode);
      continue;
    }
    const period = kpiPeriodStart(kpi.period, row.period);
    if (!period) refuse('period', 'INVALID_PERIOD', row.period);
    if (row.subject !== '' && subjects.get(`${dealer.id}|${row.subject}`) !== kpi.breakdown) {
      refuse('subject', 'UNKNOWN_SUBJECT', row.subject);
    }
    const ratio = kpi.rollup === 'RATIO';
    if (ratio && row.base !== undefined && (row.base === null || row.base <= 0)) {
      refuse('base', 'BASE_REQUIRED', String(row.base ?? ''));
    }
    if (!period) continue;
    const key = `${kpi.id}|${dealer.id}|${row.subject}|${period.periodStart}`;
    if (seen.has(key)) refuse('period', 'DUPLICATE_ROW', row.period);
    seen.add(key);
    // A row with an error (here, or an unreadable number) is not counted: nothing would be
    // done with it.
    const { value, base, target } = row;
    if (errors.length > before || value === undefined || base === undefined) continue;
    if (target === undefined) continue;
    placed.push({
      kpiId: kpi.id,
      dealerId: dealer.id,
      subject: row.subject,
      ...period,
      value,
      // Only a ratio has a denominator.
      base: ratio ? base : null,
      target,
    });
  }
  return placed;
}

/** What storing the rows would do to each: insert it, change it, or nothing. */
async function classify(
  db: Db,
  rows: readonly PlacedRow[],
): Promise<('inserted' | 'updated' | 'unchanged')[]> {
  const found = await db.query<{ i: number; measured: boolean; same: boolean }>(
    `select k.i, m.value is not null as measured,
            m.value = k.value and m.base is not distinct from k.base
              and (k.target is null or t.target = k.target) as same
     from unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::float8[], $6::float8[],
                 $7::float8[], $8::date[])
       with ordinality as k(kpi_id, dealer_id, subject, period_start, value, base, target,
                            month, i)
     left join kpi_measurements m using (kpi_id, dealer_id, subject, period_start)
     left join kpi_targets t using (kpi_id, dealer_id, subject, period_start)
     order by k.i`,
    rowArrays(rows),
  );
  return found.map((row) => (!row.measured ? 'inserted' : row.same ? 'unchanged' : 'updated'));
}

const rowArrays = (rows: readonly PlacedRow[]) => [
  rows.map((r) => r.kpiId),
  rows.map((r) => r.dealerId),
  rows.map((r) => r.subject),
  rows.map((r) => r.periodStart),
  rows.map((r) => r.value),
  rows.map((r) => r.base),
  rows.map((r) => r.target),
  rows.map((r) => r.month),
];

/** Upserts the rows; a value or target that did not change keeps its row and updated_at. */
async function store(db: Db, rows: readonly PlacedRow[]): Promise<void> {
  await db.query(
    `insert into kpi_measurements (kpi_id, dealer_id, subject, period_start, value, base, month)
     select kpi_id, dealer_id, subject, period_start, value, base, month
     from unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::float8[], $6::float8[],
                 $7::float8[], $8::date[])
       as k(kpi_id, dealer_id, subject, period_start, value, base, target, month)
     on conflict (dealer_id, kpi_id, subject, period_start) do update
       set value = excluded.value, base = excluded.base, updated_at = now()
       where (kpi_measurements.value, kpi_measurements.base)
             is distinct from (excluded.value, excluded.base)`,
    rowArrays(rows),
  );
  await db.query(
    `insert into kpi_targets (kpi_id, dealer_id, subject, period_start, target, month)
     select kpi_id, dealer_id, subject, period_start, target, month
     from unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::float8[], $6::float8[],
                 $7::float8[], $8::date[])
       as k(kpi_id, dealer_id, subject, period_start, value, base, target, month)
     where target is not null
     on conflict (dealer_id, kpi_id, subject, period_start) do update
       set target = excluded.target, updated_at = now()
       where kpi_targets.target <> excluded.target`,
    rowArrays(rows),
  );
}

/** Errors in line order, at most MAX_REPORTED_ERRORS of them. */
function errorList(errors: KpiImportError[]): Pick<KpiImportReport, 'errors' | 'moreErrors'> {
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  return {
    errors: sorted.slice(0, MAX_REPORTED_ERRORS),
    moreErrors: sorted.length > MAX_REPORTED_ERRORS,
  };
}

/**
 * Validates every row and, when none has an error, stores them all in the caller's
 * transaction and refreshes the roll-ups they touch. `errors` already holds what the
 * reading found (an unreadable line, a number): with any error nothing is stored, and the
 * counts say what storing the valid rows would have done.
 */
export async function importRows(
  tx: Db,
  principal: Principal,
  rows: readonly KpiRow[],
  earlierErrors: readonly KpiImportError[],
): Promise<KpiImportReport> {
  const errors = [...earlierErrors];
  const placed = rows.length > 0 ? await placeRows(tx, principal, rows, errors) : [];
  const outcomes = placed.length > 0 ? await classify(tx, placed) : [];
  const count = (outcome: string) => outcomes.filter((o) => o === outcome).length;
  const report = {
    rows: rows.length,
    inserted: count('inserted'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    ...errorList(errors),
  };
  if (errors.length > 0) return { ...report, stored: false };
  const changed = placed.filter((_, i) => outcomes[i] !== 'unchanged');
  if (changed.length > 0) {
    await store(tx, changed);
    await refreshRollups(
      tx,
      changed
        .filter((row) => row.subject === '')
        .map((row) => ({ kpiId: row.kpiId, month: row.month })),
    );
  }
  return { ...report, stored: true };
}
