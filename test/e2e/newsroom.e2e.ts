import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { wallTimeAt } from '../../apps/newsroom/src/ui/time-zone.js';
import { graphqlAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInAs } from './support/browser.js';

const baseUrl = inject('baseUrl');
const LUMO_EDITOR = 'person-demo-it-editor';
/** A Lumo area manager in Italy: a reader of what the editor publishes for Italy. */
const LUMO_READER = 'person-demo-it-area';
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The app in the page, for axe: the portal's header is the shell's, checked by its tests. */
const NEWSROOM = ['piazza-portal', 'piazza-newsroom-app'];
/** The smallest PDF the server recognises (by its first bytes). */
const PDF = Buffer.from('%PDF-1.7\n%%EOF');
/** A 1 × 1 PNG: the server knows pictures by their bytes. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Dealer {
  id: string;
  name: string;
  brand: { id: string };
  region: { country: { code: string } };
}

/** A Lumo dealer in each of the editor's countries, as the dealer search finds them. */
async function lumoDealers(): Promise<{ italy: Dealer; spain: Dealer }> {
  const { dealers } = await graphqlAs<{ dealers: { edges: { node: Dealer }[] } }>(
    baseUrl,
    LUMO_EDITOR,
    'query { dealers(first: 50) { edges { node { id name brand { id } region { country { code } } } } } }',
  );
  const lumo = dealers.edges.map((e) => e.node).filter((d) => d.brand.id === 'brand-lumo');
  const inCountry = (code: string) => lumo.find((d) => d.region.country.code === code)!;
  return { italy: inCountry('IT'), spain: inCountry('ES') };
}

const editorOf = (page: Page) => page.locator('piazza-newsroom-article-editor');
const versionForm = (page: Page, locale: string) =>
  editorOf(page).locator(`piazza-newsroom-version-form[locale="${locale}"]`);
const panel = (page: Page) => page.locator('piazza-newsroom-target-panel');
const workflow = (page: Page) => page.locator('piazza-newsroom-workflow-bar');
const topics = (page: Page) => page.locator('piazza-newsroom-topics-panel');
const liveStream = (page: Page) => page.locator('piazza-newsroom-live-stream-panel');
const attachments = (page: Page) => page.locator('piazza-newsroom-attachments-panel');
const savedIn = (panel: ReturnType<typeof topics>) =>
  panel.locator('.actions [role="status"]').textContent();

interface LiveArticle {
  id: string;
  category: string;
  tags: string[];
  liveStream: { startsAt: string; endsAt: string; url: string } | null;
  attachments: { name: string; contentType: string; size: number }[];
}

/** The live streams a reader is shown now, with what the article says about itself. */
async function liveNowFor(personId: string): Promise<LiveArticle[]> {
  const { liveNow } = await graphqlAs<{ liveNow: LiveArticle[] }>(
    baseUrl,
    personId,
    `{ liveNow(locale: "it") { id category tags liveStream { startsAt endsAt url }
      attachments { name contentType size } } }`,
  );
  return liveNow;
}

/** Writes a version as an editor does: the fields, then the text typed into Tiptap. */
async function writeVersion(
  page: Page,
  form: ReturnType<typeof versionForm>,
  text: { title: string; summary: string; body: string },
) {
  await form.locator('[name="title"]').fill(text.title);
  await form.locator('[name="summary"]').fill(text.summary);
  await form.locator('[contenteditable="true"]').click();
  await page.keyboard.type(text.body);
}

/**
 * How far the page's content reaches beyond the screen's right edge, in pixels, leaving out
 * the portal's header (the shell's, with its own tests).
 */
async function overflowOfNewsroom(page: Page): Promise<number> {
  return page.evaluate(() => {
    let right = 0;
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'piazza-portal-header') continue;
        if (element.shadowRoot) visit(element.shadowRoot);
        right = Math.max(right, element.getBoundingClientRect().right);
      }
    };
    visit(document);
    return Math.ceil(right - document.documentElement.clientWidth);
  });
}

