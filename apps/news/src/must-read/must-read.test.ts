import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { graphql, HttpResponse } from 'msw';
import i18next from 'i18next';
import { createHandlers } from '../../../../mocks/handlers.js';
import { mockNetwork, mockNetworkWithMustReads } from '../../../../mocks/fixtures.js';
import { MockApi } from '../../../../mocks/mock-api.js';
import { createTestPortal, startMockWorker } from '../../../../mocks/test-portal.js';
import type { PiazzaNewsApp } from '../news-app.js';
import '../news-app.js';
import { formatDeadline } from '@piazza/shared';
import type { PiazzaNewsMustReadBanner } from './must-read-banner.js';

const LYON_SALESPERSON = 'person-demo-fr-sales';
const DAY_MS = 86_400_000;

/** Two of the reader's articles (not pinned) made must-reads: one overdue, one due in two days. */
function mustReadsFor(personId: string) {
  const viewer = mockNetwork().people.find((person) => person.id === personId);
  const ids = new MockApi(mockNetwork())
    .newsFeed(viewer, { first: 50, excludePinned: true })
    .edges.map(({ node }) => node.id);
  const soon = { id: ids[2]!, by: new Date(Date.now() + 2 * DAY_MS).toISOString() };
  const late = { id: ids[7]!, by: new Date(Date.now() - DAY_MS).toISOString() };
  const api = new MockApi(mockNetworkWithMustReads({ [soon.id]: soon.by, [late.id]: late.by }));
  return { api, viewer, soon, late };
}

/** The element found by path through shadow roots. */
function deep(root: Element, ...selectors: string[]): Element | null {
  let current: Element | null = root;
  for (const selector of selectors) {
    current = (current?.shadowRoot ?? current)?.querySelector(selector) ?? null;
  }
  return current;
}

const section = (app: Element) =>
  deep(app, 'piazza-news-feed', 'piazza-news-article-section.must-reads');
const sectionCards = (app: Element) => [
  ...(section(app)?.shadowRoot?.querySelectorAll('piazza-news-card') ?? []),
];
const banner = (app: Element) =>
  deep(
    app,
    'piazza-news-article',
    'piazza-news-must-read-banner',
  ) as PiazzaNewsMustReadBanner | null;
const button = (app: Element) =>
  banner(app)?.shadowRoot?.querySelector<HTMLButtonElement>('button.confirm') ?? null;

async function mountApp(api: MockApi, path = 'news'): Promise<PiazzaNewsApp> {
  (await startMockWorker()).use(...createHandlers(api));
  const portal = await createTestPortal({
    personId: LYON_SALESPERSON,
    locale: 'fr',
    app: { namespace: 'news', folder: 'apps/news' },
  });
  window.history.replaceState(null, '', `/portal/${path}`);
  return fixture<PiazzaNewsApp>(html`<piazza-news-app .portal=${portal}></piazza-news-app>`);
}

async function openFirstMustRead(app: PiazzaNewsApp): Promise<void> {
  await waitUntil(() => sectionCards(app).length > 0, 'no must-read section');
  sectionCards(app)[0]!.shadowRoot!.querySelector<HTMLAnchorElement>('h3 a')!.click();
  await waitUntil(() => button(app) !== null, 'no acknowledgement banner');
}

