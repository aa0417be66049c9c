import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInAs, type WatchedPage } from './support/browser.js';

const baseUrl = inject('baseUrl');
/** Marco Bianchi, service manager at a Lumo dealer in Italy: the reader. */
const READER = 'person-demo-it-service';
/** Giulia Ferraro, area manager in Italy: files tickets for the dealers of her area. */
const REPORTER = { id: 'person-demo-it-area', name: 'Giulia Ferraro' };
const EDITOR = 'person-demo-it-editor';
const ADMIN = 'person-demo-admin';
/** Server-sent events must reach the page as they happen, not when a buffer fills. */
const PROMPT_MS = 3000;
let browser: Browser;
let dealerId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const { person } = await graphqlAs<{ person: { dealer: { id: string } } }>(
    baseUrl,
    ADMIN,
    'query ($id: ID!) { person(id: $id) { dealer { id } } }',
    { id: READER },
  );
  dealerId = person.dealer.id;
});
afterAll(async () => {
  await browser.close();
});

/** Each test's pages close after it: an open panel elsewhere would see the next test's news. */
const opened: WatchedPage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map(({ page }) => page.context().close()));
});
async function open(options?: { width: number; height: number }): Promise<WatchedPage> {
  const watched = await openPage(browser, options);
  opened.push(watched);
  return watched;
}

/** An Italian article for the reader's dealer only, published by the editor; returns its id. */
async function publishForReader(title: string, options: { mustRead: boolean }): Promise<string> {
  const { createArticle } = await graphqlAs<{ createArticle: { id: string } }>(
    baseUrl,
    EDITOR,
    `mutation ($title: String!) { createArticle(input: { communityId: "community-lumo-it",
      version: { locale: "it", title: $title, summary: "Per la vostra concessionaria",
      bodyHtml: "<p>Testo</p>" } }) { id } }`,
    { title },
  );
  const { id } = createArticle;
  await graphqlAs(
    baseUrl,
    EDITOR,
    `mutation ($id: ID!, $dealerId: ID!, $mustRead: Boolean) { setArticleTarget(id: $id, target: {
      brandId: "brand-lumo", countries: ["IT"], audiences: [{ dealerId: $dealerId }],
      mustRead: $mustRead }) { id } }`,
    { id, dealerId, mustRead: options.mustRead },
  );
  await graphqlAs(
    baseUrl,
    EDITOR,
    'mutation ($id: ID!) { moveArticle(id: $id, to: PUBLISHED) { status } }',
    { id },
  );
  return id;
}

const bell = (page: Page) => page.locator('piazza-notification-bell button.bell');
const badge = (page: Page) => page.locator('piazza-notification-bell .badge');
const panel = (page: Page) => page.locator('piazza-notification-bell #panel');
const items = (page: Page) => panel(page).locator('.items li');
const liveMark = (page: Page) => page.locator('piazza-live-now a');

/**
 * The next notification stream the page opens: a POST to /graphql asking for
 * text/event-stream with `notificationsChanged` (the portal opens others, such as the
 * published translations').
 */
const nextStream = (page: Page) =>
  page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/graphql' &&
      response.request().headers()['accept'] === 'text/event-stream' &&
      (response.request().postData() ?? '').includes('notificationsChanged'),
    { timeout: 15_000 },
  );

/**
 * Signs the person (the reader unless told) in with nothing unread, and waits until the
 * bell's stream is open.
 */
async function signInWithStream(
  page: Page,
  person = { id: READER, name: 'Marco Bianchi' },
): Promise<void> {
  await graphqlAs(baseUrl, person.id, 'mutation { markNotificationsSeen { unread } }');
  const streamOpened = nextStream(page);
  await signInAs(page, baseUrl, person.name);
  const stream = await streamOpened;
  expect(stream.status()).toBe(200);
  expect(stream.headers()['content-type']).toMatch(/^text\/event-stream/);
  // The stream is never compressed: a compressor would hold events back until it fills.
  expect(stream.headers()['content-encoding'] ?? 'none').toBe('none');
}

