import { expect, waitUntil } from '@open-wc/testing';
import { graphql, http, HttpResponse } from 'msw';
import { mockNetwork } from '../../../../mocks/fixtures.js';
import { MockNewsroomApi } from '../../../../mocks/newsroom-api.js';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import {
  LUMO_EDITOR,
  chooseFiles,
  deep,
  deepAll,
  mountNewsroom,
  newsroomPortal,
  textOf,
  typeInto,
} from '../newsroom-testing.js';

const api = new MockNewsroomApi(mockNetwork());
const editor = mockNetwork().people.find((person) => person.id === LUMO_EDITOR);
const drafts = api
  .editorialArticles(editor, { status: 'DRAFT', first: 50 })
  .edges.map((edge) => edge.node);

/** The smallest PDF the server recognises, and a tiny PNG. */
const pdf = () => new File(['%PDF-1.7\n%%EOF'], 'Listino 2027.pdf', { type: 'application/pdf' });
const png = () => new File([new Uint8Array(64)], 'schema.png', { type: 'image/png' });

const panelOf = (app: Element) =>
  deep(app, 'piazza-newsroom-article-editor', 'piazza-newsroom-attachments-panel')!;
const fileInput = (app: Element) => deep<HTMLInputElement>(panelOf(app), '#files')!;
const names = (app: Element) => deepAll<HTMLInputElement>(panelOf(app), '.file input');
const submit = (app: Element) => deep<HTMLFormElement>(panelOf(app), 'form')!.requestSubmit();

async function openAttachments(articleId: string, locale = 'en') {
  const app = await mountNewsroom(await newsroomPortal(locale), `articles/${articleId}`);
  await waitUntil(() => deep(panelOf(app) ?? app, '#files') !== null, 'no attachments panel', {
    timeout: 5000,
  });
  return app;
}

describe('piazza-newsroom-attachments-panel', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('uploads files to attach, lets them be renamed and reordered, and saves the list', async () => {
    const article = drafts[0]!;
    const worker = await startMockWorker();
    const uploads: (string | null)[] = [];
    const sent: Record<string, unknown>[] = [];
    worker.use(
      http.post('*/api/media', ({ request }) => {
        uploads.push(new URL(request.url).search + ' ' + request.headers.get('content-type'));
      }),
      graphql.mutation('SetArticleAttachments', ({ variables }) => {
        sent.push(variables);
      }),
    );
    const app = await openAttachments(article.id);
    expect(textOf(deep(panelOf(app), 'fieldset p.muted'))).to.equal('No files attached yet.');
    chooseFiles(fileInput(app), pdf(), png());
    await waitUntil(() => names(app).length === 2, 'the files were not added');
    expect(uploads).to.deep.equal([
      '?purpose=attachment application/pdf',
      '?purpose=attachment image/png',
    ]);
    expect(names(app).map((input) => input.value)).to.deep.equal([
      'Listino 2027.pdf',
      'schema.png',
    ]);
    expect(textOf(deep(panelOf(app), '.file .hint'))).to.equal('PDF document · 1 kB');

    typeInto(names(app)[1]!, 'Schema of the brakes');
    await panelOf(app).updateComplete;
    const up = deepAll<HTMLButtonElement>(panelOf(app), '.file button')
      .filter((b) => textOf(b).startsWith('Move up'))
      .at(-1)!;
    expect(textOf(up)).to.equal('Move up Schema of the brakes');
    up.click();
    await panelOf(app).updateComplete;
    expect(names(app).map((input) => input.value)).to.deep.equal([
      'Schema of the brakes',
      'Listino 2027.pdf',
    ]);
    submit(app);
    await waitUntil(() => sent.length === 1, 'no mutation sent');
    expect(sent[0]).to.deep.equal({
      id: article.id,
      attachments: [
        { name: 'Schema of the brakes', url: '/media/uploads/mock-64.png' },
        { name: 'Listino 2027.pdf', url: '/media/uploads/mock-14.pdf' },
      ],
    });
    await waitUntil(
      () => textOf(deep(panelOf(app), '.actions [role="status"]')) === 'Saved.',
      'not saved',
    );
  });

  it('says why a file cannot be attached, in the editor’s language', async () => {
    const worker = await startMockWorker();
    worker.use(
      http.post('*/api/media', () =>
        HttpResponse.json({ error: { code: 'UNSUPPORTED_FILE' } }, { status: 415 }),
      ),
    );
    const app = await openAttachments(drafts[1]!.id, 'fr');
    chooseFiles(fileInput(app), pdf());
    await waitUntil(() => deep(panelOf(app), '#files-error') !== null, 'no refusal');
    expect(textOf(deep(panelOf(app), '#files-error'))).to.equal(
      'Listino 2027.pdf n’a pas été ajouté. Ce fichier ne peut pas être joint. Choisissez un document PDF ou une image PNG, JPEG, GIF ou WebP.',
    );
    expect(fileInput(app).getAttribute('aria-describedby')).to.equal('files-hint files-error');
    expect(names(app)).to.have.length(0);
  });

  it('keeps the list as it is when the server refuses it, with the reason beside it', async () => {
    const worker = await startMockWorker();
    worker.use(
      graphql.mutation('SetArticleAttachments', () =>
        HttpResponse.json({
          errors: [
            {
              message: 'Upload the file before attaching it',
              extensions: { code: 'BAD_USER_INPUT', field: 'attachments', reason: 'NOT_UPLOADED' },
            },
          ],
        }),
      ),
    );
    const app = await openAttachments(drafts[2]!.id, 'pl');
    chooseFiles(fileInput(app), pdf());
    await waitUntil(() => names(app).length === 1, 'the file was not added');
    typeInto(names(app)[0]!, 'Cennik 2027');
    submit(app);
    await waitUntil(() => deep(panelOf(app), '#attachments-error') !== null, 'no message');
    expect(textOf(deep(panelOf(app), '#attachments-error'))).to.equal(
      'Jeden z plików nie został przesłany. Usuń go i dodaj ponownie.',
    );
    expect(names(app).map((input) => input.value)).to.deep.equal(['Cennik 2027']);
  });
});
