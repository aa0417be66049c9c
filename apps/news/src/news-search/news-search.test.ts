import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createTestPortal, startMockWorker } from '../../../../mocks/test-portal.js';
import { mockNetwork } from '../../../../mocks/fixtures.js';
import { MockApi } from '../../../../mocks/mock-api.js';
import type { PiazzaNewsApp } from '../news-app.js';
import '../news-app.js';

const LYON_SALESPERSON = 'person-demo-fr-sales';
const PAGE_SIZE = 12;

/** The ids of the reader's French articles the mock API finds for a filter: the oracle. */
function matching(search: string, filter: { category?: string; tag?: string } = {}): string[] {
  const viewer = mockNetwork().people.find((person) => person.id === LYON_SALESPERSON);
  return new MockApi(mockNetwork())
    .newsFeed(viewer, { first: 50, locale: 'fr', search, ...filter })
    .edges.map(({ node }) => node.id);
}

/** The element found by path through shadow roots. */
function deep(root: Element, ...selectors: string[]): Element | null {
  let current: Element | null = root;
  for (const selector of selectors) {
    current = (current?.shadowRoot ?? current)?.querySelector(selector) ?? null;
  }
  return current;
}

const feed = (app: Element) => deep(app, 'piazza-news-feed')!.shadowRoot!;
const results = (app: Element) => deep(app, 'piazza-news-feed', 'piazza-news-search-results');
const field = (app: Element) => feed(app).querySelector<HTMLInputElement>('input[type="search"]')!;
const status = (app: Element) =>
  results(app)?.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() ?? '';
const cardIds = (root: ParentNode) =>
  [...root.querySelectorAll('piazza-news-card')].map(
    (card) => (card as never as { article: { id: string } }).article.id,
  );
const resultIds = (app: Element) =>
  cardIds(results(app)?.shadowRoot ?? document.createElement('div'));
const feedIds = (app: Element) => cardIds(feed(app));

async function mountApp(path = 'news'): Promise<PiazzaNewsApp> {
  const portal = await createTestPortal({
    personId: LYON_SALESPERSON,
    locale: 'fr',
    app: { namespace: 'news', folder: 'apps/news' },
  });
  window.history.replaceState(null, '', `/portal/${path}`);
  return fixture<PiazzaNewsApp>(html`<piazza-news-app .portal=${portal}></piazza-news-app>`);
}

/** Types the words and presses Enter, as a reader would. */
function searchFor(app: Element, words: string): void {
  field(app).value = words;
  field(app).form!.requestSubmit();
}

