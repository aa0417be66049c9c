import { expect, waitUntil } from '@open-wc/testing';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import { chooseFiles } from '../../../../mocks/dom-testing.js';
import {
  PEOPLE,
  deep,
  deepAll,
  found,
  mountTranslations,
  textOf,
  translationsPortal,
} from '../translations-testing.js';
import { formatOf } from './translation-files.js';

const FILES = 'piazza-translation-files';

async function openFiles(locale = 'en') {
  const app = await mountTranslations(
    await translationsPortal(PEOPLE.agnieszka, locale),
    'pl/files',
  );
  await found(app, FILES, '#import-file');
  return app;
}

/** Chooses a namespace in one of the screen's selects, as a person does. */
function choose(app: Element, id: string, value: string): void {
  const select = deep<HTMLSelectElement>(app, FILES, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

const importFile = (app: Element, content: string, name = 'pl-news.json') =>
  chooseFiles(deep<HTMLInputElement>(app, FILES, '#import-file')!, new File([content], name));

describe('piazza-translation-files', () => {
  const createObjectURL = URL.createObjectURL;
  let downloaded: Blob[] = [];
  beforeEach(() => {
    downloaded = [];
    // The file is caught before the browser saves it.
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      downloaded.push(blob as Blob);
      return 'blob:caught';
    };
  });
  afterEach(async () => {
    URL.createObjectURL = createObjectURL;
    (await startMockWorker()).resetHandlers();
  });

  it('downloads a namespace as i18next JSON with the texts portals show', async () => {
    const app = await openFiles();
    choose(app, 'export-namespace', 'news');
    deep<HTMLButtonElement>(app, FILES, 'form button')!.click();
    await waitUntil(() => downloaded.length === 1, 'nothing downloaded');
    const bundle = JSON.parse(await downloaded[0]!.text());
    expect(bundle['feed.title']).to.equal('Aktualności');
    expect(downloaded[0]!.type).to.equal('application/json');
    await expect(deep(app, FILES)).to.be.accessible();
  });

  it('imports a JSON file as drafts, and lists unknown keys and entries with problems', async () => {
    const app = await openFiles();
    choose(app, 'import-namespace', 'news');
    importFile(
      app,
      JSON.stringify({
        feed: { title: 'Nowości', greeting: 'Cześć, oto wiadomości', empty: 'Brak aktualności.' },
        old: { key: 'Stary' },
      }),
    );
    const status = () => textOf(deep(app, FILES, '[role="status"]'));
    await waitUntil(() => status() !== '', 'no result');
    expect(status()).to.match(/^2 strings imported as drafts\. 1 string unchanged\./);
    expect(status()).to.contain('1 key this section does not have (ignored) old.key');
    const link = deepAll<HTMLAnchorElement>(app, FILES, '[role="status"] a')[0]!;
    expect(textOf(link)).to.equal('News · feed.greeting');
    expect(link.getAttribute('href')).to.equal('/portal/translations/pl/news?key=feed.greeting');
    expect(textOf(link.parentElement)).to.contain('Check: {{name}}.');
  });

  it('says, in the translator’s language, why a file was refused', async () => {
    const app = await openFiles('fr');
    choose(app, 'import-namespace', 'news');
    importFile(app, '{ "feed": ');
    const alert = () => textOf(deep(app, FILES, '#import-error'));
    await waitUntil(() => alert() !== '', 'no refusal');
    expect(alert()).to.equal(
      'Le fichier n’a pas pu être lu comme JSON i18next ou XLIFF 2.0. Rien n’a été importé.',
    );
  });

  it('tells XLIFF from JSON by its content', () => {
    expect(formatOf('  <?xml version="1.0"?><xliff version="2.0"/>')).to.equal('XLIFF');
    expect(formatOf('{"feed":{}}')).to.equal('JSON');
  });
});
