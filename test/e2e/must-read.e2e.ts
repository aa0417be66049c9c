import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInAs } from './support/browser.js';
import { pattern, wordsOf } from './support/words.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A reader of journey 1, and the words of their language (the app's own bundles). */
const READERS = [
  { personId: 'person-demo-fr-sales', name: 'Camille Laurent', locale: 'fr' },
  { personId: 'person-demo-it-service', name: 'Marco Bianchi', locale: 'it' },
  { personId: 'person-demo-pl-sales', name: 'Piotr Kowalski', locale: 'pl' },
];

interface MustReads {
  mustReads: { id: string; title: string }[];
}

describe('journey 1: a salesperson or service manager at a dealer', () => {
  it.each(READERS)(
    '$name ($locale) opens a must-read from the must-read section, acknowledges it, and it leaves the section',
    async ({ personId, name, locale }) => {
      const t = await wordsOf(locale);
      const before = await graphqlAs<MustReads>(
        baseUrl,
        personId,
        'query ($locale: String!) { mustReads(locale: $locale) { id title } }',
        { locale },
      );
      expect(before.mustReads.length, 'the seed gives them must-reads').toBeGreaterThan(0);
      const heading = t('mustRead.heading', { count: before.mustReads.length });
      const section = (page: Page) => page.getByRole('region', { name: heading });
      /** The articles the section lists, by id (two articles may share a title). */
      const sectionIds = async (page: Page) =>
        (
          await section(page)
            .locator('piazza-news-card h3 a')
            .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
        ).map((href) => href!.split('/').pop());

      const { page, errors } = await openPage(browser, { width: 360, height: 800 });
      await signInAs(page, baseUrl, name);
      await expect.poll(() => section(page).locator('h2').textContent()).toContain(heading);
      expect(await sectionIds(page)).toEqual(before.mustReads.map((article) => article.id));
      expect(await axeViolations(page)).toEqual([]);

      const [first] = before.mustReads;
      await section(page).locator(`a[href="/news/${first!.id}"]`).click();
      await expect
        .poll(() => page.locator('piazza-news-article h1').textContent())
        .toBe(first!.title);
      expect(page.url()).toBe(`${baseUrl}/news/${first!.id}`);
      const banner = page.getByRole('region', { name: t('mustRead.confirmTitle') });
      const confirm = banner.getByRole('button', { name: t('mustRead.confirm') });
      expect((await confirm.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      expect(await axeViolations(page)).toEqual([]);

      await confirm.click();
      const confirmation = page.locator('piazza-news-must-read-banner .confirmation');
      const confirmed = pattern(t('mustRead.acknowledgedOn', { date: 'OPEN' }));
      await expect.poll(() => confirmation.textContent()).toMatch(confirmed);
      expect(await banner.count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: t('article.back') }).click();
      await expect
        .poll(() => page.locator('piazza-news-feed h1').textContent())
        .toBe(t('feed.title'));
      const remaining = before.mustReads.slice(1).map((article) => article.id);
      if (remaining.length > 0) {
        const left = page.getByRole('region', {
          name: t('mustRead.heading', { count: remaining.length }),
        });
        await expect
          .poll(async () =>
            (
              await left
                .locator('piazza-news-card h3 a')
                .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
            ).map((href) => href!.split('/').pop()),
          )
          .toEqual(remaining);
      }

      await page.reload();
      await expect
        .poll(() => page.locator('piazza-news-feed h1').textContent())
        .toBe(t('feed.title'));
      await page.goto(`${baseUrl}/news/${first!.id}`);
      await expect.poll(() => confirmation.textContent()).toMatch(confirmed);
      expect(await page.locator('piazza-news-must-read-banner button').count()).toBe(0);
      expect(errors).toEqual([]);

      const after = await graphqlAs<MustReads & { article: { acknowledgedAt: string | null } }>(
        baseUrl,
        personId,
        `query ($id: ID!, $locale: String!) {
          mustReads(locale: $locale) { id title } article(id: $id) { acknowledgedAt } }`,
        { id: first!.id, locale },
      );
      expect(after.mustReads.map((article) => article.id)).not.toContain(first!.id);
      expect(after.article.acknowledgedAt).not.toBeNull();
    },
  );
});
