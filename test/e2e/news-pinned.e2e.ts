import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInById } from './support/browser.js';
import { wordsOf } from './support/words.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const EDITOR = 'person-demo-it-editor'; // Francesca Romano, Lumo Italy and Spain
const READER = 'person-demo-it-service'; // Marco Bianchi, at a Lumo dealer in Italy
const POLISH_READER = 'person-demo-pl-sales'; // Piotr Kowalski, at a Castello dealer

interface Feed {
  newsFeed: { edges: { node: { id: string; title: string; mustRead: boolean } }[] };
}

/** The ids of the articles whose titles `links` finds. */
const idsOf = (page: Page, links: string) =>
  page
    .locator(links)
    .evaluateAll((found) => found.map((link) => link.getAttribute('href')!.split('/').at(-1)!));
/** Cards set apart above the feed are compact, their titles h3; the feed's are h2. */
const PINNED = 'piazza-news-article-section.pinned piazza-news-card h3 a';
const FEED = 'piazza-news-feed piazza-news-card h2 a';

describe('pinned news', () => {
  it('an editor pins an article in Italian, and it heads the reader’s feed, once', async () => {
    const t = await wordsOf('it', ['newsroom', 'common']);
    const news = await wordsOf('it');
    const feed = await graphqlAs<Feed>(
      baseUrl,
      READER,
      '{ newsFeed(first: 20, excludePinned: true) { edges { node { id title mustRead } } } }',
    );
    const article = feed.newsFeed.edges.map((edge) => edge.node).find((a) => !a.mustRead)!;

    const { page, errors } = await openPage(browser);
    await signInById(page, baseUrl, EDITOR);
    await page.goto(`${baseUrl}/newsroom/articles/${article.id}`);
    const panel = page.locator('piazza-newsroom-pin-panel');
    await expect.poll(() => panel.locator('.status').textContent()).toBe(t('pin.none'));
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await panel.getByLabel(t('workflow.date'), { exact: true }).fill(inThreeDays);
    await panel.getByLabel(t('workflow.time'), { exact: true }).fill('18:00');
    await panel.getByRole('button', { name: t('pin.pin') }).click();
    await expect
      .poll(() => panel.locator('.status').textContent())
      .toMatch(new RegExp(`^${t('pin.pinned', { time: 'OPEN' }).split('OPEN')[0]}`));
    expect(await axeViolations(page, ['piazza-portal', 'piazza-newsroom-app'])).toEqual([]);

    const reader = await openPage(browser);
    await signInById(reader.page, baseUrl, READER);
    await reader.page.goto(`${baseUrl}/news`);
    const pinned = reader.page.locator('piazza-news-article-section.pinned');
    await expect.poll(() => pinned.locator('h2').textContent()).toBe(news('feed.pinned'));
    expect(await idsOf(reader.page, PINNED)).toContain(article.id);
    expect(await idsOf(reader.page, FEED)).not.toContain(article.id);

    await panel.getByRole('button', { name: t('pin.unpin') }).click();
    await expect.poll(() => panel.locator('.status').textContent()).toBe(t('pin.none'));
    await reader.page.reload();
    await expect.poll(() => idsOf(reader.page, FEED)).toContain(article.id);
    expect(await idsOf(reader.page, PINNED)).not.toContain(article.id);
    expect(errors).toEqual([]);
    expect(reader.errors).toEqual([]);
  });

  it('shows a Polish reader the news pinned for them on a phone, above the feed', async () => {
    const t = await wordsOf('pl');
    const { pinnedArticles } = await graphqlAs<{ pinnedArticles: { id: string }[] }>(
      baseUrl,
      POLISH_READER,
      '{ pinnedArticles { id } }',
    );
    expect(pinnedArticles.length, 'the seed pins news for every brand').toBeGreaterThan(0);
    const { page, errors } = await openPage(browser, { width: 360, height: 780 });
    await signInById(page, baseUrl, POLISH_READER);
    await page.goto(`${baseUrl}/news`);
    const pinned = page.locator('piazza-news-article-section.pinned');
    await expect.poll(() => pinned.locator('h2').textContent()).toBe(t('feed.pinned'));
    expect(await idsOf(page, PINNED)).toEqual(pinnedArticles.map((a) => a.id));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(await axeViolations(page, ['piazza-portal', 'piazza-news-app'])).toEqual([]);
    expect(errors).toEqual([]);
  });
});
