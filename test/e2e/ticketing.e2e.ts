import { readFile } from 'node:fs/promises';
import type { TFunction } from 'i18next';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateNetwork } from '../../server/src/seed/generate-network.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInById } from './support/browser.js';
import { fillAndFileTicket } from './support/ticket-form.js';
import { wordsOf } from './support/words.js';

const baseUrl = inject('baseUrl');
/** Tells this run's tickets from any other's. */
const RUN = Date.now().toString(36);
/** The app in the page, for axe: the portal's header is the shell's, checked by its tests. */
const TICKETING = ['piazza-portal', 'piazza-ticketing-app'];
const network = generateNetwork();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const person = (id: string) => network.people.find((p) => p.id === id)!;
const dealer = (id: string) => network.dealers.find((d) => d.id === id)!;

/** A region manager of the dealer's region: the people who handle its tickets. */
function regionManagerOf(dealerId: string): string {
  const regionId = dealer(dealerId).regionId;
  return network.roles.find(
    (grant) =>
      grant.role === 'REGION_MANAGER' && grant.scopeType === 'region' && grant.scopeId === regionId,
  )!.personId;
}

/** The dealer's service manager: sees the dealer's tickets under "my dealer". */
function serviceManagerOf(dealerId: string): string {
  return network.people.find((p) => p.job === 'SERVICE_MANAGER' && p.dealerId === dealerId)!.id;
}

/**
 * Journey 2 in each language the seed allows: a person who files for the dealers of their
 * region (Giulia, the Italian area manager; Matthias, the German region manager), the
 * service manager of the dealer, who sees and answers it but does not handle it (decision
 * 32), and a region manager of the dealer's region, who triages it.
 */
const JOURNEYS = [
  {
    locale: 'it',
    reporter: 'person-demo-it-area',
    dealerId: person('person-demo-it-service').dealerId!,
    dealerManager: 'person-demo-it-service',
    handler: regionManagerOf(person('person-demo-it-service').dealerId!),
    nonConformity: true,
  },
  {
    locale: 'de',
    reporter: 'person-demo-de-region',
    dealerId: 'dealer-de-0001',
    dealerManager: serviceManagerOf('dealer-de-0001'),
    // Matthias manages the region: he handles the tickets he files there too.
    handler: 'person-demo-de-region',
    nonConformity: false,
  },
];

async function signedIn(personId: string, options: { width?: number } = {}) {
  const watched = await openPage(browser, { width: options.width ?? 1280, height: 900 });
  await signInById(watched.page, baseUrl, personId);
  return watched;
}

/** Files a ticket through the form, as the reporter does, and waits for it to open. */
async function fileTicket(
  page: Page,
  t: TFunction,
  ticket: { title: string; dealerId: string; nonConformity: boolean },
) {
  await page.goto(`${baseUrl}/tickets/new`);
  await fillAndFileTicket(page, t, { ...ticket, dealerName: dealer(ticket.dealerId).name });
  await page.getByRole('heading', { level: 1, name: ticket.title }).waitFor();
}

