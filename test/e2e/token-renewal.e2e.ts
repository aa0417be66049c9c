import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../support/start-server.js';
import { launchBrowser, openPage, signInAs } from './support/browser.js';

/**
 * Tokens that expire while the person reads: a second server whose demo tokens live 30 s
 * (the shortest PIAZZA_DEMO_TOKEN_SECONDS allows). The server checks the real time, so
 * the test waits for the expiry once, for every page at the same time.
 */
const TOKEN_SECONDS = 30;
const root = new URL('../..', import.meta.url).pathname;
let work: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'piazza-e2e-renewal-'));
  [server, browser] = await Promise.all([
    startServer({
      distDir: join(root, 'dist'),
      dataDir: join(work, 'data'),
      env: { PIAZZA_DEMO_TOKEN_SECONDS: String(TOKEN_SECONDS) },
    }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(work, { recursive: true, force: true });
});

/** When each token the page got from the demo issuer was issued (ms since the epoch). */
function watchTokenRequests(page: Page): number[] {
  const issued: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/auth/demo/token' && response.ok()) {
      issued.push(Date.now());
    }
  });
  return issued;
}

const cards = (page: Page) => page.locator('piazza-news-card');
const feedTitle = (page: Page) => page.locator('piazza-news-feed h1');
const articleTitle = (page: Page) => page.locator('piazza-news-article h1');
const signInShown = (page: Page) => page.locator('piazza-sign-in').count();
/** Errors other than the refusals the renewal answers. */
const unexpected = (errors: string[]) => errors.filter((error) => !/\b401\b/.test(error));

describe('a token that expires while the person uses the portal', () => {
  it('is renewed without losing the page, standalone, on a reload and in the host portal', async () => {
    const [standalone, reloaded, hosted] = await Promise.all([
      openPage(browser),
      openPage(browser),
      openPage(browser),
    ]);
    const issued = [standalone, reloaded, hosted].map(({ page }) => watchTokenRequests(page));
    await Promise.all([
      signInAs(standalone.page, server.baseUrl, 'Camille Laurent'),
      signInAs(reloaded.page, server.baseUrl, 'Piotr Kowalski'),
      hosted.page.goto(`${server.baseUrl}/host-portal/?as=person-demo-pl-sales`),
    ]);
    for (const { page } of [standalone, reloaded, hosted]) {
      await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    }
    // State the renewal must not lose: the feed element itself, with the page it shows.
    const page = standalone.page;
    await page.evaluate(() => {
      const app = document
        .querySelector('piazza-portal')!
        .shadowRoot!.querySelector('piazza-news-app')!;
      (window as unknown as { feed: Element }).feed =
        app.shadowRoot!.querySelector('piazza-news-feed')!;
    });
    const firstPage = await cards(page).count();

    const lastIssued = Math.max(...issued.map((times) => times.at(-1)!));
    const expired = lastIssued + TOKEN_SECONDS * 1000 + 1000;
    await new Promise((resolve) => setTimeout(resolve, expired - Date.now()));

    // Standalone: the next page of the feed, then an article, with a renewed token.
    await page.locator('piazza-news-feed .more button').click();
    await expect.poll(() => cards(page).count()).toBeGreaterThan(firstPage);
    const sameFeed = await page.evaluate(() => {
      const app = document
        .querySelector('piazza-portal')!
        .shadowRoot!.querySelector('piazza-news-app')!;
      return (
        app.shadowRoot!.querySelector('piazza-news-feed') ===
        (window as unknown as { feed: Element }).feed
      );
    });
    expect(sameFeed).toBe(true);
    const title = (await cards(page).first().locator('h2 a').textContent())!.trim();
    await cards(page).first().locator('h2 a').click();
    await expect.poll(() => articleTitle(page).textContent()).toBe(title);

    // A reload with the expired token kept by the tab (the session cookie expired with it).
    await reloaded.page.reload();
    await expect.poll(() => feedTitle(reloaded.page).textContent()).toBe('Najnowsze aktualności');

    // In the host portal, through the host's getToken({ forceRefresh: true }).
    await cards(hosted.page).first().locator('h2 a').click();
    await expect.poll(() => articleTitle(hosted.page).count()).toBe(1);

    for (const [index, watched] of [standalone, reloaded, hosted].entries()) {
      expect(await signInShown(watched.page)).toBe(0);
      expect(issued[index]!.filter((time) => time > expired).length).toBe(1);
      expect(unexpected(watched.errors)).toEqual([]);
    }
  }, 90_000);

  it('sends the person back to the sign-in, saying why, when the token is refused for good', async () => {
    const { page } = await openPage(browser);
    const answered: string[] = [];
    page.on('response', (response) => {
      const request = response.request();
      if (new URL(request.url()).pathname !== '/graphql') return;
      if (request.headers()['accept'] === 'text/event-stream') answered.push('stream');
      else
        answered.push((request.postDataJSON() as { operationName?: string }).operationName ?? '');
    });
    await signInAs(page, server.baseUrl, 'Camille Laurent');
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    // The header's bell and live mark load after the first paint and ask for their own data
    // (the last, the bell's stream): done first, so that the refused token is the article's.
    await expect.poll(() => answered).toEqual(expect.arrayContaining(['LiveNow', 'stream']));
    await page.evaluate(() => sessionStorage.setItem('piazza.demoToken', 'not-a-token'));
    const title = (await cards(page).first().locator('h2 a').textContent())!.trim();
    await cards(page).first().locator('h2 a').click();
    await expect
      .poll(() => page.locator('piazza-sign-in [role="status"]').textContent())
      .toBe('Votre session a expiré. Reconnectez-vous pour continuer.');
    expect(await cards(page).count()).toBe(0);

    // Signing in again reopens the page the person was on.
    await page
      .getByRole('button', { name: /Camille Laurent/ })
      .first()
      .click();
    await expect.poll(() => articleTitle(page).textContent()).toBe(title);
    expect(await page.locator('piazza-sign-in').count()).toBe(0);
  });
});
