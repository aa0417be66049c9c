import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import i18next from 'i18next';
import type { Role } from '@piazza/shared/graphql';
import { createHandlers } from '../../../../mocks/handlers.js';
import { mockNetwork, mockNetworkWithMustReads } from '../../../../mocks/fixtures.js';
import { MockApi } from '../../../../mocks/mock-api.js';
import { createTestPortal, startMockWorker } from '../../../../mocks/test-portal.js';
import type { PiazzaNewsApp } from '../news-app.js';
import '../news-app.js';
import type { PiazzaNewsArticleReach } from './article-reach.js';

const LUMO_EDITOR = 'person-demo-it-editor';
const LUMO_SERVICE_MANAGER = 'person-demo-it-service';
const DAY_MS = 86_400_000;

const person = (id: string) => mockNetwork().people.find((p) => p.id === id)!;

/**
 * The service manager's newest article (the editor edits it) made the only must-read,
 * with a few readers who opened or acknowledged it.
 */
function editedMustRead() {
  const editor = person(LUMO_EDITOR);
  const reader = person(LUMO_SERVICE_MANAGER);
  const [first] = new MockApi(mockNetwork()).newsFeed(reader, { first: 1 }).edges;
  const id = first!.node.id;
  const api = new MockApi(
    mockNetworkWithMustReads({ [id]: new Date(Date.now() + 2 * DAY_MS).toISOString() }),
  );
  // The editor's own opening, recorded before the page asks, keeps the counts stable.
  api.recordArticleOpened(editor, { id });
  const readers = api.articleReach(editor, { id }).notAcknowledged.map((p) => person(p.id));
  for (const reader of readers.slice(0, 4)) api.recordArticleOpened(reader, { id });
  for (const reader of readers.slice(0, 2)) api.acknowledgeArticle(reader, { id });
  return { api, editor, id, acknowledgedBy: readers.slice(0, 2) };
}

/** Counts the calls of one of the mock API's fields. */
function countCalls(api: MockApi, field: 'articleReach' | 'recordArticleOpened') {
  const calls = { count: 0 };
  const original = api[field].bind(api) as (...args: unknown[]) => unknown;
  (api as unknown as Record<string, unknown>)[field] = (...args: unknown[]) => {
    calls.count += 1;
    return original(...args);
  };
  return calls;
}

async function mountArticle(options: {
  api: MockApi;
  personId: string;
  roles: Role[];
  articleId: string;
}): Promise<PiazzaNewsApp> {
  (await startMockWorker()).use(...createHandlers(options.api));
  const portal = await createTestPortal({
    personId: options.personId,
    locale: 'en',
    app: { namespace: 'news', folder: 'apps/news' },
  });
  portal.session = { ...portal.session, roles: options.roles };
  window.history.replaceState(null, '', `/portal/news/${options.articleId}`);
  return fixture<PiazzaNewsApp>(html`<piazza-news-app .portal=${portal}></piazza-news-app>`);
}

const article = (app: Element) => app.shadowRoot!.querySelector('piazza-news-article');
const reachElement = (app: Element) =>
  article(app)?.shadowRoot?.querySelector<PiazzaNewsArticleReach>('piazza-news-article-reach') ??
  null;
