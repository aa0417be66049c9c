import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedKpiCatalogue, seedKpiHistory } from '../seed/kpi-history.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { MAX_KPI_CSV_BYTES } from './kpi-csv.js';

const ADMIN = 'person-demo-admin';
const REGION_MANAGER = 'person-demo-de-region';
const SALESPERSON = 'person-demo-fr-sales';

const IMPORT = `mutation ($csv: String!) { importKpiMeasurements(csv: $csv) {
  stored rows inserted updated unchanged moreErrors errors { line column reason value } } }`;
const RECORD = `mutation ($rows: [KpiMeasurementInput!]!, $key: String!) {
  recordKpiMeasurements(rows: $rows, idempotencyKey: $key) {
    stored rows inserted updated unchanged moreErrors errors { line column reason value } } }`;

interface Report {
  stored: boolean;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  moreErrors: boolean;
  errors: { line: number; column: string | null; reason: string; value: string | null }[];
}

describe('KPI imports', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  /** A Norvik DE dealer of the region manager's region; one of another region (Norvik if any). */
  let inside: { id: string; seller: string; workshop: string };
  let outside: string;
  /** A dealer of another brand and country, for the admin. */
  let other: string;

  const one = async <T>(sql: string, params: unknown[] = []) =>
    (await t.db.query<T>(sql, params))[0]!;
  const count = async (table: string) =>
    (await one<{ n: number }>(`select count(*)::int as n from ${table}`)).n;
  const importCsv = async (csv: string, as = ADMIN) =>
    t.graphql<{ importKpiMeasurements: Report }>(IMPORT, {
      variables: { csv },
      token: tokens[as],
    });
  const report = async (csv: string, as = ADMIN) => {
    const body = await importCsv(csv, as);
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.importKpiMeasurements;
  };
  const record = async (rows: unknown[], key: string, as = ADMIN) =>
    t.graphql<{ recordKpiMeasurements: Report }>(RECORD, {
      variables: { rows, key },
      token: tokens[as],
    });
  /** Roll-ups that differ from a recomputation from the dealer rows. */
  const staleRollups = async () =>
    (
      await one<{ n: number }>(
        `with fresh as (
           select m.kpi_id, lvl.level, lvl.scope_id, m.month, sum(m.value) as value_sum,
                  count(*) as value_count, coalesce(sum(m.base), 0) as base_sum
           from kpi_measurements m
           join dealers d on d.id = m.dealer_id join regions r on r.id = d.region_id
           cross join lateral (values ('REGION', d.region_id), ('COUNTRY', r.country_code))
             as lvl(level, scope_id)
           where m.subject = '' group by 1, 2, 3, 4
         ),
         targets as (
           select t.kpi_id, lvl.level, lvl.scope_id, t.month, sum(t.target) as target_sum,
                  count(*) as target_count
           from kpi_targets t
           join dealers d on d.id = t.dealer_id join regions r on r.id = d.region_id
           cross join lateral (values ('REGION', d.region_id), ('COUNTRY', r.country_code))
             as lvl(level, scope_id)
           where t.subject = '' group by 1, 2, 3, 4
         ),
         expected as (
           select * from fresh full join targets using (kpi_id, level, scope_id, month)
         )
         select count(*)::int as n
         from expected e full join kpi_rollups u using (kpi_id, level, scope_id, month)
         where u.kpi_id is null or e.kpi_id is null
            or abs(u.value_sum - coalesce(e.value_sum, 0)) > 1e-6
            or u.value_count <> coalesce(e.value_count, 0)
            or abs(u.base_sum - coalesce(e.base_sum, 0)) > 1e-6
            or abs(u.target_sum - coalesce(e.target_sum, 0)) > 1e-6
            or u.target_count <> coalesce(e.target_count, 0)`,
      )
    ).n;

  beforeAll(async () => {
    t = await createTestApp();
    await t.db.transaction(async (tx) => {
      await seedKpiCatalogue(tx);
      await seedKpiHistory(tx);
    });
    for (const person of [ADMIN, REGION_MANAGER, SALESPERSON])
      tokens[person] = await t.tokenFor(person);
    const manager = await one<{ region_id: string; brand_id: string }>(
      `select r.scope_id as region_id, p.brand_id from person_roles r join people p on p.id = r.person_id
       where r.person_id = $1 and r.role = 'REGION_MANAGER' and r.scope_type = 'region'`,
      [REGION_MANAGER],
    );
    inside = await one(
      `select d.id,
              (select id from people where dealer_id = d.id and job = 'SALESPERSON' limit 1) as seller,
              (select id from teams where dealer_id = d.id and kind = 'WORKSHOP') as workshop
       from dealers d where d.region_id = $1 and d.brand_id = $2 order by d.id limit 1`,
      [manager.region_id, manager.brand_id],
    );
    outside = (
      await one<{ id: string }>(
        `select d.id from dealers d join regions r on r.id = d.region_id
         where d.region_id <> $1
         order by d.brand_id = $2 desc, r.country_code = 'DE' desc, d.id limit 1`,
        [manager.region_id, manager.brand_id],
      )
    ).id;
    other = (
      await one<{ id: string }>(
        `select d.id from dealers d join regions r on r.id = d.region_id
         where r.country_code = 'IT' and d.brand_id = 'brand-lumo' order by d.id limit 1`,
      )
    ).id;
  });
  afterAll(() => t.close());

  it('starts from seeded roll-ups that match the measurements', async () => {
    expect(await count('kpi_rollups')).toBeGreaterThan(0);
    expect(await staleRollups()).toBe(0);
  });

  it('stores an Excel file (BOM, semicolons, decimal commas, any column order) and its roll-ups', async () => {
    const csv =
      '\uFEFFPeriod;Dealer_ID;KPI_Code;Value;Base;Target;Subject\r\n' +
      `2030-01;${inside.id};NEW_VEHICLE_SALES;31;;30;\r\n` +
      `2030-01;${inside.id};NEW_VEHICLE_SALES;12;;;${inside.seller}\r\n` +
      `2030-01;${inside.id};WORKSHOP_HOURS_SOLD;512,5;;500;${inside.workshop}\r\n` +
      `2030-01;${inside.id};LEAD_CONVERSION;18;120;0,15;\r\n` +
      `2030-01;${other};CSI;88,4;;;\r\n`;
    const result = await report(csv);
    expect(result).toEqual({
      stored: true,
      rows: 5,
      inserted: 5,
      updated: 0,
      unchanged: 0,
      moreErrors: false,
      errors: [],
    });
    const stored = await t.db.query<{
      kpi_id: string;
      subject: string;
      value: number;
      base: number | null;
    }>(
      `select kpi_id, subject, value, base from kpi_measurements
       where period_start = '2030-01-01' order by kpi_id, subject`,
    );
    expect(stored).toContainEqual({
      kpi_id: 'kpi-norvik-de-workshop-hours-sold',
      subject: inside.workshop,
      value: 512.5,
      base: null,
    });
    expect(stored).toContainEqual({
      kpi_id: 'kpi-norvik-de-lead-conversion',
      subject: '',
      value: 18,
      base: 120,
    });
    expect(
      await one(
        'select target from kpi_targets where kpi_id = $1 and dealer_id = $2 and period_start = $3',
        ['kpi-norvik-de-lead-conversion', inside.id, '2030-01-01'],
      ),
    ).toEqual({ target: 0.15 });
    expect(await staleRollups()).toBe(0);
    const audit = await one<{ details: Record<string, unknown> }>(
      `select details from audit_log where action = 'kpi.import' order by id desc limit 1`,
    );
    expect(audit.details).toMatchObject({ rows: 5, inserted: 5, updated: 0, unchanged: 0 });
    expect(audit.details.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes nothing when the same file comes again, and counts a changed value as updated', async () => {
    const csv = `dealer_id,kpi_code,period,value,target\n${inside.id},CSI,2030-02,80,85\n${inside.id},NPS,2030-02,40,45\n`;
    expect(await report(csv)).toMatchObject({
      stored: true,
      inserted: 2,
      updated: 0,
      unchanged: 0,
    });
    const before = await t.db.query('select kpi_id, updated_at from kpi_measurements order by 1');
    const audits = await count('audit_log');
    expect(await report(csv)).toMatchObject({
      stored: true,
      inserted: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await t.db.query('select kpi_id, updated_at from kpi_measurements order by 1')).toEqual(
      before,
    );
    expect(await count('audit_log')).toBe(audits);
    const changed = csv.replace(',NPS,2030-02,40,45', ',NPS,2030-02,41,45');
    expect(await report(changed)).toMatchObject({
      stored: true,
      inserted: 0,
      updated: 1,
      unchanged: 1,
    });
    const target = changed.replace(',CSI,2030-02,80,85', ',CSI,2030-02,80,86');
    expect(await report(target)).toMatchObject({ updated: 1 });
    expect(await staleRollups()).toBe(0);
  });

  it('reports every bad row and stores none of the good ones', async () => {
    const rows = await count('kpi_measurements');
    const targets = await count('kpi_targets');
    const csv = [
      'dealer_id,kpi_code,period,value,base,subject',
      `${inside.id},CSI,2030-03,85,,`, // good
      `${inside.id},CSI,2030-04,lots,,`, // NOT_A_NUMBER
      `dealer-nowhere,CSI,2030-03,85,,`, // UNKNOWN_DEALER
      `${inside.id},FUEL_SOLD,2030-03,85,,`, // UNKNOWN_KPI
      `${inside.id},CSI,2030-13,85,,`, // INVALID_PERIOD
      `${inside.id},CSI,2030-W10,85,,`, // INVALID_PERIOD (a week for a monthly KPI)
      `${inside.id},NEW_VEHICLE_SALES,2030-03,5,,person-nobody`, // UNKNOWN_SUBJECT
      `${inside.id},CSI,2030-05,85,,${inside.seller}`, // UNKNOWN_SUBJECT (no breakdown)
      `${inside.id},NEW_VEHICLE_SALES,2030-03,5,,${inside.workshop}`, // UNKNOWN_SUBJECT (a team, PERSON KPI)
      `${inside.id},LEAD_CONVERSION,2030-03,5,,`, // BASE_REQUIRED
      `${inside.id},FIRST_TIME_FIX_RATE,2030-03,5,0,`, // BASE_REQUIRED
      `${inside.id},CSI,2030-03,86,,`, // DUPLICATE_ROW
      `${inside.id},CSI,2030-06`, // MALFORMED_LINE
    ].join('\n');
    const result = await report(csv);
    expect(result.stored).toBe(false);
    expect(result.rows).toBe(12);
    expect(result.inserted).toBe(1);
    expect(result.errors.map((e) => [e.line, e.column, e.reason])).toEqual([
      [3, 'value', 'NOT_A_NUMBER'],
      [4, 'dealer_id', 'UNKNOWN_DEALER'],
      [5, 'kpi_code', 'UNKNOWN_KPI'],
      [6, 'period', 'INVALID_PERIOD'],
      [7, 'period', 'INVALID_PERIOD'],
      [8, 'subject', 'UNKNOWN_SUBJECT'],
      [9, 'subject', 'UNKNOWN_SUBJECT'],
      [10, 'subject', 'UNKNOWN_SUBJECT'],
      [11, 'base', 'BASE_REQUIRED'],
      [12, 'base', 'BASE_REQUIRED'],
      [13, 'period', 'DUPLICATE_ROW'],
      [14, null, 'MALFORMED_LINE'],
    ]);
    expect(result.errors[0]!.value).toBe('lots');
    expect(await count('kpi_measurements')).toBe(rows);
    expect(await count('kpi_targets')).toBe(targets);
  });

  it('refuses a wrong header, an empty file, too many rows and a file over 10 MB', async () => {
    const errorsOf = async (csv: string) =>
      (await report(csv)).errors.map((e) => [e.line, e.column ?? e.value, e.reason]);
    expect(await errorsOf('dealer,kpi_code,period\nx,y,z')).toEqual([
      [1, 'dealer_id', 'MISSING_COLUMN'],
      [1, 'value', 'MISSING_COLUMN'],
      [1, 'dealer', 'UNKNOWN_COLUMN'],
    ]);
    expect(await errorsOf('')).toEqual([[1, null, 'EMPTY_FILE']]);
    expect(await errorsOf('dealer_id,kpi_code,period,value\n')).toEqual([[2, null, 'EMPTY_FILE']]);
    const line = `${inside.id},CSI,2030-03,85\n`;
    expect(await errorsOf(`dealer_id,kpi_code,period,value\n${line.repeat(100_001)}`)).toEqual([
      [100_002, null, 'TOO_MANY_ROWS'],
    ]);
    const huge = `dealer_id,kpi_code,period,value\n${'x'.repeat(MAX_KPI_CSV_BYTES)}`;
    expect(await errorsOf(huge)).toEqual([[0, null, 'FILE_TOO_LARGE']]);
  });

  it('lets a region manager import for their own dealers only', async () => {
    const ok = `dealer_id,kpi_code,period,value\n${inside.id},CSI,2030-07,90\n`;
    expect(await report(ok, REGION_MANAGER)).toMatchObject({ stored: true, inserted: 1 });
    const refused = `dealer_id,kpi_code,period,value\n${inside.id},CSI,2030-08,90\n${outside},CSI,2030-08,90\n${other},CSI,2030-08,90\n`;
    const result = await report(refused, REGION_MANAGER);
    expect(result.stored).toBe(false);
    expect(result.errors.map((e) => [e.line, e.reason, e.value])).toEqual([
      [3, 'DEALER_OUT_OF_SCOPE', outside],
      [4, 'DEALER_OUT_OF_SCOPE', other],
    ]);
    expect(
      await one(
        `select count(*)::int as n from kpi_measurements where period_start = '2030-08-01'`,
      ),
    ).toEqual({
      n: 0,
    });
  });

  it('is forbidden to other people and to anonymous callers', async () => {
    const csv = `dealer_id,kpi_code,period,value\n${inside.id},CSI,2030-09,90\n`;
    expect((await importCsv(csv, SALESPERSON)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await record([], 'k', SALESPERSON)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.graphql(IMPORT, { variables: { csv } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('records API batches once per idempotency key', async () => {
    const rows = [
      { dealerId: inside.id, kpiCode: 'NPS', period: '2030-10', value: 35, target: 40 },
      { dealerId: inside.id, kpiCode: 'LEAD_CONVERSION', period: '2030-10', value: 9, base: 60 },
    ];
    const first = (await record(rows, 'crm-2030-10')).data!.recordKpiMeasurements;
    expect(first).toMatchObject({ stored: true, rows: 2, inserted: 2, errors: [] });
    const audits = await count('audit_log');
    const writes = await one('select max(updated_at) as at from kpi_measurements');
    // The same batch again, even after a change in between: the first report, nothing written.
    expect(
      await report(`dealer_id,kpi_code,period,value\n${inside.id},NPS,2030-10,36\n`),
    ).toMatchObject({
      updated: 1,
    });
    const again = (await record(rows, 'crm-2030-10')).data!.recordKpiMeasurements;
    expect(again).toEqual(first);
    expect(
      await one(
        `select value from kpi_measurements where kpi_id = 'kpi-norvik-de-nps' and dealer_id = $1 and period_start = '2030-10-01'`,
        [inside.id],
      ),
    ).toEqual({ value: 36 });
    expect(await count('audit_log')).toBe(audits + 1);
    expect(await one('select max(updated_at) as at from kpi_measurements')).not.toEqual(writes);
    const reused = await record([{ ...rows[0], value: 99 }], 'crm-2030-10');
    expect(reused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'idempotencyKey',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    const audit = await one<{ details: Record<string, unknown> }>(
      `select details from audit_log where action = 'kpi.record' order by id desc limit 1`,
    );
    expect(audit.details).toMatchObject({ idempotencyKey: 'crm-2030-10', inserted: 2 });
    expect(await staleRollups()).toBe(0);
  });

  it('refuses API batches with errors (the key stays free), too many rows or a bad key', async () => {
    const bad = [{ dealerId: outside, kpiCode: 'CSI', period: '2030-11', value: 1 }];
    const refused = (await record(bad, 'dms-1', REGION_MANAGER)).data!.recordKpiMeasurements;
    expect(refused).toMatchObject({
      stored: false,
      errors: [{ line: 1, reason: 'DEALER_OUT_OF_SCOPE' }],
    });
    const fixed = [{ ...bad[0], dealerId: inside.id }];
    expect(
      (await record(fixed, 'dms-1', REGION_MANAGER)).data!.recordKpiMeasurements,
    ).toMatchObject({
      stored: true,
      inserted: 1,
    });
    const many = Array.from({ length: 5001 }, (_, i) => ({ ...fixed[0], value: i }));
    expect((await record(many, 'dms-2')).data!.recordKpiMeasurements).toMatchObject({
      stored: false,
      errors: [{ line: 5001, reason: 'TOO_MANY_ROWS' }],
    });
    for (const key of ['', 'k'.repeat(101)]) {
      expect((await record(fixed, key)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'idempotencyKey',
      });
    }
  });

  it('reads a large import only from a signed-in caller, and refuses 50 MB', async () => {
    const send = (csv: string, token?: string) => {
      const body = JSON.stringify({ query: IMPORT, variables: { csv } });
      return t.app.fetch(
        new Request('http://piazza.test/graphql', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body,
        }),
      );
    };
    const rowsBefore = await count('kpi_measurements');
    const lines = Array.from(
      { length: 6000 },
      (_, i) =>
        `${inside.id},CSI,${2040 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')},${50 + (i % 40)}`,
    );
    const csv = `dealer_id,kpi_code,period,value\n${lines.join('\n')}\n`;
    expect(csv.length).toBeGreaterThan(100 * 1024);
    expect((await send(csv)).status).toBe(413);
    const signed = await send(csv, tokens[ADMIN]);
    expect(signed.status).toBe(200);
    expect(
      ((await signed.json()) as { data: { importKpiMeasurements: Report } }).data
        .importKpiMeasurements,
    ).toMatchObject({
      stored: true,
      inserted: 6000,
    });
    const huge = await send('x'.repeat(50 * 1024 * 1024), tokens[ADMIN]);
    expect(huge.status).toBe(413);
    expect(
      ((await huge.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions
        .code,
    ).toBe('PAYLOAD_TOO_LARGE');
    expect(await count('kpi_measurements')).toBe(rowsBefore + 6000);
  });
});
