import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInAs } from './support/browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** What the host page's own script keeps on window. */
interface HostWindow {
  groupPortal: { clicks: number };
}

const feedTitle = (page: Page) => page.locator('piazza-news-feed h1');
const cards = (page: Page) => page.locator('piazza-news-card');

describe('the standalone portal', () => {
  it('shows a Veyra salesperson in Lyon the news in French, and opens an article', async () => {
    const { page, errors } = await openPage(browser);
    await signInAs(page, baseUrl, 'Camille Laurent');
    await expect.poll(() => feedTitle(page).textContent()).toBe('Dernières actualités');
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    expect(await page.locator('piazza-portal-header .brand').textContent()).toContain('Veyra');
    expect(page.url()).toBe(`${baseUrl}/news`);

    const firstTitle = (await cards(page).first().locator('h2 a').textContent())!.trim();
    await cards(page).first().locator('h2 a').click();
    await expect.poll(() => page.locator('piazza-news-article h1').textContent()).toBe(firstTitle);
    expect(page.url()).toMatch(new RegExp(`^${baseUrl}/news/article-`));
    // The clicked link is gone: keyboard and screen-reader users start again at the top.
    const focused = () =>
      page.evaluate(
        () => document.querySelector('piazza-portal')?.shadowRoot?.activeElement?.localName,
      );
    expect(await focused()).toBe('main');
    await expect.poll(() => page.locator('piazza-news-article .body p').count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Toutes les actualités' }).click();
    await expect.poll(() => feedTitle(page).textContent()).toBe('Dernières actualités');
    expect(errors).toEqual([]);
  });

  it('paints a reload from the first view the server embedded, without a request', async () => {
    const { page } = await openPage(browser);
    await signInAs(page, baseUrl, 'Camille Laurent');
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    const requests: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      const operation =
        path === '/graphql'
          ? (request.postDataJSON() as { operationName?: string } | null)?.operationName
          : undefined;
      // The header's bell and live mark, the check for published translations and the
      // feed's pulse surveys load after the first paint, with their own queries.
      const afterPaint =
        /^(Notifications|NotificationsChanged|LiveNow|TranslationRelease|TranslationsPublished|OpenPulseSurveys)$/;
      if (!afterPaint.test(operation ?? '')) {
        requests.push(path);
      }
    });
    await page.reload();
    await expect.poll(() => feedTitle(page).textContent()).toBe('Dernières actualités');
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    expect(requests.filter((path) => path === '/graphql' || path.startsWith('/locales/'))).toEqual(
      [],
    );
    // The next page still comes from the API, with the embedded session's token.
    const firstPage = await cards(page).count();
    await page.locator('piazza-news-feed .more button').click();
    await expect.poll(() => cards(page).count()).toBeGreaterThan(firstPage);
  });

  it('signs out for good: a reload shows the sign-in again', async () => {
    const { page } = await openPage(browser);
    await signInAs(page, baseUrl, 'Camille Laurent');
    await page.locator('piazza-portal-header summary').click();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect.poll(() => page.locator('piazza-sign-in h1').count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.locator('piazza-sign-in h1').count()).toBe(1);
    expect(await cards(page).count()).toBe(0);
  });

  it('switches every string and the articles to Polish without reloading', async () => {
    const { page, scripts } = await openPage(browser);
    await signInAs(page, baseUrl, 'Camille Laurent');
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    // Loaded after the first paint (the bell, then the stream's client with its first
    // subscription): counted before the switch, not during it.
    await page.locator('piazza-notification-bell button.bell').waitFor();
    await expect.poll(() => scripts.some((url) => url.includes('/chunk-sse-link-'))).toBe(true);
    const scriptsBefore = scripts.length;
    await page.locator('piazza-portal-header summary').click();
    await page.getByLabel('Langue').selectOption('pl');
    await expect.poll(() => feedTitle(page).textContent()).toBe('Najnowsze aktualności');
    await expect.poll(() => page.getByRole('link', { name: 'Aktualności' }).count()).toBe(1);
    await expect
      .poll(() => page.locator('piazza-news-card article[lang="pl"]').count())
      .toBeGreaterThan(0);
    expect(scripts.length).toBe(scriptsBefore);
  });

  it('loads lit, and every other module, exactly once', async () => {
    const { page, scripts } = await openPage(browser);
    await signInAs(page, baseUrl, 'Camille Laurent');
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    const versions = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown[] | undefined>;
      return [w['litHtmlVersions'], w['reactiveElementVersions'], w['litElementVersions']].map(
        (list) => list?.length ?? 0,
      );
    });
    expect(versions).toEqual([1, 1, 1]);
    expect(scripts.length).toBeGreaterThan(5);
    expect(new Set(scripts).size).toBe(scripts.length);
  });

  it('isolates a broken app behind a translated tile while news keeps working', async () => {
    const { page } = await openPage(browser);
    await signInAs(page, baseUrl, 'Camille Laurent');
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    await page.locator('nav a[href="/broken"]').click();
    const tile = page.locator('piazza-app-unavailable');
    await expect
      .poll(() => tile.locator('h2').textContent())
      .toBe('Cette rubrique est indisponible');
    await expect.poll(() => tile.getByRole('button', { name: 'Réessayer' }).count()).toBe(1);

    await page.getByRole('link', { name: 'Actualités' }).click();
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    expect(await tile.isVisible()).toBe(false);
  });

  it('passes axe-core on the sign-in, the open menu and an article', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.locator('piazza-sign-in button').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Camille Laurent/ }).click();
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    await page.locator('piazza-portal-header summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await cards(page).first().locator('h2 a').click();
    await expect.poll(() => page.locator('piazza-news-article .body p').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists the demo people by role on a phone, and signs in with the keyboard', async () => {
    const { page } = await openPage(browser, { width: 360, height: 740 });
    await page.goto(`${baseUrl}/`);
    const headings = page.locator('piazza-sign-in h2');
    await expect.poll(() => headings.count()).toBeGreaterThan(0);
    const roles = await headings.allTextContents();
    expect(roles[0]).toBe('Employee');
    expect(roles.indexOf('Region manager')).toBeGreaterThan(roles.indexOf('Field staff'));
    expect(roles.at(-1)).toBe('Portal administrator');
    const person = page.getByRole('button', { name: /Piotr Kowalski/ }).first();
    expect(await person.textContent()).toContain('Castello · Poland');
    const heights = await page
      .locator('piazza-sign-in button.person')
      .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await person.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => feedTitle(page).textContent()).toBe('Najnowsze aktualności');
  });

  it('fits a 360 px phone screen and passes axe-core', async () => {
    const { page } = await openPage(browser, { width: 360, height: 740 });
    await signInAs(page, baseUrl, 'Piotr Kowalski');
    await expect.poll(() => feedTitle(page).textContent()).toBe('Najnowsze aktualności');
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the portal embedded in the group portal', () => {
  const hostUrl = (query: string) => `${baseUrl}/host-portal/?${query}`;

  it('shows the news in Polish when the host signs in a Polish salesperson', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(hostUrl('as=person-demo-pl-sales'));
    await expect.poll(() => feedTitle(page).textContent()).toBe('Najnowsze aktualności');
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    await cards(page).first().locator('h2 a').click();
    expect(page.url()).toMatch(new RegExp(`^${baseUrl}/host-portal/news/article-`));
    await expect.poll(() => page.locator('piazza-news-article h1').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('uses the locale the host imposes, with no language picker', async () => {
    const { page } = await openPage(browser);
    await page.goto(hostUrl('as=person-demo-pl-sales&locale=fr'));
    await expect.poll(() => feedTitle(page).textContent()).toBe('Dernières actualités');
    expect(await page.locator('piazza-portal select').count()).toBe(0);
  });

  it('keeps the host’s styles out of Piazza and Piazza’s out of the host', async () => {
    const { page } = await openPage(browser);
    await page.addInitScript(() =>
      sessionStorage.setItem('globals-at-start', JSON.stringify(Object.keys(window))),
    );
    await page.goto(hostUrl('as=person-demo-fr-sales'));
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);

    const piazza = await page.evaluate(() => {
      const feed = document
        .querySelector('piazza-portal')!
        .shadowRoot!.querySelector('piazza-news-app')!
        .shadowRoot!.querySelector('piazza-news-feed')!.shadowRoot!;
      const title = getComputedStyle(feed.querySelector('h1')!);
      const button = feed.querySelector('button');
      return {
        titleColor: title.color,
        titleFont: title.fontFamily,
        buttonBackground: button ? getComputedStyle(button).backgroundColor : null,
      };
    });
    expect(piazza.titleColor).not.toBe('rgb(255, 0, 0)');
    expect(piazza.titleFont).not.toBe('serif');
    expect(piazza.buttonBackground).not.toBe('rgb(255, 105, 180)');

    const host = await page.evaluate(() => ({
      headingColor: getComputedStyle(document.querySelector('.group-header h1')!).color,
      buttonBackground: getComputedStyle(document.querySelector('#group-search')!).backgroundColor,
      bodyFont: getComputedStyle(document.body).fontFamily,
      styleSheets: document.styleSheets.length,
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      globalsAtStart: JSON.parse(sessionStorage.getItem('globals-at-start')!) as string[],
      globals: Object.keys(window),
    }));
    expect(host.headingColor).toBe('rgb(255, 215, 0)');
    expect(host.buttonBackground).toBe('rgb(255, 105, 180)');
    expect(host.bodyFont).toBe('serif');
    expect(host.styleSheets).toBe(1);
    expect(host.adoptedStyleSheets).toBe(0);
    const added = host.globals.filter(
      (name) => !host.globalsAtStart.includes(name) && name !== 'groupPortal',
    );
    expect(added).toContain('piazza');
    // Beyond its namespace, only what the libraries themselves keep on window: Lit's
    // version registries and metadata, single-spa's navigate helper and its wrappers of
    // window's event listeners (how it sees popstate and hashchange).
    const libraryGlobals = [
      'litHtmlVersions',
      'litElementVersions',
      'reactiveElementVersions',
      'litPropertyMetadata',
      'singleSpaNavigate',
      'addEventListener',
      'removeEventListener',
    ];
    expect(added.filter((name) => name !== 'piazza' && !libraryGlobals.includes(name))).toEqual([]);

    // The host's own script still hears clicks, inside Piazza too.
    const clicksBefore = await page.evaluate(
      () => (window as never as HostWindow).groupPortal.clicks,
    );
    await cards(page).first().locator('h2 a').click();
    await expect.poll(() => page.locator('piazza-news-article h1').count()).toBe(1);
    expect(await page.evaluate(() => (window as never as HostWindow).groupPortal.clicks)).toBe(
      clicksBefore + 1,
    );
  });
});