const panel = (app: Element) => reachElement(app)?.shadowRoot?.querySelector('section.reach');
const articleShown = (app: Element) => article(app)?.shadowRoot?.querySelector('article h1');

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the reach panel', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('shows an editor how many opened and acknowledged, in all and by country, region and dealer', async () => {
    const { api, editor, id } = editedMustRead();
    const expected = api.articleReach(editor, { id });
    const app = await mountArticle({
      api,
      personId: LUMO_EDITOR,
      roles: ['EDITOR'],
      articleId: id,
    });
    await waitUntil(() => panel(app)?.querySelector('.totals'), 'no reach figures', {
      timeout: 5000,
    });
    const root = panel(app)!;
    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
    expect(text(root.querySelector('h2'))).to.equal('Reach');
    const figures = [...root.querySelectorAll('.totals > div')].map(text);
    expect(figures).to.deep.equal([
      `Meant for ${expected.audience} people`,
      `Opened ${percent.format(expected.opened / expected.audience)} ${expected.opened} of ${expected.audience}`,
      `Acknowledged ${percent.format(expected.acknowledged / expected.audience)} ${expected.acknowledged} of ${expected.audience}`,
    ]);
    expect(expected.acknowledged).to.equal(2);

    const captions = [...root.querySelectorAll('caption')].map(text);
    expect(captions.slice(0, 3)).to.deep.equal(['By country', 'By sales region', 'By dealership']);
    const [countries, regions, dealers] = [...root.querySelectorAll('table')];
    expect(countries!.querySelectorAll('tbody tr').length).to.equal(expected.byCountry.length);
    expect(regions!.querySelectorAll('tbody tr').length).to.equal(expected.byRegion.length);
    expect(dealers!.querySelectorAll('tbody tr').length).to.equal(expected.byDealer.length);
    expect(
      [...countries!.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
    ).to.deep.equal([
      'Country',
      'Meant for',
      'Opened',
      'Opened (%)',
      'Acknowledged',
      'Acknowledged (%)',
    ]);
    const countryName = new Intl.DisplayNames(['en'], { type: 'region' });
    const [country] = [...expected.byCountry].sort((a, b) =>
      countryName.of(a.id)!.localeCompare(countryName.of(b.id)!, 'en'),
    );
    const firstRow = countries!.querySelector('tbody tr')!;
    expect(text(firstRow.querySelector('th'))).to.equal(countryName.of(country!.id));
    expect([...firstRow.querySelectorAll('td')].map(text)).to.deep.equal([
      String(country!.audience),
      String(country!.opened),
      percent.format(country!.opened / country!.audience),
      String(country!.acknowledged),
      percent.format(country!.acknowledged / country!.audience),
    ]);

    const missing = root.querySelector('.missing')!;
    expect(text(missing.querySelector('h3'))).to.equal('Not acknowledged yet');
    const people = [...missing.querySelectorAll('tbody tr')];
    expect(people.length).to.equal(expected.notAcknowledged.length);
    const [firstMissing] = expected.notAcknowledged;
    expect(text(people[0]!.querySelector('th'))).to.equal(firstMissing!.displayName);
    expect(text(people[0]!.querySelector('td'))).to.equal(
      i18next.t(`common:jobs.${firstMissing!.job}`, { lng: 'en' }),
    );
    await expect(reachElement(app)).to.be.accessible();
  });

  it('refreshes the numbers on request, and by itself while in the page only', async () => {
    const { api, editor, id } = editedMustRead();
    const reachCalls = countCalls(api, 'articleReach');
    const app = await mountArticle({
      api,
      personId: LUMO_EDITOR,
      roles: ['EDITOR'],
      articleId: id,
    });
    await waitUntil(() => panel(app)?.querySelector('.totals'), 'no reach figures', {
      timeout: 5000,
    });
    const opened = () => text(panel(app)!.querySelectorAll('.totals > div')[1]!);
    const before = opened();

    const reader = api.articleReach(editor, { id }).notAcknowledged.at(-1)!;
    api.recordArticleOpened(person(reader.id), { id });
    panel(app)!.querySelector<HTMLButtonElement>('button.refresh')!.click();
    await waitUntil(() => opened() !== before, 'the refresh did not update the numbers');

    // Polling starts when the element connects: reconnect it with a short interval.
    const element = reachElement(app)!;
    const parent = element.parentNode!;
    element.remove();
    element.pollInterval = 30;
    parent.appendChild(element);
    const polled = reachCalls.count;
    await waitUntil(() => reachCalls.count >= polled + 2, 'no polling');
    element.remove();
    await aTimeout(30);
    const stopped = reachCalls.count;
    await aTimeout(150);
    expect(reachCalls.count).to.equal(stopped);
  });

  it('downloads who has not acknowledged and the dealers as a UTF-8 CSV named after the article', async () => {
    const { api, editor, id, acknowledgedBy } = editedMustRead();
    const expected = api.articleReach(editor, { id });
    const app = await mountArticle({
      api,
      personId: LUMO_EDITOR,
      roles: ['EDITOR'],
      articleId: id,
    });
    await waitUntil(() => panel(app)?.querySelector('button.download'), 'no download button');
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      panel(app)!.querySelector<HTMLButtonElement>('button.download')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked.length).to.equal(1);
    expect(clicked[0]!.download).to.match(new RegExp(`^reach-${id}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const bytes = new Uint8Array(await (await fetch(clicked[0]!.href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal('\uFEFFNot acknowledged yet');
    expect(lines[1]).to.equal('Name,Job,Dealership,Town');
    const [first] = expected.notAcknowledged;
    expect(lines[2]).to.contain(first!.displayName);
    expect(csv).to.contain('Dealership,Meant for,Opened,Opened (%),Acknowledged,Acknowledged (%)');
    expect(lines.length).to.equal(
      2 + expected.notAcknowledged.length + 3 + expected.byDealer.length + 1,
    );
    for (const reader of acknowledgedBy) {
      expect(csv).to.not.contain(`${reader.givenName} ${reader.familyName}`);
    }
  });

  it('is not there for an employee, who is never asked about reach', async () => {
    const { api, id } = editedMustRead();
    const reachCalls = countCalls(api, 'articleReach');
    const app = await mountArticle({
      api,
      personId: LUMO_SERVICE_MANAGER,
      roles: ['EMPLOYEE'],
      articleId: id,
    });
    await waitUntil(() => articleShown(app), 'no article');
    await aTimeout(100);
    expect(reachElement(app)).to.equal(null);
    expect(reachCalls.count).to.equal(0);
  });

  it('shows nothing, and no error, when the server refuses the reach (FORBIDDEN)', async () => {
    const { api, id } = editedMustRead();
    // An editor of other communities: the session says EDITOR, the server refuses this article.
    const reachCalls = countCalls(api, 'articleReach');
    const app = await mountArticle({
      api,
      personId: LUMO_SERVICE_MANAGER,
      roles: ['EDITOR'],
      articleId: id,
    });
    await waitUntil(() => articleShown(app), 'no article');
    await waitUntil(() => reachCalls.count > 0, 'reach never asked');
    await waitUntil(() => !reachElement(app)!.shadowRoot!.querySelector('section'), 'still shown');
    await aTimeout(50);
    expect(reachElement(app)!.shadowRoot!.querySelector('section, piazza-error-panel')).to.equal(
      null,
    );
  });
});

describe('opening an article', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('is recorded once per page session, whatever the re-renders and returns', async () => {
    const { api, id } = editedMustRead();
    const openings = countCalls(api, 'recordArticleOpened');
    const app = await mountArticle({
      api,
      personId: LUMO_SERVICE_MANAGER,
      roles: ['EMPLOYEE'],
      articleId: id,
    });
    await waitUntil(() => articleShown(app), 'no article');
    await waitUntil(() => openings.count === 1, 'the opening was not recorded');
    article(app)!.requestUpdate();
    await article(app)!.updateComplete;
    app.portal.navigate('news');
    await waitUntil(() => !article(app), 'still on the article');
    app.portal.navigate(`news/${id}`);
    await waitUntil(() => articleShown(app), 'no article the second time');
    await aTimeout(100);
    expect(openings.count).to.equal(1);
  });

  it('does not disturb reading when recording fails', async () => {
    const { api, id } = editedMustRead();
    (api as unknown as Record<string, unknown>)['recordArticleOpened'] = () => {
      throw new Error('boom');
    };
    const app = await mountArticle({
      api,
      personId: LUMO_SERVICE_MANAGER,
      roles: ['EMPLOYEE'],
      articleId: id,
    });
    await waitUntil(() => articleShown(app), 'no article');
    await aTimeout(100);
    expect(article(app)!.shadowRoot!.querySelector('piazza-error-panel')).to.equal(null);
    expect(articleShown(app)).to.not.equal(null);
  });
});
