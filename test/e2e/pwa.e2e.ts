import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../support/chromium.js';
import { startServer, type RunningServer } from '../support/start-server.js';
import { graphqlAs, uploadAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInAs } from './support/browser.js';
import { PIXEL_PNG } from './support/ticket-form.js';

/**
 * The installed portal: its own server on a copy of the build, because one test deploys
 * a new version of an app into it while a page of the old version stays open.
 */
const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
let work: string;
let distDir: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'piazza-e2e-pwa-'));
  distDir = join(work, 'dist');
  await cp(process.env['PIAZZA_DIST'] ?? join(root, 'dist'), distDir, { recursive: true });
  [server, browser] = await Promise.all([
    startServer({
      distDir,
      dataDir: join(work, 'data'),
      env: { PIAZZA_DEMO_SIGN_INS_PER_MINUTE: '1000' },
    }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(work, { recursive: true, force: true });
});

const cards = (page: Page) => page.locator('piazza-news-card');
const articleTitle = (page: Page) => page.locator('piazza-news-article h1');
const pwaStatus = (page: Page) => page.locator('piazza-pwa-status');

/** Waits until the service worker has taken charge of the page (it claims open pages). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The news app's module in the import map the page's deployment serves. */
async function newsModule(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const map = (await (await fetch('/importmap.json')).json()) as {
      scopes: Record<string, Record<string, string>>;
    };
    return map.scopes['/assets/']!['@piazza/news']!;
  });
}

/**
 * Deploys a new version of the news app, as `build --app news` does: a new module under a
 * new content-hashed name (the old one removed from the server), its record, `--assemble`
 * (which also builds the new service worker). Returns the new module's URL.
 */
async function redeployNews(): Promise<string> {
  const recordFile = join(distDir, 'build/app-news.json');
  const record = JSON.parse(await readFile(recordFile, 'utf8')) as {
    imports: Record<string, string>;
    graph: Record<string, string[]>;
  };
  const oldUrl = record.imports['@piazza/news']!;
  const source = `${await readFile(join(distDir, 'public', oldUrl), 'utf8')}\nexport const redeployed = ${Date.now()};\n`;
  const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
  const newUrl = oldUrl.replace(/-[\w-]+\.js$/, `-${hash}.js`);
  await writeFile(join(distDir, 'public', newUrl), source);
  await rm(join(distDir, 'public', oldUrl));
  record.imports['@piazza/news'] = newUrl;
  record.graph[newUrl] = record.graph[oldUrl]!;
  delete record.graph[oldUrl];
  await writeFile(recordFile, JSON.stringify(record, null, 2));
  await run('npx', ['tsx', 'scripts/build.ts', '--assemble'], {
    cwd: root,
    env: { ...process.env, PIAZZA_DIST: distDir },
  });
  return newUrl;
}

