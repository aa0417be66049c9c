import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  PEOPLE,
  deep,
  deepAll,
  found,
  mountTranslations,
  textOf,
  translationsPortal,
} from '../translations-testing.js';

const OVERVIEW = 'piazza-translation-overview';

/** The rows of the overview: each cell's text, per locale's caption. */
async function overviewRows(app: Element) {
  await found(app, OVERVIEW, 'tbody tr');
  return deepAll(app, OVERVIEW, 'table').map((table) => ({
    caption: textOf(table.querySelector('caption')),
    rows: [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => textOf(cell)),
    ),
  }));
}

describe('piazza-translation-overview', () => {
  afterEach(() => setViewport({ width: 1280, height: 800 }));

  it('shows a Polish translator how far each section is translated in Polish only', async () => {
    const app = await mountTranslations(await translationsPortal(PEOPLE.agnieszka));
    const tables = await overviewRows(app);
    expect(tables.map((table) => table.caption)).to.deep.equal(['Polish']);
    expect(tables[0]!.rows).to.deep.equal([
      ['Shared strings', '50% (1 of 2)', '1', '0', '0'],
      ['News', '33% (2 of 6)', '4', '1', '0'],
    ]);
  });

  it('links each count to the editor filtered on it', async () => {
    const app = await mountTranslations(await translationsPortal(PEOPLE.agnieszka));
    await found(app, OVERVIEW, 'tbody tr');
    const links = deepAll<HTMLAnchorElement>(app, OVERVIEW, 'tbody td a');
    expect(
      links.map((link) => new URL(link.href).pathname + new URL(link.href).search),
    ).to.deep.equal([
      '/portal/translations/pl/common?filter=missing',
      '/portal/translations/pl/news?filter=missing',
      '/portal/translations/pl/news?filter=outdated',
    ]);
    expect(links[1]!.getAttribute('aria-label')).to.equal(
      '4 missing strings in News: translate them',
    );
    links[1]!.click();
    await waitUntil(() => deepAll(app, 'piazza-translation-editor').length === 1);
    expect(window.location.search).to.equal('?filter=missing');
  });

  it('shows an admin every locale but English, named in the reader’s language', async () => {
    const app = await mountTranslations(await translationsPortal(PEOPLE.oliver, 'fr'));
    const captions = (await overviewRows(app)).map((table) => table.caption);
    expect(captions).to.include.members(['polonais', 'allemand', 'espagnol (Chili)']);
    expect(captions).not.to.include('anglais');
  });

  it('tells someone with no locale that there is nothing to translate', async () => {
    const app = await mountTranslations(await translationsPortal(PEOPLE.giulia, 'it'));
    await waitUntil(() => textOf(deep(app, OVERVIEW, 'p')).startsWith('Non hai lingue'));
  });

  it('shows each row as a card with labelled counts at phone width', async () => {
    await setViewport({ width: 360, height: 740 });
    const app = await mountTranslations(await translationsPortal(PEOPLE.agnieszka, 'pl'));
    const cell = await found(app, OVERVIEW, 'tbody td[data-label]');
    expect(getComputedStyle(cell).display).to.equal('block');
    expect(getComputedStyle(cell, '::before').content).to.equal('"Przetłumaczono"');
    const table = await found(app, OVERVIEW, 'table');
    expect(table.scrollWidth).to.be.at.most(360);
  });
});
