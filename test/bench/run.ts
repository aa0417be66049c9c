/**
 * `npm run bench`: builds, serves the portal on a fresh embedded database, and prints the
 * median of 3 Lighthouse runs (mobile profile, simulated throttling) of the standalone
 * portal signed in as the Lyon salesperson (session cookie, so the page embeds its first view), plus the first view's JavaScript bytes, next
 * to the budgets in budgets.json. It reports; it never fails a build.
 */
import { median } from './bench-support.js';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromiumArgs, chromiumPath } from '../support/chromium.js';
import { startServer } from '../support/start-server.js';
import { firstViewJavaScript } from './first-view-bytes.js';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const RUNS = 3;
const budgets = JSON.parse(await readFile(join(root, 'test/bench/budgets.json'), 'utf8')) as {
  firstViewJsGzipBytes: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};

interface LighthouseRun {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  scriptTransferBytes: number;
  lcpElement: string;
  /** The scripts that keep the main thread busiest: where TBT comes from. */
  busiest: string[];
}

async function lighthouse(url: string, token: string): Promise<LighthouseRun> {
  const profile = await mkdtemp(join(tmpdir(), 'piazza-lh-'));
  const flags = ['--headless=new', ...chromiumArgs, `--user-data-dir=${profile}`].join(' ');
  try {
    const { stdout } = await run(
      join(root, 'node_modules/.bin/lighthouse'),
      [
        url,
        '--output=json',
        '--output-path=stdout',
        '--only-categories=performance',
        '--quiet',
        `--chrome-flags=${flags}`,
        // Lighthouse cannot click the sign-in, so it sends the session cookie the demo
        // sign-in sets: the page then carries its first view, as it does for a person.
        `--extra-headers=${JSON.stringify({ Cookie: `piazza_session=${token}` })}`,
      ],
      {
        env: { ...process.env, CHROME_PATH: chromiumPath },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const report = JSON.parse(stdout);
    const audits = report.audits;
    const requests = (audits['network-requests'].details.items ?? []) as {
      resourceType: string;
      transferSize: number;
    }[];
    return {
      score: Math.round(report.categories.performance.score * 100),
      lcpMs: audits['largest-contentful-paint'].numericValue,
      tbtMs: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      scriptTransferBytes: requests
        .filter((request) => request.resourceType === 'Script')
        .reduce((sum, request) => sum + request.transferSize, 0),
      busiest: ((audits['bootup-time'].details.items ?? []) as { url: string; scripting: number }[])
        .slice(0, 3)
        .map(
          (item) =>
            `${item.url.replace(url.replace(/\/news$/, ''), '')} ${Math.round(item.scripting)} ms`,
        ),
      lcpElement:
        audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node
          ?.snippet ?? 'unknown',
    };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

function line(label: string, value: string, budget: string, ok: boolean): string {
  return `${label.padEnd(30)} ${value.padStart(10)}   budget ${budget.padStart(9)}   ${ok ? 'ok' : 'OVER'}`;
}

await run('npx', ['tsx', 'scripts/build.ts'], { cwd: root });
const work = await mkdtemp(join(tmpdir(), 'piazza-bench-'));
const server = await startServer({ distDir: join(root, 'dist'), dataDir: join(work, 'data') });
try {
  const response = await fetch(`${server.baseUrl}/auth/demo/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId: 'person-demo-fr-sales' }),
  });
  const { accessToken } = (await response.json()) as { accessToken: string };
  const runs: LighthouseRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await lighthouse(`${server.baseUrl}/news`, accessToken));
    const last = runs.at(-1)!;
    console.log(
      `run ${i + 1}: score ${last.score}, LCP ${Math.round(last.lcpMs)} ms, TBT ${Math.round(last.tbtMs)} ms, CLS ${last.cls.toFixed(3)}`,
    );
  }
  const bytes = await firstViewJavaScript(join(root, 'dist/public'));
  const lcp = median(runs.map((r) => r.lcpMs));
  const tbt = median(runs.map((r) => r.tbtMs));
  const cls = median(runs.map((r) => r.cls));
  console.log(
    `\nLighthouse mobile, median of ${RUNS} runs, standalone portal /news as the Lyon salesperson`,
  );
  console.log(line('performance score', String(median(runs.map((r) => r.score))), '-', true));
  console.log(line('LCP', `${Math.round(lcp)} ms`, `${budgets.lcpMs} ms`, lcp <= budgets.lcpMs));
  console.log(line('TBT', `${Math.round(tbt)} ms`, `${budgets.tbtMs} ms`, tbt <= budgets.tbtMs));
  console.log(line('CLS', cls.toFixed(3), String(budgets.cls), cls <= budgets.cls));
  console.log(
    line(
      `first-view JS (${bytes.files} files, gzip -9)`,
      `${(bytes.gzipBytes / 1024).toFixed(1)} KB`,
      `${(budgets.firstViewJsGzipBytes / 1024).toFixed(0)} KB`,
      bytes.gzipBytes <= budgets.firstViewJsGzipBytes,
    ),
  );
  console.log(
    line(
      'JS transferred (Lighthouse)',
      `${(median(runs.map((r) => r.scriptTransferBytes)) / 1024).toFixed(1)} KB`,
      '-',
      true,
    ),
  );
  console.log(`LCP element: ${runs[0]!.lcpElement}`);
  console.log(`Busiest scripts (run 1, scripting time): ${runs[0]!.busiest.join(', ')}`);
} finally {
  await server.stop();
  await rm(work, { recursive: true, force: true });
}
