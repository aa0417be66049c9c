import { createHash } from 'node:crypto';
import { createGraphQLError } from 'graphql-yoga';
import { signedIn } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type {
  KpiImportReport,
  KpiMeasurementInput,
  MutationResolvers,
} from '../generated/resolvers.js';
import { ErrorCode, invalidField } from '../graphql/errors.js';
import { readKpiCsv } from './kpi-csv.js';
import { assertMayImportKpis, importRows, type KpiRow } from './kpi-rows.js';

/** Other systems send their measurements in batches of at most this many rows. */
export const MAX_RECORDED_ROWS = 5000;
const MAX_KEY_LENGTH = 100;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const auditedCounts = (report: KpiImportReport) => ({
  rows: report.rows,
  inserted: report.inserted,
  updated: report.updated,
  unchanged: report.unchanged,
});

/**
 * A CSV file from the barometers app, all or nothing. A file that changes nothing (sent
 * twice) writes nothing, not even an audit entry.
 */
export const importKpiMeasurements: MutationResolvers['importKpiMeasurements'] = async (
  _parent,
  { csv },
  { db, principal },
) => {
  const caller = signedIn(principal);
  assertMayImportKpis(caller);
  const { rows, errors } = readKpiCsv(csv);
  return db.transaction(async (tx) => {
    const report = await importRows(tx, caller, rows, errors);
    if (report.stored && report.inserted + report.updated > 0) {
      await recordAudit(tx, caller, {
        action: 'kpi.import',
        targetType: 'kpi_measurements',
        targetId: null,
        details: { ...auditedCounts(report), fileSha256: sha256(csv) },
      });
    }
    return report;
  });
};

/** The API's rows as the importer's: the input's index + 1 is its line. */
const inputRows = (rows: readonly KpiMeasurementInput[]): KpiRow[] =>
  rows.map((row, i) => ({
    line: i + 1,
    dealerId: row.dealerId,
    kpiCode: row.kpiCode,
    period: row.period,
    value: row.value,
    base: row.base ?? null,
    target: row.target ?? null,
    subject: row.subject ?? '',
  }));

/** The rows' identity for the idempotency key, whatever the order of their fields. */
const rowsHash = (rows: readonly KpiRow[]) =>
  sha256(
    JSON.stringify(
      rows.map((r) => [r.dealerId, r.kpiCode, r.period, r.value, r.base, r.target, r.subject]),
    ),
  );

/**
 * Measurements from other systems. The idempotency key is taken (per caller) only by a
 * batch that was stored: a refused batch can be corrected and sent again under its key.
 */
export const recordKpiMeasurements: MutationResolvers['recordKpiMeasurements'] = async (
  _parent,
  { rows: input, idempotencyKey },
  { db, principal },
) => {
  const caller = signedIn(principal);
  assertMayImportKpis(caller);
  if (idempotencyKey.length === 0) {
    throw invalidField('idempotencyKey', 'REQUIRED', 'Name the batch with an idempotency key');
  }
  if (idempotencyKey.length > MAX_KEY_LENGTH) {
    throw invalidField('idempotencyKey', 'TOO_LONG', `At most ${MAX_KEY_LENGTH} characters`);
  }
  const rows = inputRows(input);
  const hash = rowsHash(rows);
  return db.transaction(async (tx) => {
    // Two deliveries of the same batch at once: the second waits and finds the first.
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [
      `kpi-ingest:${caller.personId}:${idempotencyKey}`,
    ]);
    const [earlier] = await tx.query<{ rows_hash: string; report: KpiImportReport }>(
      'select rows_hash, report from kpi_ingests where actor_id = $1 and idempotency_key = $2',
      [caller.personId, idempotencyKey],
    );
    if (earlier) {
      if (earlier.rows_hash === hash) return earlier.report;
      throw createGraphQLError('This idempotency key was used for other rows', {
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          field: 'idempotencyKey',
          reason: 'IDEMPOTENCY_KEY_REUSED',
        },
      });
    }
    if (rows.length > MAX_RECORDED_ROWS) {
      return {
        stored: false,
        rows: rows.length,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        errors: [{ line: MAX_RECORDED_ROWS + 1, reason: 'TOO_MANY_ROWS' as const }],
        moreErrors: false,
      };
    }
    const report = await importRows(tx, caller, rows, []);
    if (!report.stored) return report;
    await tx.query(
      `insert into kpi_ingests (actor_id, idempotency_key, rows_hash, report)
       values ($1, $2, $3, $4::jsonb)`,
      [caller.personId, idempotencyKey, hash, JSON.stringify(report)],
    );
    await recordAudit(tx, caller, {
      action: 'kpi.record',
      targetType: 'kpi_measurements',
      targetId: null,
      details: { ...auditedCounts(report), idempotencyKey, rowsSha256: hash },
    });
    return report;
  });
};
