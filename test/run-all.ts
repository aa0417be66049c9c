/**
 * `npm test`: every test layer, in order, then one line with the totals:
 *   tests: N passed, N failed, N skipped
 * Layers: unit (vitest: server on PGlite, shared, mocks, scripts), the server suite on
 * PostgreSQL instead of PGlite when TEST_DATABASE_URL is set, components (@web/test-runner
 * in Chromium), end to end (vitest + playwright-core against the built portal and server).
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const root = new URL('..', import.meta.url).pathname;
const outputDir = join(root, '.test-output');

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        process.stdout.write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function vitestLayer(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<Counts & { code: number }> {
  const report = join(outputDir, `${name}.json`);
  const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const { code } = await run('npx', ['vitest', 'run', ...args, ...reporters], env);
  try {
    const json = JSON.parse(await readFile(report, 'utf8')) as Record<string, number>;
    return {
      code,
      passed: json['numPassedTests'] ?? 0,
      failed: json['numFailedTests'] ?? 0,
      skipped: (json['numPendingTests'] ?? 0) + (json['numTodoTests'] ?? 0),
    };
  } catch {
    return { code: code || 1, passed: 0, failed: 1, skipped: 0 };
  }
}

async function componentLayer(): Promise<Counts & { code: number }> {
  const { code, output } = await run('npx', ['web-test-runner']);
  // wtr's summary: "N passed, N failed" (and "N skipped" when some are).
  const plain = stripVTControlCharacters(output);
  const passed = [...plain.matchAll(/(\d+) passed/g)].at(-1)?.[1];
  const failed = [...plain.matchAll(/(\d+) failed/g)].at(-1)?.[1];
  const skipped = [...plain.matchAll(/(\d+) skipped/g)].at(-1)?.[1];
  if (passed === undefined) return { code: code || 1, passed: 0, failed: 1, skipped: 0 };
  return {
    code,
    passed: Number(passed),
    failed: Number(failed ?? 0),
    skipped: Number(skipped ?? 0),
  };
}

await rm(outputDir, { recursive: true, force: true });
await mkdir(outputDir, { recursive: true });

const build = await run('npx', ['tsx', 'scripts/build.ts']);
// The server suite runs once: on PGlite by default, or, with TEST_DATABASE_URL (CI), on
// that PostgreSQL server, what production runs. PGlite stays covered there by its adapter's
// own tests (server/src/db) and by the end-to-end layer, whose server runs on it.
const { TEST_DATABASE_URL, ...withoutPostgres } = process.env;
const UNIT_WITHOUT_SERVER = ['shared/', 'mocks/', 'scripts/', 'server/src/db/'];
const layers = [
  await vitestLayer('unit', TEST_DATABASE_URL ? UNIT_WITHOUT_SERVER : [], withoutPostgres),
  ...(TEST_DATABASE_URL ? [await vitestLayer('server-postgres', ['server'])] : []),
  await componentLayer(),
  ...(build.code === 0
    ? [await vitestLayer('e2e', ['--config', 'test/e2e/vitest.config.ts'])]
    : [{ code: 1, passed: 0, failed: 1, skipped: 0 }]),
];
const total = layers.reduce(
  (sum, layer) => ({
    passed: sum.passed + layer.passed,
    failed: sum.failed + layer.failed,
    skipped: sum.skipped + layer.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
const ok = build.code === 0 && layers.every((layer) => layer.code === 0) && total.failed === 0;
// A layer that crashed before counting still counts as a failure.
const failed = ok ? 0 : Math.max(total.failed, 1);
const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
console.log(`\ntests: ${total.passed} passed, ${failed} failed${skipped}`);
process.exit(ok ? 0 : 1);
