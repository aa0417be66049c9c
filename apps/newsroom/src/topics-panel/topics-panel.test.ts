import { expect, waitUntil } from '@open-wc/testing';
import { graphql, HttpResponse } from 'msw';
import { mockNetwork } from '../../../../mocks/fixtures.js';
import { MockNewsroomApi } from '../../../../mocks/newsroom-api.js';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import {
  LUMO_EDITOR,
  deep,
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

const panelOf = (app: Element) =>
  deep(app, 'piazza-newsroom-article-editor', 'piazza-newsroom-topics-panel')!;
const tags = (app: Element) => deep<HTMLInputElement>(panelOf(app), '#tags')!;
const category = (app: Element) => deep<HTMLSelectElement>(panelOf(app), '#category')!;
const submit = (app: Element) => deep<HTMLFormElement>(panelOf(app), 'form')!.requestSubmit();

async function openTopics(articleId: string, locale = 'en') {
  const app = await mountNewsroom(await newsroomPortal(locale), `articles/${articleId}`);
  await waitUntil(() => deep(panelOf(app) ?? app, '#tags') !== null, 'no topics panel', {
    timeout: 5000,
  });
  return app;
}

describe('piazza-newsroom-topics-panel', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('saves the category and the tags, then shows them as the server keeps them', async () => {
    const article = drafts[0]!;
    const worker = await startMockWorker();
    const sent: Record<string, unknown>[] = [];
    worker.use(
      graphql.mutation('SetArticleTopics', ({ variables }) => {
        sent.push(variables);
      }),
    );
    const app = await openTopics(article.id, 'it');
    expect(category(app).value).to.equal(article.category);
    expect(textOf(category(app).selectedOptions[0])).to.not.equal('');
    category(app).value = 'TRAINING';
    category(app).dispatchEvent(new Event('change'));
    typeInto(tags(app), '#Freni, e-Mobility  freni');
    submit(app);
    await waitUntil(() => sent.length === 1, 'no mutation sent');
    expect(sent[0]).to.deep.equal({
      id: article.id,
      category: 'TRAINING',
      tags: ['freni', 'e-mobility'],
    });
    await waitUntil(() => tags(app).value === '#freni #e-mobility', 'the saved tags are not shown');
    expect(textOf(category(app).selectedOptions[0])).to.equal('Formazione');
    expect(textOf(deep(panelOf(app), '.actions [role="status"]'))).to.equal('Salvato.');
  });

  it('says a word is not a tag before sending, and keeps what was typed', async () => {
    const worker = await startMockWorker();
    let sent = 0;
    worker.use(graphql.mutation('SetArticleTopics', () => void sent++));
    const app = await openTopics(drafts[1]!.id, 'fr');
    typeInto(tags(app), 'rappel <script>');
    submit(app);
    await waitUntil(() => deep(panelOf(app), '#tags-error') !== null, 'no message');
    expect(textOf(deep(panelOf(app), '#tags-error'))).to.match(/^Les mots-clés sont des mots/);
    expect(tags(app).getAttribute('aria-invalid')).to.equal('true');
    expect(tags(app).value).to.equal('rappel <script>');
    expect(sent).to.equal(0);
  });

  it('shows the server’s refusal next to the tags in the editor’s language, the text kept', async () => {
    const worker = await startMockWorker();
    worker.use(
      graphql.mutation('SetArticleTopics', () =>
        HttpResponse.json({
          errors: [
            {
              message: 'At most 8 tags',
              extensions: { code: 'BAD_USER_INPUT', field: 'tags', reason: 'TOO_LONG' },
            },
          ],
        }),
      ),
    );
    const app = await openTopics(drafts[2]!.id, 'de');
    typeInto(tags(app), '#rueckruf #bremsen');
    submit(app);
    await waitUntil(() => deep(panelOf(app), '#tags-error') !== null, 'no message');
    expect(textOf(deep(panelOf(app), '#tags-error'))).to.equal(
      'Ein Beitrag kann höchstens 8 Schlagwörter haben.',
    );
    expect(textOf(deep(panelOf(app), '[role="alert"]'))).to.match(/^Nicht gespeichert\./);
    expect(tags(app).value).to.equal('#rueckruf #bremsen');
  });

  it('keeps what was typed when Piazza cannot be reached', async () => {
    const worker = await startMockWorker();
    worker.use(graphql.mutation('SetArticleTopics', () => HttpResponse.error()));
    const app = await openTopics(drafts[3]!.id);
    typeInto(tags(app), '#recall');
    submit(app);
    await waitUntil(() => textOf(deep(panelOf(app), '[role="alert"]')) !== '', 'no message');
    expect(textOf(deep(panelOf(app), '[role="alert"]'))).to.contain('What you wrote is still here');
    expect(tags(app).value).to.equal('#recall');
  });
});