describe('must-reads', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('are counted above the feed, the overdue first, each with its deadline in words', async () => {
    const { api, soon, late } = mustReadsFor(LYON_SALESPERSON);
    const app = await mountApp(api);
    await waitUntil(() => sectionCards(app).length === 2, 'no must-read section');
    const region = section(app)!.shadowRoot!.querySelector('section')!;
    expect(region.querySelector('h2')!.textContent!.trim()).to.equal(
      '2 articles à lire et à confirmer',
    );
    const [first, second] = sectionCards(app).map((card) => card.shadowRoot!);
    expect(first!.querySelector('.deadline')!.textContent).to.equal(
      `En retard depuis ${formatDeadline(late.by, 'fr')}`,
    );
    expect(second!.querySelector('.deadline')!.textContent).to.equal(
      `Date limite : ${formatDeadline(soon.by, 'fr')}`,
    );
    // The same article in the feed below carries the tag too.
    const feedCard = [
      ...deep(app, 'piazza-news-feed')!.shadowRoot!.querySelectorAll('piazza-news-card'),
    ].find((card) => (card as never as { article: { id: string } }).article.id === soon.id)!;
    expect(feedCard.shadowRoot!.querySelector('.tag')!.textContent).to.equal('Lecture obligatoire');
    await expect(deep(app, 'piazza-news-feed')).to.be.accessible();
  });

  it('show nothing above the feed when every must-read is acknowledged', async () => {
    const { api, viewer, soon, late } = mustReadsFor(LYON_SALESPERSON);
    api.acknowledgeArticle(viewer, { id: soon.id });
    api.acknowledgeArticle(viewer, { id: late.id });
    const app = await mountApp(api);
    await waitUntil(() => deep(app, 'piazza-news-feed', 'piazza-news-card') !== null, 'no feed');
    expect(section(app)!.shadowRoot!.querySelector('section')).to.equal(null);
  });

  it('acknowledged from the article, update it and leave the section without a reload', async () => {
    const { api, late } = mustReadsFor(LYON_SALESPERSON);
    const app = await mountApp(api);
    await openFirstMustRead(app);
    const region = banner(app)!.shadowRoot!.querySelector('section')!;
    expect(region.querySelector('h2')!.textContent).to.equal(
      'Merci de confirmer que vous avez lu cet article',
    );
    expect(button(app)!.getBoundingClientRect().height).to.be.at.least(44);
    await expect(deep(app, 'piazza-news-article')).to.be.accessible();

    button(app)!.click();
    await banner(app)!.updateComplete;
    expect(button(app)!.disabled).to.equal(true);
    expect(button(app)!.textContent!.trim()).to.equal('Envoi de votre confirmation…');

    const confirmation = () => banner(app)!.shadowRoot!.querySelector('.confirmation');
    await waitUntil(() => confirmation() !== null, 'no confirmation');
    expect(confirmation()!.textContent).to.contain('Lu et confirmé le');
    expect(button(app)).to.equal(null);
    await waitUntil(() => banner(app)!.shadowRoot!.activeElement === confirmation());
    expect(deep(app, 'piazza-news-article', '.must-read .tag')!.textContent).to.contain(
      'Lu et confirmé',
    );

    deep(app, 'piazza-news-article', '.back')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }),
    );
    await waitUntil(() => sectionCards(app).length === 1, 'the must-read is still listed');
    expect(section(app)!.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(
      '1 article à lire et à confirmer',
    );
    const ids = sectionCards(app).map(
      (card) => (card as never as { article: { id: string } }).article.id,
    );
    expect(ids).to.not.include(late.id);
  });

  it('keep the button and say why when the acknowledgement fails, and let the reader retry', async () => {
    const { api } = mustReadsFor(LYON_SALESPERSON);
    const app = await mountApp(api);
    await openFirstMustRead(app);
    (await startMockWorker()).use(
      graphql.mutation(
        'AcknowledgeArticle',
        () =>
          HttpResponse.json({
            errors: [{ message: 'boom', extensions: { code: 'FORBIDDEN' } }],
          }),
        { once: true },
      ),
    );
    button(app)!.click();
    const alert = () => banner(app)!.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    await waitUntil(() => alert().trim() !== '', 'no error shown');
    expect(alert().trim()).to.equal(i18next.t('common:errors.forbidden', { lng: 'fr' }));
    expect(alert()).to.not.contain('boom');
    expect(button(app)!.disabled).to.equal(false);
    expect(button(app)!.textContent!.trim()).to.equal('J’ai lu et compris');
    await waitUntil(() => banner(app)!.shadowRoot!.activeElement === button(app));
    await expect(banner(app)).to.be.accessible();

    button(app)!.click();
    await waitUntil(
      () => banner(app)!.shadowRoot!.querySelector('.confirmation') !== null,
      'retry did not acknowledge',
    );
  });

  it('wait in the outbox when the server cannot be reached, and are sent once it can', async () => {
    const { api } = mustReadsFor(LYON_SALESPERSON);
    const app = await mountApp(api);
    await openFirstMustRead(app);
    (await startMockWorker()).use(
      graphql.mutation('AcknowledgeArticle', () => HttpResponse.error(), { once: true }),
    );
    button(app)!.click();
    const status = () => banner(app)!.shadowRoot!.querySelector('[role="status"]')!.textContent!;
    await waitUntil(() => status().trim() !== '', 'not said to wait');
    expect(status().trim()).to.equal(i18next.t('news:mustRead.queued', { lng: 'fr' }));
    expect(button(app)!.disabled, 'sent once, not twice').to.equal(true);

    await (await app.portal!.outbox()).flush();
    await waitUntil(
      () => banner(app)!.shadowRoot!.querySelector('.confirmation') !== null,
      'the replayed acknowledgement did not show',
    );
  });

  it('already acknowledged, show when, with no button', async () => {
    const { api, viewer, soon } = mustReadsFor(LYON_SALESPERSON);
    const acknowledged = api.acknowledgeArticle(viewer, { id: soon.id });
    const app = await mountApp(api, `news/${soon.id}`);
    await waitUntil(
      () => banner(app)?.shadowRoot?.querySelector('.confirmation') != null,
      'no confirmation line',
    );
    expect(banner(app)!.shadowRoot!.querySelector('.confirmation')!.textContent).to.contain(
      'Lu et confirmé le',
    );
    expect(acknowledged.acknowledgedAt).to.be.a('string');
    expect(button(app)).to.equal(null);
  });
});
