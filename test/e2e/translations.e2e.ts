import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateNetwork } from '../../server/src/seed/generate-network.js';
import { graphqlAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInById } from './support/browser.js';
import { UNTRANSLATED } from './support/untranslated-string.js';
import { wordsOf } from './support/words.js';

const baseUrl = inject('baseUrl');
const TRANSLATOR = 'person-demo-pl-translator';
const REVIEWER = 'person-demo-pl-reviewer';
const READER = 'person-demo-pl-sales';
const { people } = generateNetwork();
/** The app in the page, for axe: the portal's header is the shell's, checked by its tests. */
const TRANSLATIONS = ['piazza-portal', 'piazza-translations-app'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** What Agnieszka writes for the string, one text per Polish plural form. */
const POLISH = {
  one: '{{count}} osoba obserwuje to zgłoszenie',
  few: '{{count}} osoby obserwują to zgłoszenie',
  many: '{{count}} osób obserwuje to zgłoszenie',
  other: '{{count}} osoby obserwuje to zgłoszenie',
};

/** A ticket Piotr files for his dealer, which he then follows (its reporter). */
async function readersTicket(): Promise<{ id: string; watcherCount: number }> {
  const dealerId = people.find((p) => p.id === READER)!.dealerId!;
  const title = `Drukarka nie działa ${Date.now()}`;
  const { createTicket } = await graphqlAs<{ createTicket: { id: string; watcherCount: number } }>(
    baseUrl,
    READER,
    `mutation ($input: CreateTicketInput!, $key: String!) {
      createTicket(input: $input, idempotencyKey: $key) { id watcherCount } }`,
    {
      input: { categoryId: 'category-it', dealerId, title, description: 'Nie drukuje faktur.' },
      key: title,
    },
  );
  return createTicket;
}

const watchCount = (page: Page) =>
  page.locator('piazza-ticketing-watch p[role="status"]').textContent();

describe('the translators’ app', () => {
  it('journey 4: a missing Polish plural filled, a broken placeholder refused, reviewed, published, shown live', async () => {
    const ticket = await readersTicket();
    const category = new Intl.PluralRules('pl').select(ticket.watcherCount) as keyof typeof POLISH;
    const english = await wordsOf('en', ['ticketing']);

    // Piotr has his ticket open: the string the release lacks in Polish is in English.
    const reader = await openPage(browser);
    await signInById(reader.page, baseUrl, READER);
    await reader.page.goto(`${baseUrl}/tickets/${ticket.id}`);
    await expect
      .poll(() => watchCount(reader.page))
      .toBe(english('watch.count', { count: ticket.watcherCount }));

    // Agnieszka finds it missing in the overview and opens it from there.
    const t = await wordsOf('pl', ['translations', 'ticketing', 'common']);
    const { page, errors } = await openPage(browser);
    await signInById(page, baseUrl, TRANSLATOR);
    await page.goto(`${baseUrl}/translations`);
    const section = t('common:apps.ticketing');
    const missing = page.getByRole('link', {
      name: t('overview.open.missing', { count: 1, namespace: section }),
    });
    await missing.click();
    await expect.poll(() => page.locator('#text-one').count()).toBe(1);
    expect(await axeViolations(page, TRANSLATIONS)).toEqual([]);

    // Four Polish forms; a made-up placeholder is refused while she types.
    for (const [form, text] of Object.entries(POLISH)) {
      await page
        .locator(`#text-${form}`)
        .fill(form === 'few' ? text.replace('count', 'liczba') : text);
    }
    const placeholders = t('problems.PLACEHOLDERS', {
      details: new Intl.ListFormat('pl', { type: 'unit' }).format(['{{count}}', '{{liczba}}']),
    });
    await expect.poll(() => page.getByText(placeholders).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: t('editor.save') }).click();
    await page.getByRole('button', { name: t('editor.submit') }).click();
    await expect.poll(() => page.getByText(t('editor.fixBeforeSubmit')).count()).toBe(1);

    // Fixed, saved and sent for review.
    await page.locator('#text-few').fill(POLISH.few);
    await expect.poll(() => page.getByText(placeholders).count()).toBe(0);
    await page.getByRole('button', { name: t('editor.save') }).click();
    await expect.poll(() => page.getByText(t('editor.saved')).count()).toBe(1);
    await page.getByRole('button', { name: t('editor.submit') }).click();
    await expect.poll(() => page.getByText(t('editor.submitted')).count()).toBe(1);
    expect(errors).toEqual([]);

    // Tomasz approves it and publishes Polish.
    const review = await openPage(browser);
    await signInById(review.page, baseUrl, REVIEWER);
    await review.page.goto(`${baseUrl}/translations/pl/review`);
    await review.page.getByRole('button', { name: t('review.approve') }).click();
    await expect.poll(() => review.page.getByText(t('review.approved')).count()).toBe(1);
    expect(await axeViolations(review.page, TRANSLATIONS)).toEqual([]);
    await review.page.getByRole('button', { name: t('review.publishCount', { count: 1 }) }).click();
    await expect
      .poll(() => review.page.locator('piazza-translation-review .status').first().textContent())
      .toContain(String(1));
    expect(review.errors).toEqual([]);

    // Piotr's open page says it in Polish, in the form of his number, without a reload.
    const expected = POLISH[category].replace('{{count}}', String(ticket.watcherCount));
    await expect.poll(() => watchCount(reader.page), { timeout: 20_000 }).toBe(expected);
    expect(reader.errors).toEqual([]);

    // A page opened afterwards paints it from the start (the first view embeds it).
    const later = await openPage(browser);
    await signInById(later.page, baseUrl, READER);
    await later.page.goto(`${baseUrl}/tickets/${ticket.id}`);
    await expect.poll(() => watchCount(later.page)).toBe(expected);
    await later.page.reload();
    await expect.poll(() => watchCount(later.page)).toBe(expected);
    expect(
      (
        await graphqlAs<{ translationEntry: { status: string } }>(
          baseUrl,
          TRANSLATOR,
          `{ translationEntry(locale: "pl", namespace: "${UNTRANSLATED.namespace}",
              key: "${UNTRANSLATED.key}") { status } }`,
        )
      ).translationEntry.status,
    ).toBe('PUBLISHED');
  });

  it('speaks Chilean Spanish where Chile says it otherwise, and Spain’s Spanish elsewhere', async () => {
    const chile = await wordsOf('es-CL', ['common']);
    const spain = await wordsOf('es', ['common']);
    expect(chile('live.now')).not.toBe(spain('live.now'));
    const { page, errors } = await openPage(browser);
    // Castello Poland has a live stream in its seed: the header's live mark shows it.
    await signInById(page, baseUrl, TRANSLATOR);
    await page.goto(`${baseUrl}/news`);
    const liveLabel = page.locator('piazza-live-now .label');
    await expect.poll(() => liveLabel.count()).toBe(1);
    await page.locator('piazza-portal-header summary').click();
    await page.getByLabel('Język').selectOption('es-CL');
    // Chile's own words for the live stream; the rest as in Spain.
    await expect.poll(async () => (await liveLabel.textContent())!.trim()).toMatch(/^En vivo/);
    await expect.poll(() => page.getByLabel(spain('locale.label')).count()).toBe(1);
    await expect
      .poll(() => page.locator('piazza-portal-header nav a[href="/news"]').textContent())
      .toBe(spain('apps.news'));
    expect(errors).toEqual([]);
  });
});