describe('the ticketing app (journey 2)', () => {
  describe.each(JOURNEYS)('in $locale', (journey) => {
    const title = `Ticket ${journey.locale} ${RUN}`;
    let t: TFunction;

    beforeAll(async () => {
      t = await wordsOf(journey.locale, ['ticketing', 'common']);
    });

    it('is filed by the reporter, seen and answered by the dealer, triaged by the region', async () => {
      const reporter = await signedIn(journey.reporter);
      await fileTicket(reporter.page, t, { title, ...journey });
      const ticketUrl = reporter.page.url();
      if (journey.nonConformity) {
        // The photo is private: the app fetches it with the token and shows it from a blob.
        const photo = reporter.page.getByRole('img', { name: t('form.photoAlt', { number: 1 }) });
        await expect.poll(() => photo.getAttribute('src')).toMatch(/^blob:/);
        await expect(reporter.page.getByText('ZFA31200000123456').isVisible()).resolves.toBe(true);
      }

      const manager = await signedIn(journey.dealerManager);
      await manager.page.goto(`${baseUrl}/tickets`);
      await manager.page.getByRole('link', { name: t('scope.MY_DEALER') }).click();
      await manager.page.getByRole('link', { name: title }).click();
      await manager.page.getByLabel(t('view.commentLabel')).fill('We keep the car until Monday.');
      await manager.page.getByRole('button', { name: t('view.sendComment') }).click();
      await manager.page.getByText('We keep the car until Monday.').waitFor();
      // Dealer managers see their dealer's tickets but the region handles them.
      expect(await manager.page.getByRole('button', { name: t('move.TRIAGED') }).count()).toBe(0);

      const handler = await signedIn(journey.handler);
      await handler.page.goto(ticketUrl);
      await handler.page.getByLabel(t('view.moveNote')).fill('Workshop audit on Tuesday.');
      await handler.page.getByRole('button', { name: t('move.TRIAGED') }).click();
      await handler.page
        .getByRole('status')
        .filter({ hasText: t('view.moved', { status: t('status.TRIAGED') }) })
        .waitFor();

      await reporter.page.reload();
      await reporter.page.getByRole('heading', { level: 1, name: title }).waitFor();
      await expect(
        reporter.page.locator('piazza-ticketing-ticket header .badge').first().textContent(),
      ).resolves.toContain(t('status.TRIAGED'));
      await reporter.page.getByText('Workshop audit on Tuesday.').waitFor();
      await reporter.page.getByText('We keep the car until Monday.').waitFor();
      for (const { errors } of [reporter, manager, handler]) expect(errors).toEqual([]);
    });
  });

  it('fits a 360 px phone screen and passes axe-core on the list, the form and a ticket', async () => {
    const t = await wordsOf('it', ['ticketing', 'common']);
    const { page, errors } = await signedIn('person-demo-it-area', { width: 360 });
    await page.goto(`${baseUrl}/tickets`);
    await page.getByRole('heading', { level: 1, name: t('list.title') }).waitFor();
    await page.getByRole('link', { name: new RegExp(`Ticket it ${RUN}`) }).waitFor();
    const fits = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    expect(await axeViolations(page, TICKETING)).toEqual([]);

    await page.goto(`${baseUrl}/tickets/new`);
    await page.getByRole('heading', { level: 1, name: t('form.title') }).waitFor();
    // The form's checks speak the person's language, next to each field.
    await page.getByRole('button', { name: t('form.submit') }).click();
    await page.getByText(t('fieldErrors.title.REQUIRED')).waitFor();
    expect(await fits()).toBe(true);
    expect(await axeViolations(page, TICKETING)).toEqual([]);

    await page.goto(`${baseUrl}/tickets`);
    await page.getByRole('link', { name: new RegExp(`Ticket it ${RUN}`) }).click();
    await page.getByRole('heading', { level: 2, name: t('view.discussion') }).waitFor();
    expect(await fits()).toBe(true);
    expect(await axeViolations(page, TICKETING)).toEqual([]);
    expect(errors).toEqual([]);
  });
  it('files a ticket with a checklist, whose tick stays after a reload', async () => {
    const t = await wordsOf('it', ['ticketing', 'common']);
    const title = `Checklist ${RUN}`;
    const { page, errors } = await signedIn('person-demo-it-area');
    await page.goto(`${baseUrl}/tickets/new`);
    const step = page.getByLabel(t('form.checklistNew'), { exact: true });
    await step.fill('Check the VIN');
    await step.press('Enter');
    await step.fill('Call the customer');
    await page.getByRole('button', { name: t('form.checklistAdd'), exact: true }).click();
    await fillAndFileTicket(page, t, {
      title,
      dealerName: dealer(person('person-demo-it-service').dealerId!).name,
      nonConformity: false,
    });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(t('view.checklistProgress', { done: 0, count: 2 })).waitFor();
    await page.getByRole('checkbox', { name: /Check the VIN/ }).check();
    await page.getByText(t('view.checklistProgress', { done: 1, count: 2 })).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const ticked = (name: RegExp) => page.getByRole('checkbox', { name }).isChecked();
    await expect(ticked(/Check the VIN/)).resolves.toBe(true);
    await expect(ticked(/Call the customer/)).resolves.toBe(false);
    expect(await axeViolations(page, TICKETING)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('files a ticket with a PDF, which downloads under its name', async () => {
    const t = await wordsOf('it', ['ticketing', 'common']);
    const title = `Document ${RUN}`;
    const pdf = Buffer.from(`%PDF-1.7\n% Ordine ${RUN}\n`);
    const { page, errors } = await signedIn('person-demo-it-area');
    await page.goto(`${baseUrl}/tickets/new`);
    await page.locator('piazza-ticketing-document-picker input[type=file]').setInputFiles({
      name: 'Ordine di riparazione.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await page.getByText('Ordine di riparazione.pdf', { exact: true }).waitFor();
    await fillAndFileTicket(page, t, {
      title,
      dealerName: dealer(person('person-demo-it-service').dealerId!).name,
      nonConformity: false,
    });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: t('view.documents') }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('view.download') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Ordine di riparazione.pdf');
    expect((await readFile((await download.path())!)).equals(pdf)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('lets a handler take a new ticket, see its service level and export it as CSV', async () => {
    const italian = await wordsOf('it', ['ticketing', 'common']);
    const t = await wordsOf('en', ['ticketing', 'common']);
    const title = `Help desk ${RUN}`;
    const reporter = await signedIn('person-demo-it-area');
    await fileTicket(reporter.page, italian, {
      title,
      dealerId: person('person-demo-it-service').dealerId!,
      nonConformity: false,
    });
    const ticketUrl = reporter.page.url();

    // Oliver is an IT admin, a member of the group's IT help desk that help-desk tickets land in.
    const { page, errors } = await signedIn('person-demo-admin', { width: 360 });
    await page.goto(ticketUrl);
    await page.getByRole('heading', { level: 2, name: t('assign.title') }).waitFor();
    await page.getByRole('button', { name: t('assign.toMe') }).click();
    await page
      .getByRole('status')
      .filter({
        hasText: t('assign.assigned', { person: 'Oliver Bennett', queue: 'Group IT help desk' }),
      })
      .waitFor();
    const sla = page.locator('piazza-ticketing-service-level');
    await sla.getByRole('heading', { level: 2, name: t('sla.title') }).waitFor();
    await expect(sla.locator('.badge').textContent()).resolves.toContain(t('sla.state.ON_TRACK'));
    await expect(sla.getByText(t('sla.respondBy')).isVisible()).resolves.toBe(true);
    await expect(sla.getByText(t('sla.resolveBy')).isVisible()).resolves.toBe(true);
    const fits = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    expect(await axeViolations(page, TICKETING)).toEqual([]);

    await page.goto(`${baseUrl}/tickets?scope=ASSIGNED_TO_ME`);
    await page.getByRole('link', { name: title }).waitFor();
    const number = await page
      .getByRole('row')
      .filter({ hasText: title })
      .getByRole('cell')
      .first()
      .textContent();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: t('export.button') }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^tickets-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const line = csv.split('\r\n').find((row) => row.startsWith(`${number!.trim()},`));
    expect(line).toContain(title);
    expect(line).toContain('Oliver Bennett');
    // On a phone the filters and the order wait behind their button, the search in sight.
    await page.getByRole('button', { name: t('list.filters') }).click();
    await page.getByLabel(t('list.sortBy')).selectOption('PRIORITY');
    await page.getByRole('button', { name: t('list.apply') }).click();
    await page.waitForURL(/sort=PRIORITY/);
    await page.getByRole('link', { name: title }).waitFor();
    expect(await fits()).toBe(true);
    expect(await axeViolations(page, TICKETING)).toEqual([]);
    for (const watched of [reporter.errors, errors]) expect(watched).toEqual([]);
  });
});