describe('the installed portal', () => {
  it('is installable: manifest, icons, service worker (no installability errors)', async () => {
    // A profile on disk: Chromium installs nothing from an incognito context.
    const profile = join(work, 'profile');
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      locale: 'en-GB',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await signInAs(page, server.baseUrl, 'Camille Laurent');
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await (
      await page.request.get(`${server.baseUrl}/piazza.webmanifest`)
    ).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: 'Piazza',
      short_name: 'Piazza',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1f4e8c',
    });
    await context.close();
  });

  it('starts offline and shows the news and the article already opened, saying since when', async () => {
    const { page } = await openPage(browser, { width: 360, height: 740 });
    const context = page.context();
    await signInAs(page, server.baseUrl, 'Camille Laurent');
    await controlled(page);
    // A visit with the worker in charge: the page the server sends carries the first view
    // (session and feed), which the worker keeps; the article goes through it as a query.
    await page.reload();
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    const feedTitles = await cards(page).locator('h2 a').allTextContents();
    await cards(page).first().locator('h2 a').click();
    const title = (await articleTitle(page).textContent())!;
    const articleUrl = page.url();

    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => articleTitle(page).textContent()).toBe(title);
    await expect
      .poll(() => pwaStatus(page).locator('[role="status"]').first().textContent())
      .toMatch(/Hors ligne : affichage de ce qui a été enregistré le .*\d/);
    expect(page.url()).toBe(articleUrl);
    await page.getByRole('link', { name: 'Toutes les actualités' }).click();
    await expect.poll(() => cards(page).locator('h2 a').allTextContents()).toEqual(feedTitles);
    expect(await axeViolations(page)).toEqual([]);

    // A page it never saved: the small offline page, in every language.
    await page.goto(`${server.baseUrl}/host-portal/`);
    await expect.poll(() => page.locator('li[lang="fr"]').textContent()).toContain('hors ligne');

    // Back online, the answers are live again and the banner goes.
    await context.setOffline(false);
    await page.goto(articleUrl);
    await expect.poll(() => articleTitle(page).textContent()).toBe(title);
    await page.getByRole('link', { name: 'Toutes les actualités' }).click();
    await expect.poll(() => pwaStatus(page).locator('.banner').count()).toBe(0);

    // What the person read leaves the device with their session.
    const savedCaches = () => page.evaluate(() => caches.keys());
    expect(await savedCaches()).toContain('piazza-answers');
    await page.locator('piazza-portal-header summary').click();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.locator('piazza-sign-in').waitFor();
    expect(await savedCaches()).not.toContain('piazza-answers');
    await context.close();
  });

  it('shows the photo of a ticket already opened offline, until the person signs out', async () => {
    const camille = 'person-demo-fr-sales';
    const photo = await uploadAs(server.baseUrl, camille, '/api/tickets/photos', PIXEL_PNG);
    const { createTicket } = await graphqlAs<{ createTicket: { id: string } }>(
      server.baseUrl,
      camille,
      `mutation ($input: CreateTicketInput!) {
        createTicket(input: $input, idempotencyKey: "pwa-photo") { id } }`,
      {
        input: {
          categoryId: 'category-it',
          title: 'Scratched door',
          description: 'See the photo.',
          photoIds: [photo.id],
        },
      },
    );
    const { page } = await openPage(browser);
    const context = page.context();
    await signInAs(page, server.baseUrl, 'Camille Laurent');
    await controlled(page);
    const shown = () =>
      page
        .locator('piazza-ticketing-photo img')
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)
        .catch(() => false);
    await page.goto(`${server.baseUrl}/tickets/${createTicket.id}`);
    await page.getByRole('heading', { level: 1, name: 'Scratched door' }).waitFor();
    await expect.poll(shown).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Scratched door' }).waitFor();
    await expect.poll(shown).toBe(true);

    // The photo leaves the device with the session, like the answers.
    await context.setOffline(false);
    const savedCaches = () => page.evaluate(() => caches.keys());
    expect(await savedCaches()).toContain('piazza-ticket-files');
    await page.locator('piazza-portal-header summary').click();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.locator('piazza-sign-in').waitFor();
    expect(await savedCaches()).not.toContain('piazza-ticket-files');
    await context.close();
  });

  it('offers a new version once deployed; until the reload, the page keeps all of its own', async () => {
    const { page, errors, scripts } = await openPage(browser);
    await signInAs(page, server.baseUrl, 'Camille Laurent');
    await controlled(page);
    const oldNews = await newsModule(page);

    const newNews = await redeployNews();
    expect((await fetch(`${server.baseUrl}${oldNews}`)).status).toBe(404);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const toast = pwaStatus(page).locator('.toast');
    await expect
      .poll(() => toast.textContent())
      .toContain('Une nouvelle version de Piazza est prête.');

    // Reloaded without the update: still the old version, whole, from its worker, though
    // the server now has another index.html and no longer has the old app.
    scripts.length = 0;
    await page.reload();
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    expect(await newsModule(page)).toBe(oldNews);
    expect(scripts).toContain(`${server.baseUrl}${oldNews}`);
    expect(scripts).not.toContain(`${server.baseUrl}${newNews}`);
    await cards(page).first().locator('h2 a').click();
    await expect.poll(() => articleTitle(page).count()).toBe(1);

    // The person chooses: the new worker takes over and the page reloads into the new version.
    // The new worker activates first (its old caches go): slower than a plain reload on a
    // busy machine.
    scripts.length = 0;
    await Promise.all([
      page.waitForEvent('load', { timeout: 30_000 }),
      toast.getByRole('button', { name: 'Recharger' }).click(),
    ]);
    await expect.poll(() => articleTitle(page).count()).toBe(1);
    expect(await newsModule(page)).toBe(newNews);
    expect(scripts).toContain(`${server.baseUrl}${newNews}`);
    expect(await toast.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
