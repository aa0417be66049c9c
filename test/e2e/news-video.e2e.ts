import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateNetwork } from '../../server/src/seed/generate-network.js';
import { graphqlAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInAs } from './support/browser.js';
import { wordsOf } from './support/words.js';

const baseUrl = inject('baseUrl');
const VIDEO_ID = 'aqz-KE-bpKQ';
const PLAYER = `https://www.youtube-nocookie.com/embed/${VIDEO_ID}`;
const { people } = generateNetwork();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Two readers on their phones, each in their language, and their community's editor. */
const READERS = [
  { locale: 'it', readerId: 'person-demo-it-service', reader: 'Marco Bianchi' },
  { locale: 'pl', readerId: 'person-demo-pl-sales', reader: 'Piotr Kowalski' },
].map((community) => {
  const reader = people.find((p) => p.id === community.readerId)!;
  const editor = people.find(
    (p) =>
      p.job === 'EDITOR' && p.brandId === reader.brandId && p.countryCode === reader.countryCode,
  )!;
  return { ...community, editorId: editor.id };
});

interface Shown {
  id: string;
  title: string;
  video: { embedUrl: string } | null;
}

/** An article of the reader's feed, without a video, that the editor may change. */
async function articleFor(readerId: string, editorId: string, locale: string): Promise<Shown> {
  const { newsFeed } = await graphqlAs<{ newsFeed: { edges: { node: Shown }[] } }>(
    baseUrl,
    readerId,
    `query ($locale: String) {
      newsFeed(first: 30, locale: $locale) { edges { node { id title video { embedUrl } } } } }`,
    { locale },
  );
  const { editorialArticles } = await graphqlAs<{
    editorialArticles: { edges: { node: { id: string } }[] };
  }>(
    baseUrl,
    editorId,
    '{ editorialArticles(status: PUBLISHED, first: 100) { edges { node { id } } } }',
  );
  const editable = new Set(editorialArticles.edges.map((edge) => edge.node.id));
  const article = newsFeed.edges
    .map((edge) => edge.node)
    .find((node) => !node.video && editable.has(node.id));
  expect(article, 'the reader gets news the editor may change').toBeDefined();
  return article!;
}

/** The requests a page makes to other sites than Piazza's, in order. */
function thirdPartyRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) {
      requests.push(request.url());
    }
  });
  return requests;
}

describe('a video in an article', () => {
  it.each(READERS)(
    '$locale: the editor gives an article a YouTube video in the newsroom, and $reader plays it from the article, loaded only once pressed',
    async ({ locale, editorId, readerId, reader }) => {
      const article = await articleFor(readerId, editorId, locale);
      const newsroomWords = await wordsOf(locale, ['newsroom', 'common']);

      // The editor, signed in by the host portal's single sign-on in their language.
      const editor = await openPage(browser);
      await editor.page.goto(
        `${baseUrl}/host-portal/newsroom/articles/${article.id}?as=${editorId}&locale=${locale}`,
      );
      const panel = editor.page.locator('piazza-newsroom-video-panel');
      const address = panel.getByLabel(newsroomWords('video.url'), { exact: true });
      const save = panel.getByRole('button', { name: newsroomWords('video.save') });
      await address.fill('https://videos.example.com/launch');
      await save.click();
      await expect
        .poll(() => panel.locator('#url-error').textContent())
        .toBe(newsroomWords('video.errors.url.NOT_EMBEDDABLE'));
      expect(await address.inputValue()).toBe('https://videos.example.com/launch');

      await address.fill(`https://www.youtube.com/watch?v=${VIDEO_ID}`);
      await save.click();
      await expect
        .poll(() => panel.locator('.actions [role="status"]').textContent())
        .toBe(newsroomWords('save.saved'));
      expect(await panel.locator('.preview').textContent()).toContain(
        newsroomWords('video.preview', { provider: 'YouTube' }),
      );
      expect(await address.inputValue()).toBe(PLAYER);
      expect(await axeViolations(editor.page, ['piazza-portal', 'piazza-newsroom-app'])).toEqual(
        [],
      );
      expect(editor.errors).toEqual([]);

      // The reader, on a phone, on the standalone portal and its CSP.
      const t = await wordsOf(locale);
      const { page, errors } = await openPage(browser, { width: 360, height: 800 });
      await signInAs(page, baseUrl, reader);
      const elsewhere = thirdPartyRequests(page);
      await page.goto(`${baseUrl}/news/${article.id}`);
      await expect
        .poll(() => page.locator('piazza-news-article h1').textContent())
        .toBe(article.title);
      const play = page.getByRole('button', {
        name: t('article.video.play', { provider: 'YouTube' }),
      });
      const box = (await play.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(await page.locator('piazza-news-video-player iframe').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(elsewhere, 'nothing loads from YouTube before the reader asks').toEqual([]);

      await play.click();
      const frame = page.locator('piazza-news-video-player iframe');
      // Pressed once: the player starts at once.
      const playing = `${PLAYER}?autoplay=1`;
      await expect.poll(() => frame.getAttribute('src')).toBe(playing);
      expect(await frame.getAttribute('title')).toBe(
        t('article.video.frameTitle', { title: article.title }),
      );
      await expect.poll(() => elsewhere[0]).toBe(playing);
      expect(await axeViolations(page, ['piazza-portal', 'piazza-news-app'])).toEqual([]);
      // A frame the page's CSP refused would be reported here.
      expect(errors).toEqual([]);

      await graphqlAs(
        baseUrl,
        editorId,
        'mutation ($id: ID!) { setArticleVideo(id: $id, url: null) { id } }',
        { id: article.id },
      );
    },
  );
});