describe('news search', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('replaces the feed with the articles that match, and keeps the search in the address', async () => {
    const expected = matching('garantie');
    expect(expected.length, 'the fixture needs a few matches').to.be.within(1, PAGE_SIZE - 1);
    const app = await mountApp();
    await waitUntil(() => feedIds(app).length > 0, 'feed not shown');
    expect(feed(app).querySelector('label')!.textContent).to.equal(
      'Rechercher dans les actualités',
    );

    searchFor(app, '  garantie ');
    await waitUntil(() => resultIds(app).length > 0, 'no results shown');
    expect(resultIds(app)).to.deep.equal(expected);
    expect(status(app)).to.equal('Résultats pour «\u00a0garantie\u00a0»');
    expect(window.location.pathname + window.location.search).to.equal('/portal/news?q=garantie');
    expect(feed(app).querySelector('piazza-news-article-section')).to.equal(null);
    expect(results(app)!.shadowRoot!.querySelector('.more p')!.textContent).to.equal(
      'Vous avez vu tous les résultats.',
    );
  });

  it('opens a shared link with the same results, and pages through them', async () => {
    const expected = matching('client');
    expect(expected.length, 'the fixture needs two pages').to.be.greaterThan(PAGE_SIZE);
    const app = await mountApp('news?q=client');
    await waitUntil(() => resultIds(app).length === PAGE_SIZE, 'first page missing');
    expect(field(app).value).to.equal('client');
    results(app)!.shadowRoot!.querySelector<HTMLButtonElement>('.more button')!.click();
    await waitUntil(() => resultIds(app).length > PAGE_SIZE, 'next page missing');
    expect(resultIds(app)).to.deep.equal(expected);
  });

  it('clears the search: the whole feed comes back, its cache untouched by the results', async () => {
    const app = await mountApp();
    await waitUntil(() => feedIds(app).length > 0, 'feed not shown');
    const feedBefore = feedIds(app);
    searchFor(app, 'garantie');
    await waitUntil(() => resultIds(app).length > 0, 'no results shown');

    const clear = results(app)!.shadowRoot!.querySelector<HTMLButtonElement>('.summary button')!;
    expect(clear.textContent!.trim()).to.equal('Effacer la recherche');
    clear.click();
    await waitUntil(() => results(app) === null && feedIds(app).length > 0, 'feed not back');
    expect(feedIds(app)).to.deep.equal(feedBefore);
    expect(window.location.pathname + window.location.search).to.equal('/portal/news');
    expect(field(app).value).to.equal('');
    expect(feed(app).activeElement).to.equal(field(app));
  });

  it('goes back to the feed with the browser’s back button', async () => {
    const app = await mountApp();
    await waitUntil(() => feedIds(app).length > 0, 'feed not shown');
    searchFor(app, 'garantie');
    await waitUntil(() => resultIds(app).length > 0, 'no results shown');
    window.history.back();
    await waitUntil(() => results(app) === null, 'search still shown');
    await waitUntil(() => feedIds(app).length > 0, 'feed not back');
    expect(field(app).value).to.equal('');
  });

  it('says in the reader’s language that nothing matches, and what to do', async () => {
    const app = await mountApp();
    searchFor(app, 'xylophone');
    await waitUntil(() => status(app).startsWith('Aucun'), 'no empty message');
    expect(status(app)).to.equal(
      'Aucun article ne correspond à «\u00a0xylophone\u00a0». Essayez d’autres mots.',
    );
    expect(resultIds(app)).to.deep.equal([]);
  });

  it('keeps searches to 100 characters, and translates the refusal of a longer one', async () => {
    const app = await mountApp(`news?q=${'a'.repeat(101)}`);
    expect(field(app).maxLength).to.equal(100);
    const panel = () => results(app)?.shadowRoot?.querySelector('piazza-error-panel') ?? null;
    await waitUntil(() => panel() !== null, 'no error panel');
    const text = panel()!.shadowRoot!.textContent!;
    expect(text).to.contain('La recherche n’a pas pu aboutir');
    expect(text).to.contain('Un élément de la demande n’est pas valide.');
  });

  it('narrows the feed to a category chosen above it, and to a tag from the address', async () => {
    const sales = matching('', { category: 'SALES' });
    expect(sales.length, 'the fixture needs sales news').to.be.within(1, PAGE_SIZE - 1);
    const app = await mountApp();
    await waitUntil(() => feedIds(app).length > 0, 'feed not shown');
    const chips = () => [...feed(app).querySelectorAll<HTMLAnchorElement>('.topics a')];
    expect(chips().map((chip) => chip.textContent!.trim())).to.deep.equal([
      'Tout',
      'Produits',
      'Ventes',
      'Après-vente',
      'Formation',
      'Réseau',
      'Entreprise',
    ]);
    expect(chips()[0]!.getAttribute('aria-current')).to.equal('page');

    chips()[2]!.click();
    await waitUntil(() => resultIds(app).length > 0, 'no sales news shown');
    expect(resultIds(app)).to.deep.equal(sales);
    expect(window.location.pathname + window.location.search).to.equal(
      '/portal/news?category=SALES',
    );
    expect(chips()[2]!.getAttribute('aria-current')).to.equal('page');
    expect(status(app)).to.equal('Affichage : Ventes');

    const tagged = matching('', { tag: 'contest' });
    expect(tagged.length, 'the fixture needs contest news').to.be.greaterThan(0);
    const byTag = await mountApp('news?tag=contest');
    await waitUntil(() => resultIds(byTag).length > 0, 'no tagged news shown');
    expect(resultIds(byTag)).to.deep.equal(tagged.slice(0, PAGE_SIZE));
    const remove = feed(byTag).querySelector<HTMLAnchorElement>('.tag-filter a')!;
    expect(remove.textContent!.trim()).to.equal('Retirer le tag #contest');
    remove.click();
    await waitUntil(() => results(byTag) === null && feedIds(byTag).length > 0, 'feed not back');
  });
});