describe('the notification centre and the live mark', () => {
  it('counts a new must-read without a reload, lists it in Italian and clears on opening', async () => {
    const { page, errors } = await open();
    await signInWithStream(page);
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Notifiche');
    expect(await badge(page).count()).toBe(0);

    const title = `Richiamo freni ${Date.now()}`;
    const id = await publishForReader(title, { mustRead: true });
    const published = Date.now();
    await expect
      .poll(() => badge(page).textContent(), { timeout: PROMPT_MS, interval: 50 })
      .toBe('1');
    expect(Date.now() - published).toBeLessThan(PROMPT_MS);
    expect(await bell(page).getAttribute('aria-label')).toBe('Notifiche: 1 non letta');

    await bell(page).click();
    const dialog = page.getByRole('dialog', { name: 'Notifiche' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => items(page).count()).toBeGreaterThan(0);
    const first = items(page).first();
    expect((await first.locator('.what').textContent())!.trim()).toBe(
      `Nuova lettura obbligatoria: ${title}`,
    );
    expect(await first.locator('.new-mark').textContent()).toBe('Nuova');
    expect(await first.locator('a').getAttribute('href')).toBe(`/news/${id}`);
    expect(await axeViolations(page)).toEqual([]);

    // Opening counts as seeing: the count is gone, here and on the server.
    await expect.poll(() => badge(page).count()).toBe(0);
    expect(await bell(page).getAttribute('aria-label')).toBe('Notifiche');
    const { notifications } = await graphqlAs<{ notifications: { unread: number } }>(
      baseUrl,
      READER,
      '{ notifications { unread } }',
    );
    expect(notifications.unread).toBe(0);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await bell(page).evaluate((button) => button.matches(':focus'))).toBe(true);

    await bell(page).click();
    await items(page).first().locator('a').click();
    await expect.poll(() => page.locator('piazza-news-article h1').textContent()).toBe(title);
    expect(errors).toEqual([]);
  });

  it('shows "Live now" as a stream starts, linking to its article', async () => {
    const { page, errors } = await open();
    await signInWithStream(page);
    const title = `Diretta dal salone ${Date.now()}`;
    const id = await publishForReader(title, { mustRead: false });
    expect(await liveMark(page).count()).toBe(0);

    await graphqlAs(
      baseUrl,
      EDITOR,
      `mutation ($id: ID!, $stream: LiveStreamInput) { setArticleLiveStream(id: $id,
        liveStream: $stream) { id } }`,
      {
        id,
        stream: {
          startsAt: new Date().toISOString(),
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          url: 'https://stream.example/salone',
        },
      },
    );
    await expect.poll(() => liveMark(page).getAttribute('href')).toBe(`/news/${id}`);
    expect((await liveMark(page).locator('.label').textContent())!.trim()).toBe('In diretta');
    await expect.poll(() => badge(page).textContent()).toBe('1');

    await bell(page).click();
    await expect.poll(() => items(page).count()).toBeGreaterThan(0);
    expect((await items(page).first().locator('.what').textContent())!.trim()).toBe(
      `In diretta ora: ${title}`,
    );
    await page.keyboard.press('Escape');

    await liveMark(page).click();
    await expect.poll(() => page.locator('piazza-news-article h1').textContent()).toBe(title);
    expect(errors).toEqual([]);
  });

  it('tells a reporter, live, that a handler moved her ticket, and opens it from the bell', async () => {
    const { page, errors } = await open();
    await signInWithStream(page, REPORTER);
    const title = `Stampante ferma ${Date.now()}`;
    const { createTicket: ticket } = await graphqlAs<{
      createTicket: { id: string; number: string; watchedByMe: boolean };
    }>(
      baseUrl,
      REPORTER.id,
      `mutation ($input: CreateTicketInput!, $key: String!) {
        createTicket(input: $input, idempotencyKey: $key) { id number watchedByMe } }`,
      {
        input: { categoryId: 'category-it', dealerId, title, description: 'Non stampa le schede.' },
        key: title,
      },
    );
    expect(ticket.watchedByMe).toBe(true);

    // The admin handles every ticket.
    await graphqlAs(
      baseUrl,
      ADMIN,
      'mutation ($id: ID!) { moveTicket(id: $id, to: TRIAGED) { status } }',
      { id: ticket.id },
    );
    const moved = Date.now();
    await expect
      .poll(() => badge(page).textContent(), { timeout: PROMPT_MS, interval: 50 })
      .toBe('1');
    expect(Date.now() - moved).toBeLessThan(PROMPT_MS);

    await bell(page).click();
    await expect.poll(() => items(page).count()).toBeGreaterThan(0);
    const first = items(page).first();
    expect((await first.locator('.what').textContent())!.trim()).toBe(
      `${ticket.number} è passato a «Preso in carico»`,
    );
    expect(await first.locator('.about').textContent()).toBe(title);
    expect(await first.locator('a').getAttribute('href')).toBe(`/tickets/${ticket.id}`);
    expect(await axeViolations(page)).toEqual([]);

    await first.locator('a').click();
    await expect
      .poll(() => page.locator('piazza-ticketing-ticket h1').textContent(), { timeout: 15_000 })
      .toBe(title);
    expect(errors).toEqual([]);
  });

  it('speaks Polish on a phone: the count in its plural form, a full-width panel', async () => {
    const { page, errors } = await open({ width: 360, height: 740 });
    await signInWithStream(page);
    await page.locator('piazza-portal-header summary').click();
    // The stream follows the language: a new one opens, in Polish.
    const polishStream = nextStream(page);
    await page.getByLabel('Lingua').selectOption('pl');
    await polishStream;
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Powiadomienia');
    await page.locator('piazza-portal-header summary').click();

    const titles = [`Nowe ceny ${Date.now()}`, `Szkolenie ${Date.now()}`];
    for (const title of titles) await publishForReader(title, { mustRead: true });
    await expect
      .poll(() => bell(page).getAttribute('aria-label'))
      .toBe('Powiadomienia: 2 nieprzeczytane');
    const bellBox = (await bell(page).boundingBox())!;
    expect(Math.min(bellBox.width, bellBox.height)).toBeGreaterThanOrEqual(44);

    await bell(page).click();
    await expect.poll(() => items(page).count()).toBeGreaterThan(1);
    expect((await items(page).first().locator('.what').textContent())!.trim()).toBe(
      `Nowa obowiązkowa lektura: ${titles[1]}`,
    );
    // Nothing in the header pushes the page wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    const box = (await panel(page).boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(360);
    expect(box.y).toBeGreaterThanOrEqual(bellBox.y + bellBox.height);
    const link = (await items(page).first().locator('a').boundingBox())!;
    expect(link.height).toBeGreaterThanOrEqual(44);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
