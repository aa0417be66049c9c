/**
 * Part of `npm run bench` (after run.ts, which builds dist/): how long the installed
 * portal takes to start with no network. The Lyon salesperson signs in, the service worker
 * takes charge and the page is visited once with it (so it keeps the first view); then,
 * offline, the page is reloaded RUNS times and each time the moment the first news card
 * exists is taken from the page's own clock (performance.now(), from the navigation's
 * start). The same reload online is measured beside it for comparison. Median of each.
 */
import type { Page } from 'playwright-core';
import { timingLine, withBenchServer } from './bench-support.js';

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

await withBenchServer('offline', async (baseUrl, browser) => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
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

  console.log(
    `\nInstalled portal start, /news as the Lyon salesperson, first news card, median of ${RUNS}`,
  );
  console.log(timingLine('offline start', offline));
  console.log(timingLine('online reload (for comparison)', online));
});
