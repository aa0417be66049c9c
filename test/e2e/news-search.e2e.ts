import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInAs } from './support/browser.js';

const baseUrl = inject('baseUrl');
const LYON_SALESPERSON = 'person-demo-fr-sales';
/** In the French text of the seed's "charging points in every dealership" article. */
const PLURAL = 'bornes';
const SINGULAR = 'borne';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Feed {
  newsFeed: { edges: { node: { id: string; title: string } }[] };
}

/** What the API finds for Camille in French: the oracle for what the page shows. */
async function searchAsCamille(search: string) {
  const data = await graphqlAs<Feed>(
    baseUrl,
    LYON_SALESPERSON,
    'query ($search: String) { newsFeed(first: 50, locale: "fr", search: $search) { edges { node { id title } } } }',
    { search },
  );
  return data.newsFeed.edges.map(({ node }) => node);
}

const field = (page: Page) =>
  page.getByRole('searchbox', { name: 'Rechercher dans les actualités' });
const results = (page: Page) => page.locator('piazza-news-search-results');
const status = (page: Page) => results(page).getByRole('status');
const resultIds = async (page: Page) =>
  (
    await results(page)
      .locator('piazza-news-card h2 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  ).map((href) => href!.split('/').pop());
const height = async (page: Page, name: string) =>
  (await page.getByRole('button', { name, exact: true }).boundingBox())!.height;

describe('journey 1: a Veyra salesperson in Lyon searches the news', () => {
  it('finds an article by a French word and its singular, keeps the search on reload, and clears it', async () => {
    const expected = await searchAsCamille(PLURAL);
    expect(expected.length, 'the seed gives Camille an article about charging points').toBe(1);
    expect(expected[0]!.title).toContain(PLURAL);
    // The server stems: the singular finds the same article.
    expect(await searchAsCamille(SINGULAR)).toEqual(expected);
    const ids = expected.map((article) => article.id);

    const { page, errors } = await openPage(browser, { width: 360, height: 800 });
    await signInAs(page, baseUrl, 'Camille Laurent');
    await expect
      .poll(() => page.locator('piazza-news-feed piazza-news-card').count())
      .toBeGreaterThan(0);

    await field(page).fill(PLURAL);
    await field(page).press('Enter');
    await expect.poll(() => page.url()).toBe(`${baseUrl}/news?q=${PLURAL}`);
    await expect.poll(() => resultIds(page)).toEqual(ids);
    expect(await results(page).locator('h2 a').first().textContent()).toContain(PLURAL);
    expect(await status(page).textContent()).toMatch(/^\s*Résultats pour «\s+bornes\s+»\s*$/);
    expect(await page.locator('piazza-news-article-section section').count()).toBe(0);
    expect((await field(page).boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await height(page, 'Rechercher')).toBeGreaterThanOrEqual(44);
    expect(await height(page, 'Effacer la recherche')).toBeGreaterThanOrEqual(44);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await field(page).fill(SINGULAR);
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/news?q=${SINGULAR}`);
    await expect.poll(() => status(page).textContent()).toMatch(/«\s+borne\s+»/);
    await expect.poll(() => resultIds(page)).toEqual(ids);

    await page.reload();
    await expect.poll(() => resultIds(page)).toEqual(ids);
    expect(await field(page).inputValue()).toBe(SINGULAR);

    await field(page).fill('xylophone');
    await field(page).press('Enter');
    await expect
      .poll(() => status(page).textContent())
      .toMatch(/^\s*Aucun article ne correspond à «\s+xylophone\s+»\. Essayez d’autres mots\.\s*$/);
    expect(await resultIds(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/news?q=${SINGULAR}`);
    await expect.poll(() => resultIds(page)).toEqual(ids);

    await page.getByRole('button', { name: 'Effacer la recherche' }).click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/news`);
    await expect.poll(() => results(page).count()).toBe(0);
    await expect.poll(() => page.locator('piazza-news-feed .more').count()).toBe(1);
    expect(await page.locator('piazza-news-card').count()).toBeGreaterThan(ids.length);
    expect(await field(page).inputValue()).toBe('');
    expect(errors).toEqual([]);
  });
});
