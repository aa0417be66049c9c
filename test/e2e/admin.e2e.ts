import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInAs, signInById } from './support/browser.js';
import { wordsOf } from './support/words.js';

/**
 * The admin's journey on the real server. The e2e files share one server and database:
 * this one erases only a generated person nobody else's test uses, puts the news
 * roll-out back to everyone whatever happens, and retires the ticket category it adds;
 * the ticket team it adds serves a brand and country no other file's tickets meet.
 */
const baseUrl = inject('baseUrl');
const ADMIN = 'Oliver Bennett';
/** A generated salesperson in Rome: not a demo person, not an author of any article. */
const TO_ERASE = 'person-it-000003';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Opens an admin section from the app's own navigation. */
async function openSection(page: Page, name: string): Promise<void> {
  await page.locator('piazza-admin-app nav').getByRole('link', { name }).click();
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByLabel('Find a person by name, e-mail address or id').fill(text);
  await page.keyboard.press('Enter');
}

/** Puts the news roll-out back to everyone through the API, as the admin. */
async function openNewsToEveryone(): Promise<void> {
  const data = await graphqlAs(
    baseUrl,
    'person-demo-admin',
    'mutation { setAppRollout(input: { app: "news", wave: EVERYONE }) { wave } }',
  );
  expect(data).toEqual({ setAppRollout: { wave: 'EVERYONE' } });
}

/** Retires a category through the API, as the admin, so other tests' forms do not offer it. */
async function retireCategory(code: string): Promise<void> {
  const { adminTicketCategories } = await graphqlAs<{
    adminTicketCategories: { id: string; kind: string; code: string }[];
  }>(baseUrl, 'person-demo-admin', '{ adminTicketCategories { id kind code } }');
  const added = adminTicketCategories.find((category) => category.code === code);
  if (!added) return;
  await graphqlAs(
    baseUrl,
    'person-demo-admin',
    `mutation ($input: TicketCategoryInput!) { saveTicketCategory(input: $input) { id } }`,
    {
      input: {
        id: added.id,
        kind: added.kind,
        code,
        names: [{ locale: 'en', name: `Retired ${code}` }],
        active: false,
      },
    },
  );
}