/** Every control of the page, inside shadow roots, smaller than a 44 px touch target. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        const control = element.matches(
          'button, select, input:not([type="checkbox"]), a.piazza-button',
        );
        if (!control || element.closest('piazza-portal-header')) continue;
        const box = element.getBoundingClientRect();
        // A visually hidden control (the file input behind its label) is 1 px on purpose.
        if (box.width > 1 && box.height < 44) {
          small.push(`${element.tagName} ${element.textContent?.trim().slice(0, 30)}`);
        }
      }
    };
    visit(document);
    return small;
  });
}

describe('journey 5: a Lumo editor writes, translates, targets and schedules an article', () => {
  it('writes in Italian, adds French and Spanish, targets a dealer in Italy and one in Spain, and schedules a must-read for 13:00 tomorrow in Rome', async () => {
    const { italy, spain } = await lumoDealers();
    const { page, errors } = await openPage(browser);
    await signInAs(page, baseUrl, 'Francesca Romano');
    await page.locator('piazza-portal-header').getByRole('link', { name: 'Redazione' }).click();
    await expect
      .poll(() => page.locator('piazza-newsroom-articles h1').textContent())
      .toBe('Articoli');

    await page.getByRole('link', { name: 'Nuovo articolo' }).click();
    const create = page.locator('piazza-newsroom-new-article');
    await expect.poll(() => create.locator('#locale').inputValue()).toBe('it');
    expect(await create.locator('#community').inputValue()).toBe('community-lumo-it');
    await writeVersion(page, create.locator('piazza-newsroom-version-form'), {
      title: 'Richiamo freni: controlli entro venerdì',
      summary: 'Cosa fare in officina e cosa dire ai clienti.',
      body: 'Controllate i freni di ogni auto in consegna.',
    });
    await page.getByRole('button', { name: 'Crea l’articolo' }).click();
    await page.waitForURL(/\/newsroom\/articles\/article-/);
    const id = page.url().split('/').pop()!;
    await expect
      .poll(() => editorOf(page).locator('h1').textContent())
      .toBe('Richiamo freni: controlli entro venerdì');

    for (const [locale, text] of [
      [
        'fr',
        {
          title: 'Rappel freins : contrôles avant vendredi',
          summary: 'À faire.',
          body: 'Contrôlez les freins.',
        },
      ],
      [
        'es',
        {
          title: 'Revisión de frenos antes del viernes',
          summary: 'Qué hacer.',
          body: 'Revisad los frenos.',
        },
      ],
    ] as const) {
      await editorOf(page).getByLabel('Aggiungi una lingua').selectOption(locale);
      await writeVersion(page, versionForm(page, locale), text);
      await versionForm(page, locale)
        .getByRole('button', { name: /^Salva la versione/ })
        .click();
      await expect
        .poll(() => versionForm(page, locale).locator('.saved').textContent())
        .toMatch(/Salvato/);
    }

    await panel(page).getByLabel('Spagna').check();
    for (const [index, dealer] of [italy, spain].entries()) {
      await panel(page).getByRole('button', { name: 'Aggiungi un gruppo di lettori' }).click();
      const group = panel(page).locator('fieldset.audience').nth(index);
      await group.getByLabel('Concessionaria (cerca per nome o città)').fill(dealer.name);
      await group.getByRole('button', { name: new RegExp(`^Scegli ${dealer.name},`) }).click();
      await expect.poll(() => group.locator('.dealer').textContent()).toContain(dealer.name);
    }
    const target = {
      brandId: 'brand-lumo',
      countries: ['IT', 'ES'],
      audiences: [{ dealerId: italy.id }, { dealerId: spain.id }],
    };
    const { audienceReach } = await graphqlAs<{ audienceReach: number }>(
      baseUrl,
      LUMO_EDITOR,
      'query ($target: ArticleTargetInput!) { audienceReach(target: $target) }',
      { target },
    );
    await expect
      .poll(() => panel(page).locator('.reach').textContent())
      .toBe(`Raggiunge ${audienceReach.toLocaleString('it')} persone`);

    const tomorrow = wallTimeAt(Date.now() + DAY_MS, 'Europe/Rome').date;
    const dayAfter = wallTimeAt(Date.now() + 2 * DAY_MS, 'Europe/Rome').date;
    await panel(page).getByLabel('I lettori devono confermare di averlo letto').check();
    await panel(page).getByLabel('Da leggere entro').fill(`${dayAfter}T18:00`);
    await panel(page).locator('input[type="file"]').setInputFiles({
      name: 'freni.png',
      mimeType: 'image/png',
      buffer: PIXEL,
    });
    await expect
      .poll(() => panel(page).locator('piazza-newsroom-image-upload img').getAttribute('src'))
      .toMatch(/^\/media\/uploads\/[0-9a-f]{64}\.png$/);
    await panel(page).getByRole('button', { name: 'Salva i destinatari' }).click();
    await expect
      .poll(() => panel(page).locator('.actions [role="status"]').textContent())
      .toBe('Salvato.');

    await workflow(page).getByRole('button', { name: 'Invia in revisione' }).click();
    await workflow(page).getByRole('button', { name: 'Programma…' }).click();
    expect(await workflow(page).getByLabel('Fuso orario').inputValue()).toBe('Europe/Rome');
    await workflow(page).getByLabel('Data').fill(tomorrow);
    await workflow(page).getByLabel('Ora', { exact: true }).fill('13:00');
    await workflow(page).getByRole('button', { name: 'Programma', exact: true }).click();
    await expect
      .poll(() => workflow(page).locator('.state').textContent())
      .toMatch(/^Programmato per .*13:00 Ora dell’Europa centrale/);

    const { editorialArticle: saved } = await graphqlAs<{
      editorialArticle: {
        status: string;
        publishAt: string;
        timeZone: string;
        mustRead: boolean;
        mustReadBy: string;
        imageUrl: string;
        versions: { locale: string }[];
        countries: { code: string }[];
        audiences: { dealer: { id: string } | null }[];
      };
    }>(
      baseUrl,
      LUMO_EDITOR,
      `query ($id: ID!) { editorialArticle(id: $id) { status publishAt timeZone mustRead mustReadBy
        imageUrl versions { locale } countries { code } audiences { dealer { id } } } }`,
      { id },
    );
    expect(saved.status).toBe('SCHEDULED');
    expect(saved.timeZone).toBe('Europe/Rome');
    expect(wallTimeAt(saved.publishAt, 'Europe/Rome')).toEqual({ date: tomorrow, time: '13:00' });
    expect(wallTimeAt(saved.mustReadBy, 'Europe/Rome')).toEqual({ date: dayAfter, time: '18:00' });
    expect(saved.mustRead).toBe(true);
    expect(saved.imageUrl).toMatch(/^\/media\/uploads\//);
    expect(saved.versions.map((v) => v.locale).sort()).toEqual(['es', 'fr', 'it']);
    expect(saved.countries.map((c) => c.code).sort()).toEqual(['ES', 'IT']);
    expect(saved.audiences.map((a) => a.dealer?.id).sort()).toEqual([italy.id, spain.id].sort());
    expect(await axeViolations(page, NEWSROOM)).toEqual([]);

    expect(errors).toEqual([]);

    // The same editor in French and in Polish, as a host portal imposing the language shows
    // it: every part of the editor in that language, the article's words in theirs.
    for (const [locale, words] of [
      [
        'fr',
        {
          versions: 'Versions linguistiques',
          toolbar: 'Mise en forme du texte',
          state: /^Programmé pour/,
        },
      ],
      [
        'pl',
        { versions: 'Wersje językowe', toolbar: 'Formatowanie tekstu', state: /^Zaplanowany na/ },
      ],
    ] as const) {
      const host = await openPage(browser);
      await host.page.goto(
        `${baseUrl}/host-portal/newsroom/articles/${id}?as=${LUMO_EDITOR}&locale=${locale}`,
      );
      await expect
        .poll(() => editorOf(host.page).locator('#versions-heading').textContent())
        .toBe(words.versions);
      await editorOf(host.page).locator('[contenteditable="true"]').first().waitFor();
      expect(
        await editorOf(host.page).getByRole('toolbar').first().getAttribute('aria-label'),
      ).toBe(words.toolbar);
      expect(await workflow(host.page).locator('.state').textContent()).toMatch(words.state);
      expect(await versionForm(host.page, 'it').locator('[name="title"]').inputValue()).toBe(
        'Richiamo freni: controlli entro venerdì',
      );
      expect(await axeViolations(host.page, NEWSROOM)).toEqual([]);
      expect(host.errors).toEqual([]);
    }
  });

  it('announces a live stream for the next hour, files it under a category and a tag, attaches a PDF, and its readers see it live', async () => {
    const { page, errors } = await openPage(browser);
    await signInAs(page, baseUrl, 'Francesca Romano');
    await page.locator('piazza-portal-header').getByRole('link', { name: 'Redazione' }).click();
    await page.getByRole('link', { name: 'Nuovo articolo' }).click();
    const create = page.locator('piazza-newsroom-new-article');
    await create.getByLabel('Categoria', { exact: true }).selectOption('TRAINING');
    await writeVersion(page, create.locator('piazza-newsroom-version-form'), {
      title: 'In diretta dal salone: il nuovo Lumo Aria',
      summary: 'Un’ora con i tecnici, domande comprese.',
      body: 'Seguite la presentazione in diretta e scaricate la scheda tecnica.',
    });
    await page.getByRole('button', { name: 'Crea l’articolo' }).click();
    await page.waitForURL(/\/newsroom\/articles\/article-/);
    const id = page.url().split('/').pop()!;

    expect(await topics(page).getByLabel('Categoria', { exact: true }).inputValue()).toBe(
      'TRAINING',
    );
    await topics(page).getByLabel('Categoria', { exact: true }).selectOption({ label: 'Prodotti' });
    await topics(page).getByLabel('Tag', { exact: true }).fill('#Salone lumo-aria');
    await topics(page).getByRole('button', { name: 'Salva categoria e tag' }).click();
    await expect.poll(() => savedIn(topics(page))).toBe('Salvato.');
    expect(await topics(page).getByLabel('Tag', { exact: true }).inputValue()).toBe(
      '#salone #lumo-aria',
    );

    await attachments(page).locator('input[type="file"]').setInputFiles({
      name: 'Scheda tecnica.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await expect
      .poll(() => attachments(page).getByLabel('Nome del file 1').inputValue())
      .toBe('Scheda tecnica.pdf');
    await attachments(page).getByRole('button', { name: 'Salva gli allegati' }).click();
    await expect.poll(() => savedIn(attachments(page))).toBe('Salvato.');

    // From this minute on Rome's clocks (the article's country) to an hour later.
    const start = wallTimeAt(Date.now(), 'Europe/Rome');
    const end = wallTimeAt(Date.now() + HOUR_MS, 'Europe/Rome');
    expect(await liveStream(page).getByLabel('Fuso orario').inputValue()).toBe('Europe/Rome');
    for (const [legend, wall] of [
      ['Inizio', start],
      ['Fine', end],
    ] as const) {
      const when = liveStream(page).getByRole('group', { name: legend });
      await when.getByLabel('Data').fill(wall.date);
      await when.getByLabel('Ora', { exact: true }).fill(wall.time);
    }
    await liveStream(page)
      .getByLabel('Indirizzo della diretta')
      .fill('https://live.example.com/lumo/salone');
    await expect
      .poll(() => liveStream(page).locator('.preview').textContent())
      .toContain(`I lettori la vedranno in diretta: `);
    expect(await liveStream(page).locator('.preview').textContent()).toContain(start.time);
    await liveStream(page).getByRole('button', { name: 'Salva la diretta' }).click();
    await expect.poll(() => savedIn(liveStream(page))).toBe('Salvato.');

    await workflow(page).getByRole('button', { name: 'Pubblica ora' }).click();
    await workflow(page).locator('.confirm').getByRole('button', { name: 'Pubblica ora' }).click();
    await expect.poll(() => workflow(page).locator('.state').textContent()).toMatch(/^Pubblicato/);
    expect(await axeViolations(page, NEWSROOM)).toEqual([]);

    // A reader of Lumo Italy now sees the article as live, filed and with its document.
    await expect
      .poll(async () => (await liveNowFor(LUMO_READER)).some((a) => a.id === id))
      .toBe(true);
    const live = (await liveNowFor(LUMO_READER)).find((a) => a.id === id)!;
    expect(live.category).toBe('PRODUCTS');
    expect(live.tags).toEqual(['salone', 'lumo-aria']);
    expect(live.liveStream!.url).toBe('https://live.example.com/lumo/salone');
    expect(wallTimeAt(live.liveStream!.startsAt, 'Europe/Rome')).toEqual(start);
    expect(wallTimeAt(live.liveStream!.endsAt, 'Europe/Rome')).toEqual(end);
    expect(live.attachments).toEqual([
      { name: 'Scheda tecnica.pdf', contentType: 'application/pdf', size: PDF.length },
    ]);

    // Called off: readers no longer see it live (and later journeys start with no stream).
    await liveStream(page).getByRole('button', { name: 'Rimuovi la diretta' }).click();
    await expect
      .poll(() => liveStream(page).getByLabel('Indirizzo della diretta').inputValue())
      .toBe('');
    expect((await liveNowFor(LUMO_READER)).some((a) => a.id === id)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('is usable on a 360 px phone: nothing overflows, targets are large, axe finds nothing', async () => {
    const { page, errors } = await openPage(browser, { width: 360, height: 800 });
    await signInAs(page, baseUrl, 'Francesca Romano');
    await page.locator('piazza-portal-header').getByRole('link', { name: 'Redazione' }).click();
    const checkScreen = async (name: string) => {
      expect(await overflowOfNewsroom(page), `${name} fits a 360 px screen`).toBeLessThanOrEqual(0);
      expect(await smallTargets(page), `${name} has 44 px targets`).toEqual([]);
      expect(await axeViolations(page, NEWSROOM), `${name} passes axe`).toEqual([]);
    };
    await page.locator('piazza-newsroom-articles tbody tr').first().waitFor();
    await checkScreen('the list');
    await page.locator('piazza-newsroom-articles tbody th a').first().click();
    await panel(page).locator('.reach').waitFor();
    await editorOf(page).locator('[contenteditable="true"]').first().waitFor();
    await checkScreen('the editor');
    expect(errors).toEqual([]);
  });
});
