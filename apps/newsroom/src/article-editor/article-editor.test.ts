import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { graphql, HttpResponse } from 'msw';
import { mockNetwork } from '../../../../mocks/fixtures.js';
import { MockNewsroomApi } from '../../../../mocks/newsroom-api.js';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import {
  LUMO_EDITOR,
  deep,
  deepAll,
  mountNewsroom,
  newsroomPortal,
  textOf,
  typeInto,
  writeBody,
} from '../newsroom-testing.js';

/** The Lumo editor's drafts in the mock API, the last changed first: one per test. */
function drafts(): { id: string; versions: { locale: string }[]; originalLocale: string }[] {
  const api = new MockNewsroomApi(mockNetwork());
  const editor = mockNetwork().people.find((person) => person.id === LUMO_EDITOR);
  return api
    .editorialArticles(editor, { status: 'DRAFT', first: 50 })
    .edges.map((edge) => edge.node);
}

const editorOf = (app: Element) => deep(app, 'piazza-newsroom-article-editor')!;
const forms = (app: Element) => deepAll(editorOf(app), 'piazza-newsroom-version-form');
const field = (form: Element, name: string) =>
  form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const body = (form: Element) => deep(form, 'piazza-newsroom-rich-text', '[contenteditable="true"]');
const submit = (form: Element) =>
  form.shadowRoot!.querySelector<HTMLButtonElement>('button.piazza-button--primary')!.click();

async function openEditor(articleId: string, locale = 'en') {
  const app = await mountNewsroom(await newsroomPortal(locale), `articles/${articleId}`);
  await waitUntil(() => forms(app).length > 0, 'no version shown', { timeout: 5000 });
  await waitUntil(() => body(forms(app)[0]!) !== null, 'Tiptap did not load', { timeout: 5000 });
  return app;
}

