import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mockNetwork } from '../../../../mocks/fixtures.js';
import { MockApi } from '../../../../mocks/mock-api.js';
import { createTestPortal } from '../../../../mocks/test-portal.js';
import type { PiazzaNewsApp } from '../news-app.js';
import '../news-app.js';

/** Marco Bianchi, service at a Lumo dealer in Italy. */
const ITALIAN_SERVICE = 'person-demo-it-service';

function deep(root: Element, ...selectors: string[]): HTMLElement | null {
  let current: Element | null = root;
  for (const selector of selectors) {
    current = (current?.shadowRoot ?? current)?.querySelector(selector) ?? null;
  }
  return current as HTMLElement | null;
}

/** An article with a video that the reader gets, as the mock API gives it in Italian. */
function articleWithVideo() {
  const network = mockNetwork();
  const reader = network.people.find((person) => person.id === ITALIAN_SERVICE);
  const api = new MockApi(network);
  const id = network.articles.find(
    (article) =>
      article.videoUrl &&
      article.brandId === reader!.brandId &&
      (article.countryCode === null || article.countryCode === reader!.countryCode),
  )!.id;
  return api.article(reader, { id, locale: 'it' })!;
}

describe('piazza-news-article with a video', () => {
  it('shows a play button naming the provider in the reader’s language, and the player once pressed', async () => {
    const article = articleWithVideo();
    const portal = await createTestPortal({
      personId: ITALIAN_SERVICE,
      locale: 'it',
      app: { namespace: 'news', folder: 'apps/news' },
    });
    window.history.replaceState(null, '', `/portal/news/${article.id}`);
    const app = await fixture<PiazzaNewsApp>(
      html`<piazza-news-app .portal=${portal}></piazza-news-app>`,
    );
    await waitUntil(
      () => deep(app, 'piazza-news-article', 'piazza-news-video-player', 'button') !== null,
      'no play button',
    );
    const player = deep(app, 'piazza-news-article', 'piazza-news-video-player')!;
    const button = deep(player, 'button')!;
    expect(button.textContent!.trim()).to.equal('Riproduci il video — si carica da YouTube');
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    await expect(deep(app, 'piazza-news-article')).to.be.accessible();

    button.click();
    await waitUntil(() => deep(player, 'iframe') !== null, 'no player');
    const frame = deep(player, 'iframe') as HTMLIFrameElement;
    expect(frame.getAttribute('src')).to.equal(`${article.video!.embedUrl}?autoplay=1`);
    expect(frame.title).to.equal(`Lettore video: ${article.title}`);
    await expect(deep(app, 'piazza-news-article')).to.be.accessible();
  });
});
