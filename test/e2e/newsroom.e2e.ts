import type { TFunction } from 'i18next';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { wallTimeAt } from '../../apps/newsroom/src/ui/time-zone.js';
import { generateNetwork } from '../../server/src/seed/generate-network.js';
import { graphqlAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInById } from './support/browser.js';
import { pattern, wordsOf } from './support/words.js';

const baseUrl = inject('baseUrl');
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Tells this run's articles from any other's. */
const RUN = Date.now().toString(36);
/** The app in the page, for axe: the portal's header is the shell's, checked by its tests. */
const NEWSROOM = ['piazza-portal', 'piazza-newsroom-app'];
/** The smallest PDF the server recognises (by its first bytes). */
const PDF = Buffer.from('%PDF-1.7\n%%EOF');
/** A 1 × 1 PNG: the server knows pictures by their bytes. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const { people } = generateNetwork();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The seed's editor of a community (brand × country). */
const communityEditor = (brandId: string, countryCode: string) =>
  people.find((p) => p.job === 'EDITOR' && p.brandId === brandId && p.countryCode === countryCode)!
    .id;

/**
 * Journey 5's editors, one per language: each writes in theirs, adds two versions, targets
 * two dealers of their communities and schedules on their country's clock. Only Lumo
 * Italy's editor is a demo person; the others are the seed's, signed in by id. A reader of
 * each community sees the live stream.
 */
const EDITORS = [
  {
    locale: 'it',
    brandId: 'brand-lumo',
    editorId: communityEditor('brand-lumo', 'IT'),
    /** Francesca also edits Lumo Spain: a dealer in Italy and one in Spain. */
    dealerCountries: ['IT', 'ES'],
    timeZone: 'Europe/Rome',
    translations: ['fr', 'es'],
    reader: 'person-demo-it-area',
  },
  {
    locale: 'fr',
    brandId: 'brand-veyra',
    editorId: communityEditor('brand-veyra', 'FR'),
    dealerCountries: ['FR', 'FR'],
    timeZone: 'Europe/Paris',
    translations: ['it', 'es'],
    reader: 'person-demo-fr-sales',
  },
  {
    locale: 'pl',
    brandId: 'brand-castello',
    editorId: communityEditor('brand-castello', 'PL'),
    dealerCountries: ['PL', 'PL'],
    timeZone: 'Europe/Warsaw',
    translations: ['en', 'fr'],
    reader: 'person-demo-pl-sales',
  },
];

interface ArticleText {
  title: string;
  summary: string;
  body: string;
}

/** The brake recall of journey 5, as each language's editor writes it. */
const RECALL: Record<string, ArticleText> = {
  it: {
    title: 'Richiamo freni: controlli entro venerdì',
    summary: 'Cosa fare in officina e cosa dire ai clienti.',
    body: 'Controllate i freni di ogni auto in consegna.',
  },
  fr: {
    title: 'Rappel freins : contrôles avant vendredi',
    summary: 'Ce qu’il faut faire à l’atelier et dire aux clients.',
    body: 'Contrôlez les freins de chaque voiture à livrer.',
  },
  es: {
    title: 'Revisión de frenos antes del viernes',
    summary: 'Qué hacer.',
    body: 'Revisad los frenos.',
  },
  pl: {
    title: 'Akcja serwisowa hamulców: kontrole do piątku',
    summary: 'Co zrobić w warsztacie i co powiedzieć klientom.',
    body: 'Sprawdźcie hamulce każdego auta przed wydaniem.',
  },
  en: {
    title: 'Brake recall: checks by Friday',
    summary: 'What to do.',
    body: 'Check the brakes.',
  },
};

