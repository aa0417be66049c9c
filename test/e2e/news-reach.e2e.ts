import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInAs } from './support/browser.js';

const baseUrl = inject('baseUrl');
const LYON_SALESPERSON = 'person-demo-fr-sales';
const ADMIN = 'person-demo-admin';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Reach {
  articleReach: {
    audience: number;
    acknowledged: number;
    byCountry: { id: string }[];
    byDealer: { id: string }[];
    notAcknowledged: { id: string }[];
  };
}

const REACH_QUERY = `query ($id: ID!) { articleReach(id: $id) {
  audience acknowledged byCountry { id } byDealer { id } notAcknowledged { id } } }`;
const reachAsAdmin = (id: string) => graphqlAs<Reach>(baseUrl, ADMIN, REACH_QUERY, { id });

/** One of Camille's must-reads meant for every Veyra reader (several countries in its reach). */
async function mustReadForEveryone(): Promise<{ id: string; title: string }> {
  const { mustReads } = await graphqlAs<{ mustReads: { id: string; title: string }[] }>(
    baseUrl,
    LYON_SALESPERSON,
    'query { mustReads(locale: "fr") { id title } }',
  );
  for (const article of mustReads) {
    const { articleReach } = await reachAsAdmin(article.id);
    if (articleReach.byCountry.length > 1) return article;
  }
  throw new Error('the seed gives Camille no must-read for all of Veyra');
}

const panel = (page: Page) => page.getByRole('region', { name: 'Reach' });

describe('journey 5: an editor sees the reach of a must-read', () => {
  it('counts Camille’s acknowledgement, leaves her out of who is missing, and exports the list', async () => {
    const article = await mustReadForEveryone();
    const before = (await reachAsAdmin(article.id)).articleReach;
    expect(before.notAcknowledged.map((p) => p.id)).toContain(LYON_SALESPERSON);

    const reader = await openPage(browser, { width: 360, height: 800 });
    await signInAs(reader.page, baseUrl, 'Camille Laurent');
    await reader.page.locator('piazza-news-feed h1').waitFor();
    await reader.page.goto(`${baseUrl}/news/${article.id}`);
    await expect
      .poll(() => reader.page.locator('piazza-news-article h1').textContent())
      .toBe(article.title);
    await reader.page.getByRole('button', { name: 'J’ai lu et compris' }).click();
    await expect
      .poll(() => reader.page.locator('piazza-news-must-read-banner .confirmation').textContent())
      .toMatch(/Lu et confirmé le/);
    expect(await reader.page.locator('piazza-news-article-reach').count()).toBe(0);
    expect(reader.errors).toEqual([]);
    await reader.page.context().close();

    const after = (await reachAsAdmin(article.id)).articleReach;
    expect(after.acknowledged).toBe(before.acknowledged + 1);
    expect(after.notAcknowledged.map((p) => p.id)).not.toContain(LYON_SALESPERSON);

    const { page, errors } = await openPage(browser, { width: 360, height: 800 });
    await signInAs(page, baseUrl, 'Oliver Bennett');
    await page.locator('piazza-news-feed h1').waitFor();
    await page.goto(`${baseUrl}/news/${article.id}`);
    await panel(page).locator('.totals').waitFor();
    const acknowledgedFigure = panel(page).locator('.totals > div').nth(2);
    const shown = (await acknowledgedFigure.textContent())!.replace(/\s+/g, ' ');
    const [, acknowledged, audience] = /([\d,]+) of ([\d,]+)/.exec(shown)!;
    expect(Number(acknowledged!.replaceAll(',', ''))).toBeGreaterThanOrEqual(1);
    expect(Number(audience!.replaceAll(',', ''))).toBe(after.audience);
    expect(await panel(page).getByRole('table', { name: 'By country' }).count()).toBe(1);

    const missing = await panel(page).locator('.missing tbody th').allTextContents();
    expect(missing.length).toBe(after.notAcknowledged.length);
    expect(missing.map((name) => name.trim())).not.toContain('Camille Laurent');

    for (const summary of await panel(page).locator('summary').all()) await summary.click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'the reach panel fits a 360 px screen').toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel(page).getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^reach-${article.id}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['Not acknowledged yet', 'Name,Job,Dealership,Town']);
    expect(lines).toContain('Dealership,Meant for,Opened,Opened (%),Acknowledged,Acknowledged (%)');
    expect(lines.length).toBe(2 + after.notAcknowledged.length + 3 + after.byDealer.length + 1);
    expect(lines.some((line) => line.startsWith('Camille Laurent,'))).toBe(false);
    expect(errors).toEqual([]);
  });
});