describe('piazza-newsroom-article-editor', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('shows the original on the left and a translation on the right, each with its language', async () => {
    const article = drafts().find((a) => a.versions.length > 1)!;
    const app = await openEditor(article.id);
    await waitUntil(() => forms(app).length === 2, 'no translation shown');
    const [original, translation] = forms(app);
    expect(original!.getAttribute('locale')).to.equal(article.originalLocale);
    expect(translation!.getAttribute('locale')).to.not.equal(article.originalLocale);
    expect(field(original!, 'title').getAttribute('lang')).to.equal(article.originalLocale);
    expect(textOf(deep(editorOf(app), '#original-heading'))).to.match(/^Original \(\w+\)$/);
  });

  it('saves what is typed in the text through saveArticleVersion, as HTML', async () => {
    const article = drafts()[1]!;
    const worker = await startMockWorker();
    const sent: { version: { locale: string; bodyHtml: string; title: string } }[] = [];
    worker.use(
      graphql.mutation('SaveArticleVersion', ({ variables }) => {
        sent.push(variables as (typeof sent)[number]);
      }),
    );
    const app = await openEditor(article.id);
    const original = forms(app)[0]!;
    typeInto(field(original, 'title'), 'Nuova gamma Lumo: si parte');
    body(original)!.focus();
    await sendKeys({ press: 'Control+End' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Ultima riga' });
    submit(original);
    await waitUntil(() => sent.length === 1, 'no mutation sent');
    expect(sent[0]!.version.locale).to.equal(article.originalLocale);
    expect(sent[0]!.version.title).to.equal('Nuova gamma Lumo: si parte');
    expect(sent[0]!.version.bodyHtml).to.match(/<p>Ultima riga<\/p>$/);
    await waitUntil(
      () => textOf(original.shadowRoot!.querySelector('[role="status"]')).startsWith('Saved'),
      'no confirmation',
    );
    await waitUntil(
      () => textOf(deep(editorOf(app), 'h1')) === 'Nuova gamma Lumo: si parte',
      'the heading did not follow the saved title',
    );
  });

  it('keeps what was typed and names the refused field in the editor’s language', async () => {
    const article = drafts()[2]!;
    const worker = await startMockWorker();
    worker.use(
      graphql.mutation(
        'SaveArticleVersion',
        () =>
          HttpResponse.json({
            errors: [
              {
                message: 'bodyHtml holds a script',
                extensions: { code: 'BAD_USER_INPUT', field: 'bodyHtml', reason: 'UNSAFE_HTML' },
              },
            ],
          }),
        { once: true },
      ),
    );
    const app = await openEditor(article.id, 'it');
    const original = forms(app)[0]!;
    typeInto(field(original, 'title'), 'Titolo da non perdere');
    typeInto(field(original, 'summary'), 'Un sommario');
    submit(original);
    const error = () => deep(original, 'piazza-newsroom-rich-text', '.field-error');
    await waitUntil(() => error() !== null, 'no message next to the text');
    expect(textOf(error())).to.contain('Piazza non può pubblicare');
    expect(textOf(original.shadowRoot!.querySelector('[role="alert"]'))).to.contain('Non salvato');
    expect(field(original, 'title').value).to.equal('Titolo da non perdere');
    expect(field(original, 'summary').value).to.equal('Un sommario');
    expect(body(original)!.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(error())).to.not.contain('bodyHtml holds');
  });

  it('keeps everything when the network fails, and saves on the next try', async () => {
    const article = drafts()[3]!;
    const worker = await startMockWorker();
    worker.use(graphql.mutation('SaveArticleVersion', () => HttpResponse.error(), { once: true }));
    const app = await openEditor(article.id);
    const original = forms(app)[0]!;
    typeInto(field(original, 'title'), 'Offline title');
    submit(original);
    await waitUntil(
      () => textOf(original.shadowRoot!.querySelector('[role="alert"]')).includes('reach Piazza'),
      'no network message',
    );
    expect(field(original, 'title').value).to.equal('Offline title');
    submit(original);
    await waitUntil(
      () => textOf(original.shadowRoot!.querySelector('[role="status"]')).startsWith('Saved'),
      'the second try did not save',
    );
    expect(textOf(original.shadowRoot!.querySelector('[role="alert"]'))).to.equal('');
  });

  it('checks the title before sending, with the server’s words', async () => {
    const article = drafts()[4]!;
    const worker = await startMockWorker();
    let sent = 0;
    worker.use(graphql.mutation('SaveArticleVersion', () => void sent++));
    const app = await openEditor(article.id, 'pl');
    const original = forms(app)[0]!;
    typeInto(field(original, 'title'), '   ');
    submit(original);
    await original.updateComplete;
    expect(textOf(original.shadowRoot!.querySelector('#title-error'))).to.equal(
      'Nadaj artykułowi tytuł.',
    );
    typeInto(field(original, 'title'), 'x'.repeat(141));
    submit(original);
    await original.updateComplete;
    expect(textOf(original.shadowRoot!.querySelector('#title-error'))).to.contain('140');
    expect(field(original, 'title').getAttribute('aria-invalid')).to.equal('true');
    expect(sent).to.equal(0);
  });

  it('adds a version in another language, marks it, and deletes it', async () => {
    const article = drafts().find((a) => !a.versions.some((v) => v.locale === 'fr'))!;
    const app = await openEditor(article.id);
    const add = deep<HTMLSelectElement>(editorOf(app), '#add')!;
    add.value = 'fr';
    add.dispatchEvent(new Event('change'));
    await waitUntil(() => forms(app)[1]?.getAttribute('locale') === 'fr', 'no French form');
    const french = forms(app)[1]!;
    expect(field(french, 'title').value).to.equal('');
    typeInto(field(french, 'title'), 'Nouvelle gamme Lumo');
    submit(french);
    await french.updateComplete;
    expect(textOf(deep(french, 'piazza-newsroom-rich-text', '.field-error'))).to.equal(
      'Write the text of the article.',
    );
    writeBody(french, '<p>La nouvelle gamme arrive.</p>');
    submit(french);
    await waitUntil(
      () =>
        deepAll<HTMLOptionElement>(editorOf(app), '#translation option').some(
          (option) => option.value === 'fr' && option.textContent!.trim() === 'French',
        ),
      'the French version was not saved',
    );
    deepAll<HTMLButtonElement>(editorOf(app), '.delete button')[0]!.click();
    await editorOf(app).updateComplete;
    expect(textOf(deep(editorOf(app), '.confirm p'))).to.contain('Delete the French version');
    deep<HTMLButtonElement>(editorOf(app), '.confirm .piazza-button--primary')!.click();
    await waitUntil(
      () =>
        !deepAll<HTMLOptionElement>(editorOf(app), '#translation option').some(
          (option) => option.value === 'fr',
        ),
      'the French version is still there',
    );
  });
});