/** A live presentation at the motor show, in the editor's language, with its document. */
const LIVE: Record<string, ArticleText & { tags: string; tagList: string[]; file: string }> = {
  it: {
    title: 'In diretta dal salone: il nuovo Lumo Aria',
    summary: 'Un’ora con i tecnici, domande comprese.',
    body: 'Seguite la presentazione in diretta e scaricate la scheda tecnica.',
    tags: '#Salone lumo-aria',
    tagList: ['salone', 'lumo-aria'],
    file: 'Scheda tecnica.pdf',
  },
  fr: {
    title: 'En direct du salon : la nouvelle Veyra Sola',
    summary: 'Une heure avec les techniciens, questions comprises.',
    body: 'Suivez la présentation en direct et téléchargez la fiche technique.',
    tags: '#Salon veyra-sola',
    tagList: ['salon', 'veyra-sola'],
    file: 'Fiche technique.pdf',
  },
  pl: {
    title: 'Na żywo z targów: nowe Castello Vento',
    summary: 'Godzina z technikami, z pytaniami włącznie.',
    body: 'Obejrzyjcie prezentację na żywo i pobierzcie kartę techniczną.',
    tags: '#Targi castello-vento',
    tagList: ['targi', 'castello-vento'],
    file: 'Karta techniczna.pdf',
  },
};

/** A text made this run's own: the same title twice would be two articles in one list. */
const ofThisRun = (text: ArticleText): ArticleText => ({
  ...text,
  title: `${text.title} (${RUN})`,
});

/** A country's name as the page gives it in a language ("Spagna"). */
const countryName = (code: string, locale: string) =>
  new Intl.DisplayNames([locale], { type: 'region' }).of(code)!;

/** A time zone's name in a language, as the page's own Intl says it. */
const zoneName = (page: Page, timeZone: string, locale: string) =>
  page.evaluate(
    ([zone, language]) =>
      new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'longGeneric' })
        .formatToParts(new Date())
        .find((part) => part.type === 'timeZoneName')!.value,
    [timeZone, locale] as const,
  );

interface Dealer {
  id: string;
  name: string;
  city: string;
  brand: { id: string };
  region: { country: { code: string } };
}

