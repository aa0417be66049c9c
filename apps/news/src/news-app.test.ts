import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { graphql, HttpResponse } from 'msw';
import { createTestPortal, startMockWorker } from '../../../mocks/test-portal.js';
import type { PortalContext } from '@piazza/shared';
import { mockNetwork } from '../../../mocks/fixtures.js';
import { MockApi } from '../../../mocks/mock-api.js';
import type { PiazzaNewsApp } from './news-app.js';
import './news-app.js';

const LYON_SALESPERSON = 'person-demo-fr-sales';
const POLISH_SALESPERSON = 'person-demo-pl-sales';
const PAGE_SIZE = 12;

const viewer = (personId: string) => mockNetwork().people.find((person) => person.id === personId);

/** How many articles the feed lists for a reader, the pinned ones set apart: the oracle for page sizes. */
function visibleArticles(personId: string): number {
  const api = new MockApi(mockNetwork());
  return api.newsFeed(viewer(personId), { first: 50, excludePinned: true }).edges.length;
}

const articleIds = (cards: Iterable<Element>) =>
  [...cards].map((card) => (card as never as { article: { id: string } }).article.id);

/** The shadow root of a nested element, found by path through shadow roots. */
function deep(root: Element, ...selectors: string[]): Element | null {
  let current: Element | null = root;
  for (const selector of selectors) {
    current = (current?.shadowRoot ?? current)?.querySelector(selector) ?? null;
  }
  return current;
}

function cards(app: Element): NodeListOf<Element> {
  return deep(app, 'piazza-news-feed')!.shadowRoot!.querySelectorAll('piazza-news-card');
}

async function mountApp(portal: PortalContext): Promise<PiazzaNewsApp> {
  window.history.replaceState(null, '', '/portal/news');
  return fixture<PiazzaNewsApp>(html`<piazza-news-app .portal=${portal}></piazza-news-app>`);
}

describe('piazza-news-app', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('shows the first page of the reader’s feed in French, with a French title and dates', async () => {
    const portal = await createTestPortal({
      personId: LYON_SALESPERSON,
      locale: 'fr',
      app: { namespace: 'news', folder: 'apps/news' },
    });
    const app = await mountApp(portal);
    await waitUntil(() => cards(app).length > 0, 'no card rendered');
    const feed = deep(app, 'piazza-news-feed')!;
    expect(feed.shadowRoot!.querySelector('h1')!.textContent).to.equal('Dernières actualités');
    expect(cards(app).length).to.equal(Math.min(PAGE_SIZE, visibleArticles(LYON_SALESPERSON)));
    const firstCard = cards(app)[0]!;
    const link = firstCard.shadowRoot!.querySelector('h2 a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.match(/^\/portal\/news\/article-/);
    expect(firstCard.shadowRoot!.querySelector('time')!.textContent).to.not.equal('');
  });

  it('appends the next page when the reader asks for more', async () => {
    const portal = await createTestPortal({
      personId: LYON_SALESPERSON,
      locale: 'fr',
      app: { namespace: 'news', folder: 'apps/news' },
    });
    const total = visibleArticles(LYON_SALESPERSON);
    expect(total, 'the fixture needs two pages').to.be.greaterThan(PAGE_SIZE);
    const app = await mountApp(portal);
    await waitUntil(() => cards(app).length === PAGE_SIZE, 'first page missing');
    const firstIds = articleIds(cards(app));
    const more = deep(app, 'piazza-news-feed')!.shadowRoot!.querySelector(
      '.more button',
    ) as HTMLButtonElement;
    // Page by page until the feed says it is complete.
    while (!deep(app, 'piazza-news-feed', '.more p')) {
      const shown = cards(app).length;
      more.click();
      await waitUntil(() => cards(app).length > shown, 'next page missing');
    }
    const allIds = articleIds(cards(app));
    expect(allIds.slice(0, PAGE_SIZE)).to.deep.equal(firstIds);
    expect(new Set(allIds).size).to.equal(total);
    const end = deep(app, 'piazza-news-feed', '.more p')!;
    expect(end.textContent).to.equal('Vous avez vu toutes les actualités.');
  });

  it('shows the pinned news above the feed, and not again in it', async () => {
    const pinned = new MockApi(mockNetwork())
      .pinnedArticles(viewer(POLISH_SALESPERSON), {})
      .map((article) => article.id);
    expect(pinned.length, 'the seed pins news for everyone').to.be.greaterThan(0);
    const portal = await createTestPortal({
      personId: POLISH_SALESPERSON,
      locale: 'pl',
      app: { namespace: 'news', folder: 'apps/news' },
    });
    const app = await mountApp(portal);
    await waitUntil(() => cards(app).length > 0, 'no card rendered');
    const section = deep(app, 'piazza-news-feed', 'piazza-news-article-section.pinned')!;
    expect(section.shadowRoot!.querySelector('h2')!.textContent).to.equal(
      'Przypięte przez redakcję',
    );
    expect(articleIds(section.shadowRoot!.querySelectorAll('piazza-news-card'))).to.deep.equal(
      pinned,
    );
    const feedIds = articleIds(cards(app));
    for (const id of pinned) expect(feedIds).to.not.include(id);
  });

  it('opens an article from its card and goes back to the feed', async () => {
    const portal = await createTestPortal({
      personId: POLISH_SALESPERSON,
      locale: 'pl',
      app: { namespace: 'news', folder: 'apps/news' },
    });
    const app = await mountApp(portal);
    await waitUntil(() => cards(app).length > 0, 'no card rendered');
    const card = cards(app)[0]!;
    const title = card.shadowRoot!.querySelector('h2 a')!.textContent!.trim();
    (card.shadowRoot!.querySelector('h2 a') as HTMLAnchorElement).click();
    await waitUntil(() => deep(app, 'piazza-news-article', 'h1') !== null, 'article not shown');
    expect(deep(app, 'piazza-news-article', 'h1')!.textContent).to.equal(title);
    expect(window.location.pathname).to.match(/^\/portal\/news\/article-/);
    await waitUntil(() => deep(app, 'piazza-news-article', '.body p') !== null, 'body not shown');
    expect(deep(app, 'piazza-news-article', '.back')!.textContent).to.contain(
      'Wszystkie aktualności',
    );
  });

  it('says in the reader’s language that the news could not load, and retries', async () => {
    const worker = await startMockWorker();
    worker.use(
      graphql.query('NewsFeed', () => HttpResponse.json({ errors: [{ message: 'boom' }] }), {
        once: true,
      }),
    );
    const portal = await createTestPortal({
      personId: LYON_SALESPERSON,
      locale: 'fr',
      app: { namespace: 'news', folder: 'apps/news' },
    });
    const app = await mountApp(portal);
    const panel = () => deep(app, 'piazza-news-feed', 'piazza-error-panel');
    await waitUntil(() => panel() !== null, 'no error panel');
    const text = panel()!.shadowRoot!.textContent!;
    expect(text).to.contain('Les actualités n’ont pas pu être chargées');
    expect(text).to.not.contain('boom');
    (panel()!.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(() => cards(app).length > 0, 'retry did not load the feed');
  });
});
