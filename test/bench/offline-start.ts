/**
 * Part of `npm run bench` (after run.ts, which builds dist/): how long the installed
 * portal takes to start with no network. The Lyon salesperson signs in, the service worker
 * takes charge and the page is visited once with it (so it keeps the first view); then,
 * offline, the page is reloaded RUNS times and each time the moment the first news card
 * exists is taken from the page's own clock (performance.now(), from the navigation's
 * start). The same reload online is measured beside it for comparison. Median of each.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../support/chromium.js';
import { startServer } from '../support/start-server.js';

const root = new URL('../..', import.meta.url).pathname;
const RUNS = 5;

/** Reloads and answers when the first news card was in the page, in ms since navigation start. */
async function reloadUntilFirstCard(page: Page): Promise<number> {
  await page.reload({ waitUntil: 'commit' });
  const found = await page.waitForFunction(
    () => {
      // The card lives three shadow roots deep (portal → news app → feed).
      const roots: ParentNode[] = [document];
      for (const root of roots) {
        if (root.querySelector('piazza-news-card')) return performance.now();
        for (const element of root.querySelectorAll('*')) {
          if (element.shadowRoot) roots.push(element.shadowRoot);
        }
      }
      return false;
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await found.jsonValue()) as number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const work = await mkdtemp(join(tmpdir(), 'piazza-bench-offline-'));
const server = await startServer({
  distDir: process.env['PIAZZA_DIST'] ?? join(root, 'dist'),
  dataDir: join(work, 'data'),
});
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
});
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/`);
  await page
    .getByRole('button', { name: /Camille Laurent/ })
    .first()
    .click();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  await reloadUntilFirstCard(page);

  const online: number[] = [];
  for (let i = 0; i < RUNS; i++) online.push(await reloadUntilFirstCard(page));
  await context.setOffline(true);
  const offline: number[] = [];
  for (let i = 0; i < RUNS; i++) offline.push(await reloadUntilFirstCard(page));

  const runs = (values: number[]) => values.map((ms) => Math.round(ms)).join(', ');
  console.log(
    `\nInstalled portal start, /news as the Lyon salesperson, first news card, median of ${RUNS}`,
  );
  console.log(
    `${'offline start'.padEnd(30)} ${`${Math.round(median(offline))} ms`.padStart(10)}   runs ${runs(offline)}`,
  );
  console.log(
    `${'online reload (for comparison)'.padEnd(30)} ${`${Math.round(median(online))} ms`.padStart(10)}   runs ${runs(online)}`,
  );
} finally {
  await browser.close();
  await server.stop();
  await rm(work, { recursive: true, force: true });
}
