import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlAs } from './support/api.js';
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

/** Asks the API, as the person, what they may read. */
async function seenThroughApi(personId: string): Promise<Seen> {
  // One query each: together they would pass the server's query-cost limit.
  const { newsFeed } = await graphqlAs<{
    newsFeed: { edges: { node: { brand: { code: string } } }[] };
  }>(baseUrl, personId, '{ newsFeed(first: 50) { edges { node { brand { code } } } } }');
  const { dealers } = await graphqlAs<{
    dealers: { edges: { node: { region: { id: string; country: { code: string } } } }[] };
  }>(
    baseUrl,
    personId,
    '{ dealers(first: 100) { edges { node { region { id country { code } } } } } }',
  );
  const unique = (values: string[]) => [...new Set(values)].sort();
  const regions = dealers.edges.map((edge) => edge.node.region);
  return {
    brands: unique(newsFeed.edges.map((edge) => edge.node.brand.code)),
    dealerCountries: unique(regions.map((region) => region.country.code)),
    dealerRegions: unique(regions.map((region) => region.id)),
    dealerCount: regions.length,
  };
}

/** The journeys' people, and what their role and scope let them see. */
const JOURNEY_PEOPLE = [
  {
    id: 'person-demo-fr-sales',
    name: 'Camille Laurent',
    brands: ['veyra'],
    countries: ['FR'],
    dealers: 1,
  },
  {
    id: 'person-demo-it-area',
    name: 'Giulia Ferraro',
    brands: ['lumo'],
    countries: ['IT'],
    regions: 1,
  },
  {
    id: 'person-demo-it-service',
    name: 'Marco Bianchi',
    brands: ['lumo'],
    countries: ['IT'],
    dealers: 1,
  },
  {
    id: 'person-demo-de-region',
    name: 'Matthias Keller',
    brands: ['norvik'],
    countries: ['DE'],
    regions: 1,
    routes: ['/news', '/tickets', '/barometers'],
  },
  {
    id: 'person-demo-pl-translator',
    name: 'Agnieszka Nowak',
    brands: ['castello'],
    countries: [],
    dealers: 0,
    routes: ['/news', '/tickets', '/translations'],
  },
  {
    id: 'person-demo-it-editor',
    name: 'Francesca Romano',
    brands: ['lumo'],
    countries: ['ES', 'IT'],
    routes: ['/news', '/newsroom', '/tickets', '/barometers'],
  },
  {
    id: 'person-demo-admin',
    name: 'Oliver Bennett',
    routes: ['/news', '/newsroom', '/tickets', '/barometers', '/translations', '/admin'],
  },
];

describe('who sees what', () => {
  it.each(JOURNEY_PEOPLE)('$name sees exactly what their role and scope allow', async (who) => {
    const { page, errors } = await openPage(browser);
    await signInAs(page, baseUrl, who.name);
    await expect.poll(() => navRoutes(page)).toEqual(who.routes ?? ['/news', '/tickets']);
    await expect.poll(() => page.locator('piazza-news-card').count()).toBeGreaterThan(0);
    const seen = await seenThroughApi(who.id);
    if (who.brands) expect(seen.brands).toEqual(who.brands);
    else expect(seen.brands.length).toBeGreaterThan(1);
    if (who.countries) expect(seen.dealerCountries).toEqual(who.countries);
    if (who.dealers !== undefined) expect(seen.dealerCount).toBe(who.dealers);
    if (who.regions !== undefined) expect(seen.dealerRegions).toHaveLength(who.regions);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a pilot app only to its cohort, marked as early access', async () => {
    const setWave = (app: string, wave: string, countries: string[]) =>
      graphqlAs(
        baseUrl,
        'person-demo-admin',
        `mutation ($app: String!, $wave: RolloutWave!, $countries: [String!]) {
          setAppRollout(input: { app: $app, wave: $wave, countries: $countries }) { wave }
        }`,
        { app, wave, countries },
      );
    // Every app of the deployment (the suite's broken one too) goes to a Polish pilot.
    const apps = ['news', 'ticketing', 'broken'];
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
      await expect.poll(() => navRoutes(piotr.page)).toEqual(['/news', '/tickets']);
      expect(
        await piotr.page.locator('piazza-portal-header nav a').first().textContent(),
      ).toContain('Wczesny dostęp');
      await expect.poll(() => piotr.page.locator('piazza-news-card').count()).toBeGreaterThan(0);
    } finally {
      for (const app of apps) await setWave(app, 'EVERYONE', []);
    }
  });
});
