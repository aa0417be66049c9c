/**
 * Part of `npm run bench`: the barometer of a region and of a whole country (the query
 * behind "My network", barometerNetwork) on a real PostgreSQL server holding at least
 * 5,000,000 KPI measurements, against the target of a p95 within 100 ms.
 *
 * BENCH_DATABASE_URL names the database (default postgres://postgres@127.0.0.1:5432/
 * piazza_bench, created when missing). The seed at BENCH_SCALE is kept between runs: the
 * database's comment records the scale it was seeded at, and a database seeded at that
 * scale is reused. It reports; it never fails a build.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { lastCompletePeriod, formatBarometerPeriod } from '../../shared/src/barometers/periods.js';
import { barometerNetwork } from '../../server/src/barometers/network.js';
import { createPgDb } from '../../server/src/db/pg-db.js';
import { loadPrincipal } from '../../server/src/org/principal.js';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
/** About 128,000 measurements per unit of scale: 40 gives a little over 5,000,000. */
const BENCH_SCALE = Number(process.env['BENCH_SCALE'] ?? 40);
const TARGET_ROWS = 5_000_000;
const TARGET_P95_MS = 100;
const WARM_UPS = 5;
const RUNS = 50;
const MARKER = `piazza bench: barometers at scale ${BENCH_SCALE}`;
const url = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/piazza_bench';

async function ensureDatabase(): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const server = new URL(url);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** Seeds the database at BENCH_SCALE unless it already was; says which. */
async function ensureSeed(db: ReturnType<typeof createPgDb>): Promise<void> {
  const [marked] = await db
    .query<{ comment: string | null }>(
      `select shobj_description(oid, 'pg_database') as comment
       from pg_database where datname = current_database()`,
      [],
    )
    .catch(() => [{ comment: null }]);
  if (marked?.comment === MARKER) {
    console.log(`Reusing the database seeded at scale ${BENCH_SCALE}.`);
    return;
  }
  const started = performance.now();
  const seeded = await run(
    process.execPath,
    ['--import', 'tsx', 'server/src/seed/cli.ts', '--scale', String(BENCH_SCALE), '--reset'],
    { cwd: root, env: { ...process.env, DATABASE_URL: url }, maxBuffer: 16 * 1024 * 1024 },
  );
  console.log(seeded.stdout.trim());
  console.log(
    `Seeded at scale ${BENCH_SCALE} in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
  await db.query(`comment on database "${new URL(url).pathname.slice(1)}" is '${MARKER}'`, []);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function time(label: string, query: () => Promise<{ rows: unknown[] }>): Promise<void> {
  for (let i = 0; i < WARM_UPS; i++) await query();
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    rows = (await query()).rows.length;
    times.push(performance.now() - started);
  }
  const sorted = times.sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  console.log(
    `${label.padEnd(44)} rows ${String(rows).padStart(4)}   p50 ${percentile(sorted, 50).toFixed(1)} ms` +
      `   p95 ${p95.toFixed(1)} ms   max ${sorted.at(-1)!.toFixed(1)} ms` +
      `   target p95 ≤ ${TARGET_P95_MS} ms ${p95 <= TARGET_P95_MS ? '(met)' : '(MISSED)'}`,
  );
}

await ensureDatabase();
const db = createPgDb(url);
try {
  await ensureSeed(db);
  const [{ measurements }] = (await db.query<{ measurements: number }>(
    'select count(*)::int as measurements from kpi_measurements',
    [],
  )) as [{ measurements: number }];
  console.log(
    `\nBarometer roll-ups over ${measurements.toLocaleString('en')} KPI measurements` +
      ` (PostgreSQL, scale ${BENCH_SCALE}; ${measurements >= TARGET_ROWS ? 'at least' : 'FEWER than'} ${TARGET_ROWS.toLocaleString('en')})`,
  );
  const admin = await loadPrincipal(db, { personId: 'person-demo-admin' });
  if (!admin) throw new Error('The seed has no admin');
  // The largest region and the largest country of the largest brand: the worst case.
  const [largest] = await db.query<{ brand_id: string; region_id: string; country_code: string }>(
    `with per_region as (
       select d.brand_id, d.region_id, r.country_code, count(*) as dealers
       from dealers d join regions r on r.id = d.region_id group by 1, 2, 3
     ),
     per_country as (
       select brand_id, country_code, sum(dealers) as dealers from per_region group by 1, 2
     )
     select c.brand_id, c.country_code,
            (select region_id from per_region p
             where p.brand_id = c.brand_id and p.country_code = c.country_code
             order by dealers desc limit 1) as region_id
     from per_country c order by c.dealers desc limit 1`,
    [],
  );
  const { brand_id: brandId, region_id: regionId, country_code: countryCode } = largest!;
  const period = formatBarometerPeriod(
    lastCompletePeriod('MONTH', new Date().toISOString().slice(0, 10)),
  );
  await time(`Region ${regionId} (${brandId}), ${period}`, () =>
    barometerNetwork(db, admin, { scope: { level: 'REGION', id: regionId, brandId }, period }),
  );
  await time(`Country ${countryCode} (${brandId}), ${period}`, () =>
    barometerNetwork(db, admin, { scope: { level: 'COUNTRY', id: countryCode, brandId }, period }),
  );
} finally {
  await db.close();
}
