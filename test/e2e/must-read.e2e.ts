import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInAs } from './support/browser.js';

const baseUrl = inject('baseUrl');
const LYON_SALESPERSON = 'person-demo-fr-sales';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const section = (page: Page) => page.getByRole('region', { name: /à lire et à confirmer/ });
/** The articles the section lists, by id (two articles may share a title). */
const sectionIds = async (page: Page) =>
  (
    await section(page)
      .locator('piazza-news-card h3 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  ).map((href) => href!.split('/').pop());

interface MustReads {
  mustReads: { id: string; title: string }[];
}

describe('journey 1: a Veyra salesperson in Lyon', () => {
  it('opens a must-read from the must-read section, acknowledges it, and it leaves the section', async () => {
    const before = await graphqlAs<MustReads>(
      baseUrl,
      LYON_SALESPERSON,
      'query { mustReads(locale: "fr") { id title } }',
    );
    expect(before.mustReads.length, 'the seed gives Camille must-reads').toBeGreaterThan(0);

    const { page, errors } = await openPage(browser, { width: 360, height: 800 });
    await signInAs(page, baseUrl, 'Camille Laurent');
    await expect
      .poll(() => section(page).locator('h2').textContent())
      .toMatch(new RegExp(`^\\s*${before.mustReads.length} articles? à lire et à confirmer\\s*$`));
    expect(await sectionIds(page)).toEqual(before.mustReads.map((article) => article.id));
    expect(await axeViolations(page)).toEqual([]);

    const [first] = before.mustReads;
    await section(page).locator(`a[href="/news/${first!.id}"]`).click();
    await expect
      .poll(() => page.locator('piazza-news-article h1').textContent())
      .toBe(first!.title);
    expect(page.url()).toBe(`${baseUrl}/news/${first!.id}`);
    const banner = page.getByRole('region', {
      name: 'Merci de confirmer que vous avez lu cet article',
    });
    const confirm = banner.getByRole('button', { name: 'J’ai lu et compris' });
    expect((await confirm.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await axeViolations(page)).toEqual([]);

    await confirm.click();
    const confirmation = page.locator('piazza-news-must-read-banner .confirmation');
    await expect.poll(() => confirmation.textContent()).toMatch(/Lu et confirmé le/);
    expect(await banner.count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Toutes les actualités' }).click();
    await expect
      .poll(() => page.locator('piazza-news-feed h1').textContent())
      .toBe('Dernières actualités');
    const remaining = before.mustReads.slice(1).map((article) => article.id);
    await expect.poll(() => sectionIds(page)).toEqual(remaining);

    await page.reload();
    await expect
      .poll(() => page.locator('piazza-news-feed h1').textContent())
      .toBe('Dernières actualités');
    await expect.poll(() => sectionIds(page)).toEqual(remaining);
    await page.goto(`${baseUrl}/news/${first!.id}`);
    await expect.poll(() => confirmation.textContent()).toMatch(/Lu et confirmé le/);
    expect(await page.locator('piazza-news-must-read-banner button').count()).toBe(0);
    expect(errors).toEqual([]);

    const after = await graphqlAs<MustReads & { article: { acknowledgedAt: string | null } }>(
      baseUrl,
      LYON_SALESPERSON,
      'query ($id: ID!) { mustReads(locale: "fr") { id title } article(id: $id) { acknowledgedAt } }',
      { id: first!.id },
    );
    expect(after.mustReads.map((article) => article.id)).not.toContain(first!.id);
    expect(after.article.acknowledgedAt).not.toBeNull();
  });
});
