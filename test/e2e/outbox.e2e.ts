import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateNetwork } from '../../server/src/seed/generate-network.js';
import { graphqlAs } from './support/api.js';
import { launchBrowser, openPage, signInById } from './support/browser.js';
import { wordsOf } from './support/words.js';
import { fillAndFileTicket } from './support/ticket-form.js';

const baseUrl = inject('baseUrl');
const network = generateNetwork();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Waits until the service worker has taken charge of the page: it answers offline reloads. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The number of writes the header's outbox mark shows (0 when it is hidden). */
async function waitingCount(page: Page): Promise<number> {
  const mark = page.locator('piazza-outbox-status .mark');
  if ((await mark.count()) === 0 || !(await mark.isVisible())) return 0;
  return Number(await mark.locator('.badge').textContent());
}

/** The GraphQL operations the page sends with this name, as they leave the browser. */
function countRequests(page: Page, operationName: string): { count: number } {
  const seen = { count: 0 };
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes(operationName)) {
      seen.count += 1;
    }
  });
  return seen;
}

describe('the outbox', () => {
  it('keeps a must-read acknowledged offline across a reload and sends it once online', async () => {
    const candidates = ['person-demo-de-region', 'person-demo-it-service', 'person-demo-fr-sales'];
    let reader: { personId: string; locale: string; article: { id: string } } | undefined;
    for (const personId of candidates) {
      const locale = network.people.find((person) => person.id === personId)!.locale;
      const { mustReads } = await graphqlAs<{ mustReads: { id: string }[] }>(
        baseUrl,
        personId,
        'query ($locale: String!) { mustReads(locale: $locale) { id } }',
        { locale },
      );
      // The last: journey 1's test acknowledges the first.
      const article = mustReads.at(-1);
      if (article) {
        reader = { personId, locale, article };
        break;
      }
    }
    expect(reader, 'the seed gives one of them a must-read').toBeDefined();
    const { personId, locale, article } = reader!;
    const t = await wordsOf(locale);

    const { page } = await openPage(browser, { width: 360, height: 800 });
    const context = page.context();
    await signInById(page, baseUrl, personId);
    await controlled(page);
    // Seen once with the worker in charge: the worker keeps the article for offline.
    await page.goto(`${baseUrl}/news/${article.id}`);
    const confirm = page.getByRole('button', { name: t('mustRead.confirm') });
    await confirm.waitFor();

    await context.setOffline(true);
    await confirm.click();
    await expect
      .poll(() => page.locator('piazza-news-must-read-banner [role="status"]').textContent())
      .toBe(t('mustRead.queued'));
    await expect.poll(() => waitingCount(page)).toBe(1);

    await page.reload();
    await expect.poll(() => waitingCount(page)).toBe(1);
    const acknowledgements = countRequests(page, 'AcknowledgeArticle');
    await context.setOffline(false);
    await expect.poll(() => waitingCount(page)).toBe(0);

    const { article: after } = await graphqlAs<{ article: { acknowledgedAt: string | null } }>(
      baseUrl,
      personId,
      'query ($id: ID!) { article(id: $id) { acknowledgedAt } }',
      { id: article.id },
    );
    expect(after.acknowledgedAt).not.toBeNull();
    expect(acknowledgements.count).toBe(1);
    await expect
      .poll(() => page.locator('piazza-news-must-read-banner .confirmation').count())
      .toBe(1);
  });

  it('keeps a news comment written offline in its thread as waiting, and sends it once online', async () => {
    const personId = 'person-demo-fr-sales';
    const t = await wordsOf('fr');
    const body = `Écrit sans réseau (${Date.now().toString(36)})`;
    const { newsFeed } = await graphqlAs<{ newsFeed: { edges: { node: { id: string } }[] } }>(
      baseUrl,
      personId,
      'query { newsFeed(first: 1, locale: "fr") { edges { node { id } } } }',
    );
    const articleId = newsFeed.edges[0]!.node.id;

    const { page } = await openPage(browser, { width: 360, height: 800 });
    const context = page.context();
    await signInById(page, baseUrl, personId);
    await controlled(page);
    await page.goto(`${baseUrl}/news/${articleId}`);
    const discussion = page.locator('piazza-news-discussion');
    const form = discussion.locator('piazza-news-comment-form.new');
    await form.locator('textarea').waitFor();

    // Offline for the page and for its service worker, which the context's offline misses.
    // Back online, the first replay reaches the server but its answer is lost: the second,
    // with the same key, must not add the comment again.
    let offline = true;
    let lostAnswers = 0;
    await context.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('AddComment')) return route.fallback();
      if (offline) return route.abort('internetdisconnected');
      if (lostAnswers > 0) return route.fallback();
      lostAnswers += 1;
      await route.fetch();
      return route.abort('connectionreset');
    });
    await context.setOffline(true);
    await form.locator('textarea').fill(body);
    await form.getByRole('button', { name: t('discussion.form.submit') }).click();
    const waiting = discussion.locator('.waiting').filter({ hasText: body });
    await waiting.waitFor();
    expect(await waiting.textContent()).toContain(t('discussion.comment.waiting'));
    await expect
      .poll(() => discussion.getByRole('status').textContent())
      .toContain(t('discussion.form.queued'));
    await expect.poll(() => waitingCount(page)).toBe(1);

    offline = false;
    await context.setOffline(false);
    await expect.poll(() => lostAnswers).toBe(1);
    await expect.poll(() => waitingCount(page)).toBe(0);
    const sent = discussion.locator('piazza-news-comment .comment').filter({ hasText: body });
    await expect.poll(() => sent.count()).toBe(1);
    await expect.poll(() => waiting.count()).toBe(0);

    const { articleComments } = await graphqlAs<{
      articleComments: { edges: { node: { body: string | null } }[] };
    }>(
      baseUrl,
      personId,
      'query ($id: ID!) { articleComments(articleId: $id, first: 50) { edges { node { body } } } }',
      { id: articleId },
    );
    expect(articleComments.edges.filter(({ node }) => node.body === body)).toHaveLength(1);
  });

  it('files a ticket with a photo offline, through the form, that lands once after an offline reload and a failed first replay', async () => {
    // Journey 2: Giulia has used the app before; in the workshop she has no signal.
    const reporter = 'person-demo-it-area';
    const serviceManager = 'person-demo-it-service';
    const dealerId = network.people.find((p) => p.id === serviceManager)!.dealerId!;
    const dealerName = network.dealers.find((d) => d.id === dealerId)!.name;
    const t = await wordsOf('it', ['ticketing', 'common']);
    const title = `Offline ${Date.now().toString(36)}`;

    const { page } = await openPage(browser, { width: 360, height: 800 });
    const context = page.context();
    await signInById(page, baseUrl, reporter);
    await controlled(page);
    // Opened once online with the worker in charge: it keeps the form's categories and dealers.
    await page.goto(`${baseUrl}/tickets/new`);
    await page
      .getByLabel(t('form.category'), { exact: true })
      .locator('option')
      .first()
      .waitFor({ state: 'attached' });
    // The dealers come with a query of their own: shown, they are kept too.
    await page
      .getByLabel(t('form.dealer'), { exact: true })
      .locator('option')
      .filter({ hasText: dealerName })
      .first()
      .waitFor({ state: 'attached' });

    // The first replay of the creation meets a failing server; the next goes through.
    let failed = 0;
    await context.route('**/graphql', async (route) => {
      if (failed === 0 && route.request().postData()?.includes('CreateTicket')) {
        failed += 1;
        await route.fulfill({ status: 500, body: 'Internal Server Error' });
        return;
      }
      await route.fallback();
    });

    await context.setOffline(true);
    await page.reload();
    await fillAndFileTicket(page, t, { title, dealerName, nonConformity: true });
    await page.getByText(t('form.queued', { title })).waitFor();
    await expect.poll(() => waitingCount(page)).toBe(1);

    await page.reload();
    await expect.poll(() => waitingCount(page)).toBe(1);
    // "My tickets" lists it as waiting to be sent.
    await page.goto(`${baseUrl}/tickets`);
    await page.locator('piazza-ticketing-list').getByText(title).waitFor();

    await context.setOffline(false);
    await expect.poll(() => failed).toBe(1);
    await expect.poll(() => waitingCount(page)).toBe(0);

    // Exactly one ticket, with its photo, and the dealer's service manager sees it.
    const query =
      'query ($search: String!) { tickets(filter: { scope: ALL_I_SEE, search: $search }) { edges { node { title photos { id } } } } }';
    for (const personId of [reporter, serviceManager]) {
      const { tickets } = await graphqlAs<{
        tickets: { edges: { node: { title: string; photos: { id: string }[] } }[] };
      }>(baseUrl, personId, query, { search: title });
      expect(tickets.edges.map(({ node }) => node.title)).toEqual([title]);
      expect(tickets.edges[0]!.node.photos).toHaveLength(1);
    }
  });
});
