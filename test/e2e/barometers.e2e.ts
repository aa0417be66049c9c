import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInAs } from './support/browser.js';
import { wordsOf } from './support/words.js';

/**
 * Journey 3 (DOMAIN.md): a Norvik region manager in Germany reads his region's barometer,
 * KPIs against target per dealer with their trend, the network's themes, a dealer's
 * tickets by SLA; drills into one dealer; exports CSV; and never sees another region.
 */
const baseUrl = inject('baseUrl');
const MANAGER = 'person-demo-de-region';
const ADMIN = 'person-demo-admin';
const APP = ['piazza-portal', 'piazza-barometers-app'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Row {
  id: string;
  name: string;
}

/** The rows of a barometer as the API gives them to someone who may see it. */
async function barometerRows(personId: string, scope: object, period: string): Promise<Row[]> {
  const { barometer } = await graphqlAs<{ barometer: { rows: Row[] } }>(
    baseUrl,
    personId,
    `query ($scope: BarometerScopeInput!, $period: String!) {
      barometer(scope: $scope, period: $period) { rows { id name } } }`,
    { scope, period },
  );
  return barometer.rows;
}

/** Matthias's region, and a Norvik dealer of another German region (the admin finds it). */
async function regions(): Promise<{ own: { id: string }; otherRegion: Row; otherDealer: Row }> {
  const { barometerScopes } = await graphqlAs<{ barometerScopes: { id: string }[] }>(
    baseUrl,
    MANAGER,
    '{ barometerScopes { id } }',
  );
  const own = barometerScopes[0]!;
  const period = await openingPeriod();
  const germany = await barometerRows(
    ADMIN,
    { level: 'COUNTRY', id: 'DE', brandId: 'brand-norvik' },
    period,
  );
  const otherRegion = germany.find((region) => region.id !== own.id)!;
  const [otherDealer] = await barometerRows(
    ADMIN,
    { level: 'REGION', id: otherRegion.id, brandId: 'brand-norvik' },
    period,
  );
  return { own, otherRegion, otherDealer: otherDealer! };
}

/** The month the barometers open on: the last one that is over. */
async function openingPeriod(): Promise<string> {
  const now = new Date();
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return last.toISOString().slice(0, 7);
}

/** A ticket filed now at a dealer of his region, and the tag he gives it as its handler. */
async function fileTaggedTicket(dealerId: string, tag: string): Promise<void> {
  const { createTicket } = await graphqlAs<{ createTicket: { id: string } }>(
    baseUrl,
    MANAGER,
    `mutation ($dealerId: ID!, $key: String!) { createTicket(input: { categoryId: "category-it",
      dealerId: $dealerId, title: "Bremsenset falsch geliefert",
      description: "Wieder das Set für die Limousine statt für den Kombi." },
      idempotencyKey: $key) { id } }`,
    { dealerId, key: `barometers-e2e-${Date.now()}` },
  );
  await graphqlAs(
    baseUrl,
    MANAGER,
    'mutation ($id: ID!, $tags: [String!]!) { setTicketTags(id: $id, tags: $tags) { id } }',
    { id: createTicket.id, tags: [tag] },
  );
}

const network = (page: Page) => page.locator('piazza-network-barometer');
const dealerLinks = (page: Page) => network(page).locator('table a[href*="/barometers/dealers/"]');

describe('the barometers of a region manager', () => {
  it('show his region’s dealers against target, the themes, a dealer, a CSV, and nothing of another region', async () => {
    const t = await wordsOf('de', ['barometers', 'common']);
    const { own, otherRegion, otherDealer } = await regions();
    const period = await openingPeriod();
    const dealers = await barometerRows(
      MANAGER,
      { level: 'REGION', id: own.id, brandId: 'brand-norvik' },
      period,
    );
    expect(dealers.length).toBeGreaterThan(1);

    const { page, errors } = await openPage(browser);
    await signInAs(page, baseUrl, 'Matthias Keller');
    await page.getByRole('link', { name: t('common:apps.barometers') }).click();

    // Every dealer of his region, and only those, each KPI with its status in words.
    const names = async () =>
      (await dealerLinks(page).allTextContents()).map((name) => name.trim()).sort();
    await expect.poll(names).toEqual(dealers.map((dealer) => dealer.name).sort());
    const statuses = [t('status.MET'), t('status.NEAR'), t('status.MISSED')];
    await expect
      .poll(async () => {
        const text = (await network(page).locator('table').textContent()) ?? '';
        return statuses.filter((status) => text.includes(status)).length;
      })
      .toBeGreaterThan(0);
    // A trend per cell: a sparkline, described in words for screen readers.
    expect(await network(page).locator('table svg').count()).toBeGreaterThan(dealers.length);
    expect(await axeViolations(page, APP)).toEqual([]);

    // Compared with the same month last year: in the address, kept by a reload.
    await page.getByLabel(t('scopeBar.compare')).selectOption('SAME_PERIOD_LAST_YEAR');
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).not.toBeNull();
    await page.reload();
    await expect
      .poll(() => page.getByLabel(t('scopeBar.compare')).inputValue())
      .toBe('SAME_PERIOD_LAST_YEAR');

    // The CSV holds what the table shows: the two roll-ups, then every dealer.
    await dealerLinks(page).first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      network(page)
        .getByRole('button', { name: t('network.download') })
        .click(),
    ]);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toContain(`NEW_VEHICLE_SALES ${t('csv.actual')}`);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      'REGION',
      'COUNTRY',
      ...dealers.map(() => 'DEALER'),
    ]);
    for (const dealer of dealers) expect(csv).toContain(dealer.id);

    // The voice of the network: the themes his region raised.
    await page.getByRole('link', { name: t('nav.sections.voice') }).click();
    const themes = page.locator('piazza-network-voice');
    await expect.poll(() => themes.locator('tbody tr, li.theme').count()).toBeGreaterThan(0);
    // This month so far: a ticket of his region, tagged by its handler, is feedback.
    await fileTaggedTicket(dealers[0]!.id, 'bremsenset');
    const periodPicker = page.locator('piazza-barometer-scope-bar select[name="period"]');
    await periodPicker.selectOption(new Date().toISOString().slice(0, 7));
    const tagged = themes.locator('li.theme', { hasText: '#bremsenset' });
    await expect.poll(() => tagged.count()).toBe(1);
    expect(await tagged.locator('dd').first().textContent()).toBe(t('voice.kinds.FEEDBACK_TAG'));
    await periodPicker.selectOption(period);

    // One dealer: each KPI's trend against target, as a chart and as a table; its tickets.
    await page.getByRole('link', { name: t('nav.sections.network') }).click();
    const chosen = dealers[0]!;
    await dealerLinks(page).getByText(chosen.name, { exact: true }).click();
    const dealerPage = page.locator('piazza-dealer-barometer');
    await expect.poll(() => dealerPage.locator('h1').textContent()).toBe(chosen.name);
    await expect
      .poll(() => dealerPage.locator('piazza-kpi-chart canvas').count())
      .toBeGreaterThan(0);
    await dealerPage.getByText(t('dealer.showTable')).first().click();
    const monthly = dealerPage.locator('details[open] table').first();
    expect(await monthly.locator('tbody tr').count()).toBe(24);
    await expect.poll(() => dealerPage.getByText(t('dealer.tickets.title')).count()).toBe(1);
    expect(await axeViolations(page, APP)).toEqual([]);

    // Another region: neither its barometer nor its dealers, whatever the address says.
    const notFound = page.getByText(t('common:errors.notFound'));
    await page.goto(`${baseUrl}/barometers/dealers/${otherDealer.id}`);
    await expect.poll(() => notFound.count()).toBe(1);
    expect(await page.getByText(otherDealer.name).count()).toBe(0);
    await page.goto(`${baseUrl}/barometers?scope=REGION:${otherRegion.id}&brand=brand-norvik`);
    await expect.poll(() => notFound.count()).toBe(1);
    expect(await page.getByText(otherDealer.name).count()).toBe(0);
    expect(errors.filter((error) => !error.startsWith('HTTP'))).toEqual([]);
  });

  it('speak Italian: the same barometer in Italian words and Italian numbers', async () => {
    const t = await wordsOf('it', ['barometers', 'common']);
    const german = await wordsOf('de', ['common']);
    const { page } = await openPage(browser);
    await signInAs(page, baseUrl, 'Matthias Keller');
    await page.goto(`${baseUrl}/barometers`);
    await dealerLinks(page).first().waitFor();
    await page.locator('piazza-portal-header summary').click();
    await page.getByLabel(german('locale.label')).selectOption('it');
    await expect.poll(() => network(page).locator('h1').textContent()).toBe(t('network.title'));
    const table = network(page).locator('table');
    await expect.poll(() => table.textContent()).toContain(t('network.rowHeading.REGION'));
    // Italian month names in the caption, and Italian thousands separators in the sums.
    const month = new Intl.DateTimeFormat('it', { month: 'long', timeZone: 'UTC' }).format(
      new Date(`${await openingPeriod()}-01T00:00:00Z`),
    );
    await expect.poll(() => table.locator('caption').textContent()).toContain(month);
    expect(await table.textContent()).toMatch(/\d\.\d{3}/);
    expect(await axeViolations(page, APP)).toEqual([]);
  });
});
