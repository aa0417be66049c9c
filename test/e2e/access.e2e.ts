import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, signInAs } from './support/browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Seen {
  brands: string[];
  dealerCountries: string[];
  dealerRegions: string[];
  dealerCount: number;
}

/** The app routes the header offers, but the broken app the suite deploys for everyone. */
const navRoutes = (page: Page) =>
  page
    .locator('piazza-portal-header nav a')
    .evaluateAll((links) =>
      links
        .map((link) => new URL((link as HTMLAnchorElement).href).pathname)
        .filter((path) => path !== '/broken'),
    );

/** Asks the API, with the page's own token, what the person may read. */
function seenThroughApi(page: Page): Promise<Seen> {
  return page.evaluate(async () => {
    // One query each: together they would pass the server's query-cost limit.
    const ask = async <Data>(query: string): Promise<Data> => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${sessionStorage.getItem('piazza.demoToken')}`,
        },
        body: JSON.stringify({ query }),
      });
      return ((await response.json()) as { data: Data }).data;
    };
    const { newsFeed } = await ask<{
      newsFeed: { edges: { node: { brand: { code: string } } }[] };
    }>('{ newsFeed(first: 50) { edges { node { brand { code } } } } }');
    const { dealers } = await ask<{
      dealers: { edges: { node: { region: { id: string; country: { code: string } } } }[] };
    }>('{ dealers(first: 100) { edges { node { region { id country { code } } } } } }');
    const unique = (values: string[]) => [...new Set(values)].sort();
    const regions = dealers.edges.map((edge) => edge.node.region);
    return {
      brands: unique(newsFeed.edges.map((edge) => edge.node.brand.code)),
      dealerCountries: unique(regions.map((region) => region.country.code)),
      dealerRegions: unique(regions.map((region) => region.id)),
      dealerCount: regions.length,
    };
  });
}

/** The journeys' people, and what their role and scope let them see. */
const JOURNEY_PEOPLE = [
  { name: 'Camille Laurent', routes: ['/news'], brands: ['veyra'], countries: ['FR'], dealers: 1 },
  { name: 'Giulia Ferraro', routes: ['/news'], brands: ['lumo'], countries: ['IT'], regions: 1 },
  { name: 'Marco Bianchi', routes: ['/news'], brands: ['lumo'], countries: ['IT'], dealers: 1 },
  { name: 'Matthias Keller', routes: ['/news'], brands: ['norvik'], countries: ['DE'], regions: 1 },
  { name: 'Agnieszka Nowak', routes: ['/news'], brands: ['castello'], countries: [], dealers: 0 },
  { name: 'Francesca Romano', routes: ['/news'], brands: ['lumo'], countries: ['ES', 'IT'] },
  { name: 'Oliver Bennett', routes: ['/news', '/admin'] },
];

describe('who sees what', () => {
  it.each(JOURNEY_PEOPLE)('$name sees exactly what their role and scope allow', async (who) => {
    const { page, errors } = await openPage(browser);
    await signInAs(page, baseUrl, who.name);
    await expect.poll(() => navRoutes(page)).toEqual(who.routes);
    await expect.poll(() => page.locator('piazza-news-card').count()).toBeGreaterThan(0);
    const seen = await seenThroughApi(page);
    if (who.brands) expect(seen.brands).toEqual(who.brands);
    else expect(seen.brands.length).toBeGreaterThan(1);
    if (who.countries) expect(seen.dealerCountries).toEqual(who.countries);
    if (who.dealers !== undefined) expect(seen.dealerCount).toBe(who.dealers);
    if (who.regions !== undefined) expect(seen.dealerRegions).toHaveLength(who.regions);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a pilot app only to its cohort, marked as early access', async () => {
    const admin = await openPage(browser);
    await signInAs(admin.page, baseUrl, 'Oliver Bennett');
    await expect.poll(() => navRoutes(admin.page)).toContain('/news');
    const setWave = (app: string, wave: string, countries: string[]) =>
      admin.page.evaluate(
        async ({ app, wave, countries }) => {
          const response = await fetch('/graphql', {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${sessionStorage.getItem('piazza.demoToken')}`,
            },
            body: JSON.stringify({
              query: `mutation ($app: String!, $wave: RolloutWave!, $countries: [String!]) {
                setAppRollout(input: { app: $app, wave: $wave, countries: $countries }) { wave }
              }`,
              variables: { app, wave, countries },
            }),
          });
          return ((await response.json()) as { data: unknown }).data;
        },
        { app, wave, countries },
      );
    // Every app of the deployment (the suite's broken one too) goes to a Polish pilot.
    const apps = ['news', 'broken'];
    try {
      for (const app of apps) {
        expect(await setWave(app, 'PILOT', ['PL'])).toEqual({ setAppRollout: { wave: 'PILOT' } });
      }

      const camille = await openPage(browser);
      await signInAs(camille.page, baseUrl, 'Camille Laurent');
      await expect
        .poll(() => camille.page.locator('piazza-portal main > p').textContent())
        .toContain('Aucune rubrique de Piazza ne vous est encore ouverte');
      expect(await camille.page.locator('piazza-portal-header nav a').count()).toBe(0);

      const piotr = await openPage(browser);
      await signInAs(piotr.page, baseUrl, 'Piotr Kowalski');
      await expect.poll(() => navRoutes(piotr.page)).toEqual(['/news']);
      expect(
        await piotr.page.locator('piazza-portal-header nav a').first().textContent(),
      ).toContain('Wczesny dostęp');
      await expect.poll(() => piotr.page.locator('piazza-news-card').count()).toBeGreaterThan(0);
    } finally {
      for (const app of apps) await setWave(app, 'EVERYONE', []);
    }
  });
});
