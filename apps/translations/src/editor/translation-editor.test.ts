import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, graphql } from 'msw';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import {
  PEOPLE,
  deep,
  deepAll,
  found,
  mountTranslations,
  textOf,
  translationsPortal,
  typeInto,
} from '../translations-testing.js';

const EDITOR = 'piazza-translation-editor';
const PANEL = [EDITOR, 'piazza-translation-entry-panel'];
const FORM = [...PANEL, 'piazza-translation-entry-form'];

/** Opens the editor as Agnieszka at `path` below the app and waits for the entry's fields. */
async function openEditor(path: string, locale = 'en') {
  const app = await mountTranslations(await translationsPortal(PEOPLE.agnieszka, locale), path);
  await found(app, ...FORM, 'textarea');
  return app;
}

const fields = (app: Element) => deepAll<HTMLTextAreaElement>(app, ...FORM, 'textarea');
const problems = (app: Element) =>
  deepAll(app, ...FORM, '.problems li').map((item) => textOf(item));
const selectedKey = () => new URLSearchParams(window.location.search).get('key');

describe('piazza-translation-editor', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('explains a broken placeholder while the translator types, and clears it once fixed', async () => {
    const app = await openEditor('pl/news?key=feed.greeting');
    const [field] = fields(app);
    typeInto(field!, 'Cześć, oto twoje wiadomości');
    await waitUntil(() => problems(app).length === 1, 'no problem shown');
    expect(problems(app)[0]).to.equal(
      'The placeholders must be those of the English text. Check: {{name}}.',
    );
    expect(field!.getAttribute('aria-invalid')).to.equal('true');
    typeInto(field!, 'Cześć {{name}}, oto twoje wiadomości');
    await waitUntil(() => problems(app).length === 0, 'the problem stayed');
    expect(field!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('gives a Polish plural four fields named by their forms, in the translator’s language', async () => {
    const app = await openEditor('pl/news?key=feed.unread', 'pl');
    const labels = deepAll(app, ...FORM, 'label').map((label) => textOf(label));
    expect(labels).to.deep.equal([
      'polski (jeden)',
      'polski (kilka)',
      'polski (wiele)',
      'polski (inne)',
    ]);
    expect(fields(app)).to.have.length(4);
    const sources = deepAll(app, ...FORM, '.source').map((source) => textOf(source));
    expect(sources).to.deep.equal([
      '{{count}} unread article',
      '{{count}} unread articles',
      '{{count}} unread articles',
      '{{count}} unread articles',
    ]);
  });

  it('keeps a half-done plural as a draft, naming its empty forms only once saved', async () => {
    const app = await openEditor('pl/news?key=feed.unread');
    expect(problems(app)).to.deep.equal([]);
    typeInto(fields(app)[0]!, '{{count}} nieprzeczytany artykuł');
    deep<HTMLButtonElement>(app, ...FORM, '.actions button')!.click();
    await waitUntil(() => textOf(deep(app, ...PANEL, '.badge')) === 'Draft', 'not kept as a draft');
    expect(problems(app)).to.deep.equal([
      'Write a text: it is empty.',
      'Write a text: it is empty.',
      'Write a text: it is empty.',
    ]);
    expect(fields(app)[0]!.value).to.equal('{{count}} nieprzeczytany artykuł');
  });

  it('counts characters against the limit and says when the text is too long', async () => {
    const app = await openEditor('pl/news?key=feed.title');
    const [field] = fields(app);
    expect(textOf(deep(app, ...FORM, '#text-plain-count'))).to.equal('11 of 20 characters');
    typeInto(field!, 'Najnowsze wiadomości z sieci');
    await waitUntil(() =>
      problems(app).includes('The text is longer than its limit of 20 characters.'),
    );
    expect(textOf(deep(app, ...FORM, '#text-plain-count'))).to.equal('28 of 20 characters');
  });

  it('keeps the typed text and says why when a save fails', async () => {
    const worker = await startMockWorker();
    worker.use(
      graphql.mutation('SaveTranslation', () =>
        HttpResponse.json({
          errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }],
        }),
      ),
    );
    const app = await openEditor('pl/news?key=feed.testDrive');
    const [field] = fields(app);
    typeInto(field!, 'Umów jazdę próbną');
    deep<HTMLButtonElement>(app, ...FORM, '.actions button')!.click();
    await found(app, ...FORM, 'p.alert');
    expect(textOf(deep(app, ...FORM, 'p.alert'))).to.equal('You do not have access to this.');
    expect(fields(app)[0]!.value).to.equal('Umów jazdę próbną');
  });

  it('flags a forbidden glossary term in the source’s glossary and in the text', async () => {
    const app = await openEditor('pl/news?key=feed.testDrive');
    const glossary = deepAll(app, ...PANEL, '.forbidden').map((item) => textOf(item));
    expect(glossary).to.deep.equal(['Do not use “jazda testowa”: write “jazda próbna”.']);
    typeInto(fields(app)[0]!, 'Umów się na jazda testowa');
    await waitUntil(() => problems(app).includes('The glossary forbids this term: jazda testowa.'));
  });

  it('puts a suggestion from translation memory in the field when chosen', async () => {
    const app = await openEditor('pl/news?key=feed.save');
    const use = await found<HTMLButtonElement>(app, ...PANEL, 'section button');
    expect(textOf(deep(app, ...PANEL, 'section li p'))).to.equal('Zapisz');
    use.click();
    await waitUntil(() => fields(app)[0]!.value === 'Zapisz');
  });

  it('refuses to send a text with problems for review, and sends it once fixed', async () => {
    const app = await openEditor('pl/common?key=actions.retry');
    const submit = deepAll<HTMLButtonElement>(app, ...FORM, '.actions button')[1]!;
    submit.click();
    await waitUntil(() => textOf(deep(app, ...FORM, 'p.alert')).startsWith('Fix the problems'));
    typeInto(fields(app)[0]!, 'Spróbuj ponownie');
    submit.click();
    await waitUntil(
      () => textOf(deep(app, ...PANEL, '.badge')) === 'In review',
      'the entry was not sent for review',
    );
    expect(textOf(deep(app, ...FORM, '[role="status"]'))).to.equal('Sent for review.');
  });

  it('puts the cursor in the first field, and Ctrl+Enter saves and opens the next untranslated string', async () => {
    const app = await openEditor('pl/news?key=feed.greeting');
    await waitUntil(() => deep(app, ...FORM)?.shadowRoot?.activeElement === fields(app)[0]);
    await sendKeys({ type: 'Witaj {{name}}, oto wiadomości' });
    await sendKeys({ press: 'Control+Enter' });
    await waitUntil(() => selectedKey() === 'feed.save', `opened ${selectedKey()}`);
    const saved = deepAll(app, EDITOR, 'ol a').find((a) => textOf(a).startsWith('feed.greeting'));
    expect(textOf(saved)).to.contain('Draft');
    await waitUntil(() => deep(app, ...PANEL)?.getAttribute('key') === 'feed.save');
    await found(app, ...PANEL, 'h2');
    await waitUntil(() => deep(app, ...FORM)?.shadowRoot?.activeElement === fields(app)[0]);
  });

  it('opens the next and previous strings with Alt+ArrowDown and Alt+ArrowUp', async () => {
    const app = await openEditor('pl/news?key=feed.empty');
    await found(app, EDITOR, 'ol li');
    fields(app)[0]!.focus();
    await sendKeys({ press: 'Alt+ArrowDown' });
    await waitUntil(() => selectedKey() === 'feed.greeting');
    // The next string's first field takes the focus, so the keys go on working.
    await waitUntil(
      () =>
        deep(app, ...PANEL, 'h2')?.textContent?.includes('feed.greeting') &&
        deep(app, ...FORM)?.shadowRoot?.activeElement === fields(app)[0],
      'the focus did not land in the next string',
    );
    await sendKeys({ press: 'Alt+ArrowUp' });
    await waitUntil(() => selectedKey() === 'feed.empty');
  });

  it('keeps the filter and the search in the address, and lists what they match', async () => {
    const app = await openEditor('pl/news');
    const select = deep<HTMLSelectElement>(app, EDITOR, '#filter')!;
    select.value = 'outdated';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => window.location.search === '?filter=outdated');
    await waitUntil(() => deepAll(app, EDITOR, 'ol li').length === 1);
    expect(textOf(deep(app, EDITOR, 'ol li'))).to.contain('feed.empty');
    const search = deep<HTMLInputElement>(app, EDITOR, '#search')!;
    search.value = 'unread';
    select.value = '';
    deep<HTMLFormElement>(app, EDITOR, 'form')!.requestSubmit();
    await waitUntil(() => window.location.search === '?q=unread');
    await waitUntil(() => textOf(deep(app, EDITOR, 'ol')).includes('feed.unread'));
    expect(deepAll(app, EDITOR, 'ol li')).to.have.length(1);
  });
});
