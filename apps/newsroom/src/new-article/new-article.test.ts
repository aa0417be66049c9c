import { expect, waitUntil } from '@open-wc/testing';
import { graphql, HttpResponse } from 'msw';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import {
  deep,
  deepAll,
  mountNewsroom,
  newsroomPortal,
  textOf,
  typeInto,
  writeBody,
} from '../newsroom-testing.js';

const screenOf = (app: Element) => deep(app, 'piazza-newsroom-new-article')!;
const form = (app: Element) => deep(screenOf(app), 'piazza-newsroom-version-form')!;
const select = (app: Element, id: string) => deep<HTMLSelectElement>(screenOf(app), `#${id}`)!;
const field = (app: Element, name: string) =>
  form(app).shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const choose = (element: HTMLSelectElement, value: string) => {
  element.value = value;
  element.dispatchEvent(new Event('change'));
};

async function openNewArticle(locale = 'en') {
  const app = await mountNewsroom(await newsroomPortal(locale), 'articles/new');
  await waitUntil(() => select(app ?? app, 'locale') !== null, 'no form', { timeout: 5000 });
  return app;
}

describe('piazza-newsroom-new-article', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('preselects the first community and its country’s language, which follows the community', async () => {
    const app = await openNewArticle('it');
    expect(textOf(deep(screenOf(app), 'h1'))).to.equal('Nuovo articolo');
    const communities = deepAll<HTMLOptionElement>(screenOf(app), '#community option');
    expect(communities.map((option) => textOf(option))).to.deep.equal([
      'Lumo · Italy',
      'Lumo · Spain',
    ]);
    expect(select(app, 'community').value).to.equal('community-lumo-it');
    expect(select(app, 'locale').value).to.equal('it');
    choose(select(app, 'community'), 'community-lumo-es');
    await screenOf(app).updateComplete;
    expect(select(app, 'locale').value).to.equal('es');
    expect(textOf(select(app, 'locale').selectedOptions[0])).to.equal('spagnolo');
  });

  it('creates the draft in the chosen language and category and opens it in the editor', async () => {
    const worker = await startMockWorker();
    const created: {
      input: { communityId: string; category: string; version: { locale: string; title: string } };
    }[] = [];
    worker.use(
      graphql.mutation('CreateArticle', ({ variables }) => {
        created.push(variables as (typeof created)[number]);
      }),
    );
    const app = await openNewArticle();
    expect(select(app, 'category').value, 'the server’s default first').to.equal('COMPANY');
    choose(select(app, 'locale'), 'it');
    choose(select(app, 'category'), 'AFTER_SALES');
    typeInto(field(app, 'title'), 'Richiamo: verifica dei freni');
    typeInto(field(app, 'summary'), 'Cosa fare entro venerdì.');
    writeBody(form(app), '<p>Controllate i freni di ogni auto in consegna.</p>');
    form(app).shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await waitUntil(() => created.length === 1, 'no article created');
    expect(created[0]!.input.communityId).to.equal('community-lumo-it');
    expect(created[0]!.input.category).to.equal('AFTER_SALES');
    expect(created[0]!.input.version).to.include({
      locale: 'it',
      title: 'Richiamo: verifica dei freni',
    });
    await waitUntil(
      () => /^\/portal\/newsroom\/articles\/article-new-\d+$/.test(window.location.pathname),
      'the editor did not open',
    );
    await waitUntil(
      () =>
        textOf(deep(app, 'piazza-newsroom-article-editor', 'h1')) ===
        'Richiamo: verifica dei freni',
      'the new article is not in the editor',
    );
    await waitUntil(
      () =>
        deep<HTMLSelectElement>(
          app,
          'piazza-newsroom-article-editor',
          'piazza-newsroom-topics-panel',
          '#category',
        )?.value === 'AFTER_SALES',
      'the category is not the one chosen',
    );
  });

  it('shows a refused community next to it, and keeps the text', async () => {
    const worker = await startMockWorker();
    worker.use(
      graphql.mutation(
        'CreateArticle',
        () =>
          HttpResponse.json({
            errors: [
              {
                message: 'Not your community',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'communityId',
                  reason: 'OUTSIDE_COMMUNITIES',
                },
              },
            ],
          }),
        { once: true },
      ),
    );
    const app = await openNewArticle('de');
    typeInto(field(app, 'title'), 'Rückruf');
    writeBody(form(app), '<p>Bitte prüfen.</p>');
    form(app).shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await waitUntil(() => deep(screenOf(app), '#community-error') !== null, 'no message');
    expect(textOf(deep(screenOf(app), '#community-error'))).to.equal(
      'Sie betreuen diese Community nicht.',
    );
    expect(field(app, 'title').value).to.equal('Rückruf');
    expect(window.location.pathname).to.equal('/portal/newsroom/articles/new');
  });
});
