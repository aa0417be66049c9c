/**
 * Part of `npm run bench`: the news feed under load. Seeds a network at scale 10 (about
 * 3,000 dealers, 30,000 people, 2,000 articles) into a fresh embedded database, serves it,
 * and fires the feed's first page (the query the portal sends) from 20 connections for
 * 20 s on loopback, as seven of the journeys' people in turn. Prints latency percentiles
 * and throughput next to the targets of issue 5. It reports; it never fails a build.
 *
 * BENCH_DATABASE_URL=postgres://… runs it on that PostgreSQL server instead (a database
 * the bench may empty: it is reseeded with --reset).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { startServer } from '../support/start-server.js';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const SCALE = 10;
const TARGET_P99_MS = 50;
const TARGET_RPS = 500;
const READERS = [
  'person-demo-fr-sales',
  'person-demo-it-area',
  'person-demo-it-service',
  'person-demo-de-region',
  'person-demo-pl-translator',
  'person-demo-it-editor',
  'person-demo-pl-sales',
];
const FEED = `query NewsFeed($first: Int!, $locale: String!) {
  newsFeed(first: $first, locale: $locale) {
    edges { cursor node { id title summary imageUrl imageAlt locale isFallback publishedAt
      mustRead mustReadBy acknowledgedAt author { displayName } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

const work = await mkdtemp(join(tmpdir(), 'piazza-feed-bench-'));
const dataDir = join(work, 'data');
const databaseUrl = process.env.BENCH_DATABASE_URL ?? '';
try {
  const seeded = await run(
    process.execPath,
    ['--import', 'tsx', 'server/src/seed/cli.ts', '--scale', String(SCALE), '--reset'],
    { cwd: root, env: { ...process.env, PIAZZA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl } },
  );
  console.log(`${seeded.stdout.trim()} (${databaseUrl ? 'PostgreSQL server' : 'PGlite'})`);
  const server = await startServer({
    distDir: join(root, 'dist'),
    dataDir,
    env: { DATABASE_URL: databaseUrl },
  });
  try {
    const tokens = await Promise.all(
      READERS.map(async (personId) => {
        const response = await fetch(`${server.baseUrl}/auth/demo/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ personId }),
        });
        return ((await response.json()) as { accessToken: string }).accessToken;
      }),
    );
    const body = JSON.stringify({
      operationName: 'NewsFeed',
      query: FEED,
      variables: { first: 12, locale: 'fr' },
    });
    const requests = tokens.map((token) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    }));
    const result = await autocannon({
      url: server.baseUrl,
      connections: 20,
      duration: 20,
      requests,
    });
    const { latency, requests: rate } = result;
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(
      `\nNews feed, first page (12 articles), scale ${SCALE}, 20 connections, 20 s, loopback`,
    );
    console.log(`latency p50 ${latency.p50} ms, p90 ${latency.p90} ms, p99 ${latency.p99} ms`);
    console.log(
      `throughput ${Math.round(rate.average)} req/s (${result.requests.total} requests, ${errors} errors)`,
    );
    const ok = latency.p99 < TARGET_P99_MS && rate.average >= TARGET_RPS;
    console.log(
      `target: p99 < ${TARGET_P99_MS} ms at ≥ ${TARGET_RPS} req/s   ${ok ? 'ok' : 'NOT MET'}`,
    );
    console.log('publish-to-notified: not measured yet (notifications are not built)');
  } finally {
    await server.stop();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
