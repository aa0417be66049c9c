import { expect, waitUntil } from '@open-wc/testing';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import { deep, deepAll, mountNewsroom, newsroomPortal, textOf } from '../newsroom-testing.js';

const rows = (app: Element) => deepAll(app, 'piazza-newsroom-articles', 'tbody tr');
const list = (app: Element) => deep(app, 'piazza-newsroom-articles')!;
/** The status of a row: the first badge of its status cell (a must-read's follows). */
const statusOf = (row: Element, label = 'Status') =>
  textOf(row.querySelector(`td[data-label="${label}"] .badge`));

describe('piazza-newsroom-articles', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('lists the editor’s articles with their status, languages and last change', async () => {
    const app = await mountNewsroom(await newsroomPortal());
    await waitUntil(() => rows(app).length > 0, 'no article listed', { timeout: 5000 });
    expect(textOf(deep(list(app), 'h1'))).to.equal('Articles');
    expect(rows(app).length).to.equal(25);
    const first = rows(app)[0]!;
    const link = first.querySelector('th a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.match(/^\/portal\/newsroom\/articles\/article-/);
    expect(link.getAttribute('lang')).to.match(/^[a-z]{2}$/);
    expect(statusOf(first)).to.match(/^(Draft|In review|Scheduled|Published|Archived)$/);
    const mustReads = rows(app).filter((row) =>
      textOf(row.querySelector('td[data-label="Status"]')).endsWith('Must read'),
    );
    expect(mustReads.length, 'the fixture has must-reads').to.be.greaterThan(0);
    expect(textOf(first.querySelector('td[data-label="Languages"]'))).to.match(/Italian|Spanish/);
    expect(textOf(first.querySelector('td[data-label="Last change"]'))).to.not.equal('');
  });

  it('filters by status from the address, and the tabs move between statuses', async () => {
    const app = await mountNewsroom(await newsroomPortal('it'), '?status=DRAFT');
    await waitUntil(() => rows(app).length > 0, 'no draft listed', { timeout: 5000 });
    const statuses = rows(app).map((row) => statusOf(row, 'Stato'));
    expect(new Set(statuses)).to.deep.equal(new Set(['Bozza']));
    const current = deep(list(app), '.filters a[aria-current="page"]');
    expect(textOf(current)).to.equal('Bozza');

    const archived = deepAll<HTMLAnchorElement>(list(app), '.filters a').find(
      (a) => textOf(a) === 'Archiviato',
    )!;
    archived.click();
    await waitUntil(
      () =>
        rows(app).length > 0 && rows(app).every((row) => statusOf(row, 'Stato') === 'Archiviato'),
      'the archived tab did not show archived articles',
    );
    expect(window.location.search).to.equal('?status=ARCHIVED');
  });

  it('pages with “show more” until the end', async () => {
    const app = await mountNewsroom(await newsroomPortal());
    await waitUntil(() => rows(app).length === 25, 'first page missing');
    while (!deep(list(app), '.more p')) {
      const shown = rows(app).length;
      deep<HTMLButtonElement>(list(app), '.more button')!.click();
      await waitUntil(() => rows(app).length > shown, 'next page missing');
    }
    const ids = rows(app).map((row) => row.querySelector('th a')!.getAttribute('href'));
    expect(new Set(ids).size).to.equal(ids.length);
    expect(textOf(deep(list(app), '.more p'))).to.equal('You have seen all the articles.');
  });
});