describe('the admin app', () => {
  it('finds a person, exports their data, erases another and sees it in the audit log', async () => {
    const { page, errors } = await openPage(browser);
    await signInAs(page, baseUrl, ADMIN);
    await page.locator('piazza-portal-header nav a[href="/admin"]').click();
    await expect.poll(() => page.locator('piazza-admin-people h1').textContent()).toBe('People');
    expect(await axeViolations(page)).toEqual([]);

    await search(page, 'Kowalski');
    const kowalski = page.locator('piazza-admin-people tbody tr', { hasText: 'Piotr Kowalski' });
    await expect.poll(() => kowalski.count()).toBe(1);
    expect(page.url()).toBe(`${baseUrl}/admin/people?q=Kowalski`);
    await kowalski.getByRole('link').click();
    await expect
      .poll(() => page.locator('piazza-admin-person h1').textContent())
      .toContain('Piotr Kowalski');
    expect(page.url()).toBe(`${baseUrl}/admin/people/person-demo-pl-sales`);
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export data (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^piazza-person-demo-pl-sales-[\d-]+\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      person: { email: string };
    };
    expect(exported.person.email).toBe('piotr.kowalski@castello-pl.example');
    await expect
      .poll(() => page.locator('piazza-admin-person [role="status"]').textContent())
      .toContain(download.suggestedFilename());

    // Back to the results the admin came from, then someone else, found by id.
    await page.goBack();
    await expect.poll(() => kowalski.count()).toBe(1);
    await search(page, TO_ERASE);
    const found = page.locator('piazza-admin-people tbody tr');
    await expect.poll(() => found.count()).toBe(1);
    const name = (await found.getByRole('link').textContent())!.trim();
    await found.getByRole('link').click();
    await expect.poll(() => page.locator('piazza-admin-person h1').textContent()).toContain(name);

    await page.getByRole('button', { name: 'Erase personal data' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByLabel('Reason for the erasure').fill('Request 4821: asked to be forgotten');
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await expect
      .poll(() => page.locator('piazza-admin-person h1').textContent())
      .toContain('Former member');
    expect(await dialog.isVisible()).toBe(false);
    await expect
      .poll(() => page.locator('piazza-admin-person [role="status"]').textContent())
      .toContain(`The personal data of ${name} was erased.`);

    await openSection(page, 'Audit log');
    await page.getByLabel('What was done').selectOption('person.erase');
    await page.getByRole('button', { name: 'Show entries' }).click();
    const erasure = page.locator('piazza-admin-audit-table tbody tr').first();
    await expect.poll(() => erasure.textContent()).toContain(`Person with id ${TO_ERASE}`);
    expect(await erasure.textContent()).toContain('Erased a person’s data');
    expect(await erasure.textContent()).toContain(ADMIN);
    await erasure.getByText('Show details').click();
    expect(await erasure.locator('pre').textContent()).toContain('asked to be forgotten');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens news to a pilot country, then to everyone again', async () => {
    const { page, errors } = await openPage(browser);
    try {
      await signInAs(page, baseUrl, ADMIN);
      await page.goto(`${baseUrl}/admin/rollout`);
      const news = page
        .locator('piazza-admin-rollouts tbody tr')
        .filter({ has: page.locator('td strong', { hasText: /^News$/ }) });
      await expect.poll(() => news.textContent()).toContain('Everyone');
      expect(await axeViolations(page)).toEqual([]);

      await news.getByRole('link', { name: /^Change/ }).click();
      await page.getByLabel('A pilot group of countries and dealerships only').check();
      await page.getByLabel('Poland').check();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Save' }).click();
      const saved = page.locator('piazza-admin-rollout-form [role="status"]');
      await expect.poll(() => saved.textContent()).toMatch(/News is now open to [\d,]+ people/);

      await page.getByRole('link', { name: 'All sections' }).click();
      await expect.poll(() => news.textContent()).toContain('A pilot group');
      expect(await news.textContent()).toContain('Poland');
      expect(await news.textContent()).toContain(ADMIN);

      await news.getByRole('link', { name: /^Change/ }).click();
      await page.getByLabel('Everyone whose role allows it').check();
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => saved.textContent()).toMatch(/News is now open to [\d,]+ people/);
      await page.getByRole('link', { name: 'All sections' }).click();
      await expect.poll(() => news.textContent()).toContain('No pilot group');
      expect(errors).toEqual([]);
    } finally {
      await openNewsToEveryone();
    }
  });

  it('adds a ticket category that an Italian reporter then finds in her language', async () => {
    const code = `E2E_${Date.now().toString(36).toUpperCase()}`;
    const admin = await openPage(browser);
    const reporter = await openPage(browser);
    try {
      const { page } = admin;
      await signInAs(page, baseUrl, ADMIN);
      await page.goto(`${baseUrl}/admin`);
      await openSection(page, 'Ticket categories');
      await page.locator('piazza-admin-ticket-categories tbody tr').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Add a category' }).click();
      await page.getByLabel('Kind', { exact: true }).selectOption('REQUEST');
      await page.getByLabel('Short code', { exact: true }).fill(code);
      await page.getByLabel('English (required)').fill(`Courtesy car ${code}`);
      await page.getByLabel('Italian', { exact: true }).fill(`Auto di cortesia ${code}`);
      const urgent = page.getByRole('group', { name: 'Urgent' });
      await urgent.getByLabel('Respond within (hours)').fill('0.5');
      await urgent.getByLabel('Resolve within (hours)').fill('4');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => page.locator('piazza-admin-ticket-category-form [role="status"]').textContent())
        .toContain('Saved.');
      await page.getByRole('link', { name: 'All ticket categories' }).click();
      const row = page.locator('piazza-admin-ticket-categories tbody tr', { hasText: code });
      await expect.poll(() => row.textContent()).toContain(`Courtesy car ${code}`);
      const { adminTicketCategories } = await graphqlAs<{
        adminTicketCategories: { code: string; slaTargets: { priority: string }[] }[];
      }>(
        baseUrl,
        'person-demo-admin',
        '{ adminTicketCategories { code slaTargets { priority respondWithinMinutes resolveWithinMinutes } } }',
      );
      expect(adminTicketCategories.find((c) => c.code === code)?.slaTargets).toContainEqual({
        priority: 'URGENT',
        respondWithinMinutes: 30,
        resolveWithinMinutes: 240,
      });

      const t = await wordsOf('it', ['ticketing', 'common']);
      await signInById(reporter.page, baseUrl, 'person-demo-it-area');
      await reporter.page.goto(`${baseUrl}/tickets/new`);
      await reporter.page.getByRole('radio', { name: new RegExp(t('kind.REQUEST.name')) }).check();
      const categories = reporter.page.getByLabel(t('form.category'), { exact: true });
      await expect
        .poll(() => categories.locator('option').allTextContents())
        .toContainEqual(expect.stringContaining(`Auto di cortesia ${code}`));
      expect(admin.errors).toEqual([]);
      expect(reporter.errors).toEqual([]);
    } finally {
      await retireCategory(code);
    }
  });

  it('creates a ticket team with one member and sees it in the list', async () => {
    // Castello in Poland: a team the other e2e files' tickets (Italian, German) never meet.
    const name = `E2E team ${Date.now().toString(36)}`;
    const { page, errors } = await openPage(browser);
    await signInAs(page, baseUrl, ADMIN);
    await page.goto(`${baseUrl}/admin`);
    await openSection(page, 'Ticket teams');
    await page.locator('piazza-admin-ticket-queues tbody tr').first().waitFor();
    await page.getByRole('link', { name: 'Add a team' }).click();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Brand served').selectOption({ label: 'Castello' });
    await page.getByLabel('Country served').selectOption({ label: 'Poland' });
    await page.getByLabel('Add a member: search by name or e-mail').fill('Piotr Kowalski');
    await page.getByRole('button', { name: 'Add Piotr Kowalski', exact: true }).click();
    await page
      .getByRole('button', { name: 'Remove Piotr Kowalski from the team', exact: true })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('piazza-admin-ticket-queue-form [role="status"]').textContent())
      .toContain('Saved.');
    await page.getByRole('link', { name: 'All ticket teams' }).click();
    const row = page.locator('piazza-admin-ticket-queues tbody tr', { hasText: name });
    await expect.poll(() => row.textContent()).toContain('Castello · Poland');
    expect(await row.textContent()).toContain('1 member');
    expect(errors).toEqual([]);
  });

  it('fits a 360 px phone screen and passes axe-core on every screen', async () => {
    const { page } = await openPage(browser, { width: 360, height: 740 });
    await signInAs(page, baseUrl, ADMIN);
    const screens = [
      { path: '/admin/people?q=Kowalski', ready: 'piazza-admin-people tbody tr' },
      { path: '/admin/people/person-demo-pl-sales', ready: 'piazza-admin-person dl' },
      { path: '/admin/rollout', ready: 'piazza-admin-rollouts tbody tr' },
      { path: '/admin/rollout/news', ready: 'piazza-admin-rollout-form form' },
      { path: '/admin/audit', ready: 'piazza-admin-audit-table tbody tr' },
      { path: '/admin/ticket-categories', ready: 'piazza-admin-ticket-categories tbody tr' },
      {
        path: '/admin/ticket-categories/category-it',
        ready: 'piazza-admin-ticket-category-form form',
      },
      { path: '/admin/ticket-teams', ready: 'piazza-admin-ticket-queues tbody tr' },
      { path: '/admin/ticket-teams/queue-group-it', ready: 'piazza-admin-ticket-queue-form form' },
    ];
    for (const screen of screens) {
      await page.goto(`${baseUrl}${screen.path}`);
      await page.locator(screen.ready).first().waitFor();
      expect(await horizontalOverflow(page), screen.path).toBe(0);
      expect(await axeViolations(page), screen.path).toEqual([]);
    }
    // Nine screens, each loaded and checked by axe: longer than one journey.
  }, 120_000);
});