/** A different dealer of the brand in each of these countries, as the dealer search finds them. */
async function dealersOf(editorId: string, brandId: string, countries: readonly string[]) {
  const { dealers } = await graphqlAs<{ dealers: { edges: { node: Dealer }[] } }>(
    baseUrl,
    editorId,
    'query { dealers(first: 50) { edges { node { id name city brand { id } region { country { code } } } } } }',
  );
  const ofBrand = dealers.edges.map((e) => e.node).filter((d) => d.brand.id === brandId);
  const chosen: Dealer[] = [];
  for (const code of countries) {
    const dealer = ofBrand.find((d) => d.region.country.code === code && !chosen.includes(d));
    expect(dealer, `a dealer of ${brandId} in ${code}`).toBeDefined();
    chosen.push(dealer!);
  }
  return chosen;
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
async function liveNowFor(personId: string, locale: string): Promise<LiveArticle[]> {
  const { liveNow } = await graphqlAs<{ liveNow: LiveArticle[] }>(
    baseUrl,
    personId,
    `query ($locale: String) { liveNow(locale: $locale) { id category tags
      liveStream { startsAt endsAt url } attachments { name contentType size } } }`,
    { locale },
  );
  return liveNow;
}

/** Writes a version as an editor does: the fields, then the text typed into Tiptap. */
async function writeVersion(page: Page, form: ReturnType<typeof versionForm>, text: ArticleText) {
  await form.locator('[name="title"]').fill(text.title);
  await form.locator('[name="summary"]').fill(text.summary);
  await form.locator('[contenteditable="true"]').click();
  await page.keyboard.type(text.body);
}

/** The editor signed in, in the newsroom's list of articles, reached from the portal's header. */
async function openNewsroom(page: Page, editorId: string, t: TFunction) {
  await signInById(page, baseUrl, editorId);
  await page
    .locator('piazza-portal-header')
    .getByRole('link', { name: t('common:apps.newsroom') })
    .click();
  await expect
    .poll(() => page.locator('piazza-newsroom-articles h1').textContent())
    .toBe(t('list.title'));
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

describe('journey 5: an editor writes, translates, targets and schedules an article', () => {
  it.each(EDITORS)(
    '$locale: writes in their language, adds two versions, targets two dealers, and schedules a must-read for 13:00 tomorrow on their country’s clock',
    async ({ locale, brandId, editorId, dealerCountries, timeZone, translations }) => {
      const t = await wordsOf(locale, ['newsroom', 'common']);
      const dealers = await dealersOf(editorId, brandId, dealerCountries);
      const original = ofThisRun(RECALL[locale]!);
      const { page, errors } = await openPage(browser);
      await openNewsroom(page, editorId, t);

      await page.getByRole('link', { name: t('list.newArticle') }).click();
      const create = page.locator('piazza-newsroom-new-article');
      await expect.poll(() => create.locator('#locale').inputValue()).toBe(locale);
      await writeVersion(page, create.locator('piazza-newsroom-version-form'), original);
      await page.getByRole('button', { name: t('create.submit') }).click();
      await page.waitForURL(/\/newsroom\/articles\/article-/);
      const id = page.url().split('/').pop()!;
      await expect.poll(() => editorOf(page).locator('h1').textContent()).toBe(original.title);

      for (const other of translations) {
        await editorOf(page).getByLabel(t('editor.addLanguage')).selectOption(other);
        await writeVersion(page, versionForm(page, other), ofThisRun(RECALL[other]!));
        await versionForm(page, other)
          .getByRole('button', { name: pattern(t('editor.save', { language: 'OPEN' })) })
          .click();
        await expect
          .poll(() => versionForm(page, other).locator('.saved').textContent())
          .toMatch(pattern(t('editor.savedAt', { time: 'OPEN' })));
      }

      // The article's own country is chosen already; others are ticked by name.
      const countries = [...new Set(dealerCountries)];
      for (const code of countries.slice(1)) {
        await panel(page).getByLabel(countryName(code, locale)).check();
      }
      for (const [index, dealer] of dealers.entries()) {
        await panel(page)
          .getByRole('button', { name: t('target.addAudience') })
          .click();
        const group = panel(page).locator('fieldset.audience').nth(index);
        await group.getByLabel(t('target.audience.findDealer')).fill(dealer.name);
        await group
          .getByRole('button', {
            name: t('target.dealer.choose', { name: dealer.name, city: dealer.city }),
            exact: true,
          })
          .click();
        await expect.poll(() => group.locator('.dealer').textContent()).toContain(dealer.name);
      }
      const target = {
        brandId,
        countries,
        audiences: dealers.map((dealer) => ({ dealerId: dealer.id })),
      };
      const { audienceReach } = await graphqlAs<{ audienceReach: number }>(
        baseUrl,
        editorId,
        'query ($target: ArticleTargetInput!) { audienceReach(target: $target) }',
        { target },
      );
      expect(audienceReach, 'two dealers have staff').toBeGreaterThan(0);
      await expect
        .poll(() => panel(page).locator('.reach').textContent())
        .toBe(
          t('target.reach', { count: audienceReach, number: audienceReach.toLocaleString(locale) }),
        );

      const tomorrow = wallTimeAt(Date.now() + DAY_MS, timeZone).date;
      const dayAfter = wallTimeAt(Date.now() + 2 * DAY_MS, timeZone).date;
      await panel(page).getByLabel(t('target.mustReadLabel')).check();
      await panel(page).getByLabel(t('target.deadline')).fill(`${dayAfter}T18:00`);
      await panel(page).locator('input[type="file"]').setInputFiles({
        name: 'brakes.png',
        mimeType: 'image/png',
        buffer: PIXEL,
      });
      await expect
        .poll(() => panel(page).locator('piazza-newsroom-image-upload img').getAttribute('src'))
        .toMatch(/^\/media\/uploads\/[0-9a-f]{64}\.png$/);
      await panel(page)
        .getByRole('button', { name: t('target.save') })
        .click();
      await expect.poll(() => savedIn(panel(page))).toBe(t('save.saved'));

      await workflow(page)
        .getByRole('button', { name: t('workflow.submit') })
        .click();
      await workflow(page)
        .getByRole('button', { name: t('workflow.schedule') })
        .click();
      expect(
        await workflow(page).getByLabel(t('workflow.timeZone'), { exact: true }).inputValue(),
      ).toBe(timeZone);
      await workflow(page).getByLabel(t('workflow.date'), { exact: true }).fill(tomorrow);
      await workflow(page).getByLabel(t('workflow.time'), { exact: true }).fill('13:00');
      await workflow(page)
        .getByRole('button', { name: t('workflow.confirmSchedule'), exact: true })
        .click();
      const state = workflow(page).locator('.state');
      await expect
        .poll(() => state.textContent())
        .toMatch(pattern(t('workflow.state.scheduledAt', { time: 'OPEN' })));
      expect(await state.textContent()).toContain(
        `13:00 ${await zoneName(page, timeZone, locale)}`,
      );

      const { editorialArticle: saved } = await graphqlAs<{
        editorialArticle: {
          status: string;
          publishAt: string;
          timeZone: string;
          mustRead: boolean;
          mustReadBy: string;
          imageUrl: string;
          originalLocale: string;
          brand: { id: string };
          versions: { locale: string }[];
          countries: { code: string }[];
          audiences: { dealer: { id: string } | null }[];
        };
      }>(
        baseUrl,
        editorId,
        `query ($id: ID!) { editorialArticle(id: $id) { status publishAt timeZone mustRead
          mustReadBy imageUrl originalLocale brand { id } versions { locale } countries { code }
          audiences { dealer { id } } } }`,
        { id },
      );
      expect(saved.status).toBe('SCHEDULED');
      expect(saved.timeZone).toBe(timeZone);
      expect(wallTimeAt(saved.publishAt, timeZone)).toEqual({ date: tomorrow, time: '13:00' });
      expect(wallTimeAt(saved.mustReadBy, timeZone)).toEqual({ date: dayAfter, time: '18:00' });
      expect(saved.mustRead).toBe(true);
      expect(saved.imageUrl).toMatch(/^\/media\/uploads\//);
      expect(saved.originalLocale).toBe(locale);
      expect(saved.brand.id).toBe(brandId);
      expect(saved.versions.map((v) => v.locale).sort()).toEqual([locale, ...translations].sort());
      expect(saved.countries.map((c) => c.code).sort()).toEqual([...countries].sort());
      expect(saved.audiences.map((a) => a.dealer?.id).sort()).toEqual(
        dealers.map((d) => d.id).sort(),
      );
      expect(await axeViolations(page, NEWSROOM)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it.each(EDITORS)(
    '$locale: announces a live stream for the next hour, files it under a category and tags, attaches a PDF, and a reader of the community sees it live',
    async ({ locale, editorId, timeZone, reader }) => {
      const t = await wordsOf(locale, ['newsroom', 'common']);
      const live = ofThisRun(LIVE[locale]!);
      const file = LIVE[locale]!.file;
      const url = `https://live.example.com/${locale}/${RUN}`;
      const { page, errors } = await openPage(browser);
      await openNewsroom(page, editorId, t);
      await page.getByRole('link', { name: t('list.newArticle') }).click();
      const create = page.locator('piazza-newsroom-new-article');
      await create.getByLabel(t('topics.category'), { exact: true }).selectOption('TRAINING');
      await writeVersion(page, create.locator('piazza-newsroom-version-form'), live);
      await page.getByRole('button', { name: t('create.submit') }).click();
      await page.waitForURL(/\/newsroom\/articles\/article-/);
      const id = page.url().split('/').pop()!;

      const category = topics(page).getByLabel(t('topics.category'), { exact: true });
      expect(await category.inputValue()).toBe('TRAINING');
      await category.selectOption({ label: t('common:categories.PRODUCTS') });
      await topics(page).getByLabel(t('topics.tags'), { exact: true }).fill(LIVE[locale]!.tags);
      await topics(page)
        .getByRole('button', { name: t('topics.save') })
        .click();
      await expect.poll(() => savedIn(topics(page))).toBe(t('save.saved'));
      expect(await topics(page).getByLabel(t('topics.tags'), { exact: true }).inputValue()).toBe(
        LIVE[locale]!.tagList.map((tag) => `#${tag}`).join(' '),
      );

      await attachments(page).locator('input[type="file"]').setInputFiles({
        name: file,
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await expect
        .poll(() =>
          attachments(page)
            .getByLabel(t('attachments.name', { number: 1 }))
            .inputValue(),
        )
        .toBe(file);
      await attachments(page)
        .getByRole('button', { name: t('attachments.save') })
        .click();
      await expect.poll(() => savedIn(attachments(page))).toBe(t('save.saved'));

      // From this minute on the clocks of the article's country to an hour later.
      const start = wallTimeAt(Date.now(), timeZone);
      const end = wallTimeAt(Date.now() + HOUR_MS, timeZone);
      expect(
        await liveStream(page).getByLabel(t('workflow.timeZone'), { exact: true }).inputValue(),
      ).toBe(timeZone);
      for (const [legend, wall] of [
        [t('live.start'), start],
        [t('live.end'), end],
      ] as const) {
        const when = liveStream(page).getByRole('group', { name: legend });
        await when.getByLabel(t('workflow.date'), { exact: true }).fill(wall.date);
        await when.getByLabel(t('workflow.time'), { exact: true }).fill(wall.time);
      }
      await liveStream(page).getByLabel(t('live.url'), { exact: true }).fill(url);
      const preview = liveStream(page).locator('.preview');
      await expect
        .poll(() => preview.textContent())
        .toMatch(pattern(t('live.preview', { time: 'OPEN' })));
      expect(await preview.textContent()).toContain(start.time);
      await liveStream(page)
        .getByRole('button', { name: t('live.save') })
        .click();
      await expect.poll(() => savedIn(liveStream(page))).toBe(t('save.saved'));

      await workflow(page)
        .getByRole('button', { name: t('workflow.publishNow') })
        .click();
      await workflow(page)
        .locator('.confirm')
        .getByRole('button', { name: t('workflow.publishNow') })
        .click();
      await expect
        .poll(() => workflow(page).locator('.state').textContent())
        .toMatch(pattern(t('workflow.state.publishedAt', { time: 'OPEN' })));
      expect(await axeViolations(page, NEWSROOM)).toEqual([]);

      // A reader of the community now sees the article as live, filed and with its document.
      await expect
        .poll(async () => (await liveNowFor(reader, locale)).some((a) => a.id === id))
        .toBe(true);
      const shown = (await liveNowFor(reader, locale)).find((a) => a.id === id)!;
      expect(shown.category).toBe('PRODUCTS');
      expect(shown.tags).toEqual(LIVE[locale]!.tagList);
      expect(shown.liveStream!.url).toBe(url);
      expect(wallTimeAt(shown.liveStream!.startsAt, timeZone)).toEqual(start);
      expect(wallTimeAt(shown.liveStream!.endsAt, timeZone)).toEqual(end);
      expect(shown.attachments).toEqual([
        { name: file, contentType: 'application/pdf', size: PDF.length },
      ]);

      // Called off: readers no longer see it live (and later journeys start with no stream).
      await liveStream(page)
        .getByRole('button', { name: t('live.remove') })
        .click();
      await expect
        .poll(() => liveStream(page).getByLabel(t('live.url'), { exact: true }).inputValue())
        .toBe('');
      expect((await liveNowFor(reader, locale)).some((a) => a.id === id)).toBe(false);
      expect(errors).toEqual([]);
    },
  );

  it.each(EDITORS)(
    '$locale: is usable on a 360 px phone: nothing overflows, targets are large, axe finds nothing',
    async ({ locale, editorId }) => {
      const t = await wordsOf(locale, ['newsroom', 'common']);
      const { page, errors } = await openPage(browser, { width: 360, height: 800 });
      await openNewsroom(page, editorId, t);
      const checkScreen = async (name: string) => {
        expect(await overflowOfNewsroom(page), `${name} fits a 360 px screen`).toBeLessThanOrEqual(
          0,
        );
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
    },
  );
});
