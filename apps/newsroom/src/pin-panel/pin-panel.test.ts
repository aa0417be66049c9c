import { expect, waitUntil } from '@open-wc/testing';
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
} from '../newsroom-testing.js';
import { zonedTimeToInstant } from '../ui/time-zone.js';

const api = new MockNewsroomApi(mockNetwork());
const editor = mockNetwork().people.find((person) => person.id === LUMO_EDITOR);
const lumoItaly = (status: 'PUBLISHED' | 'DRAFT') =>
  api
    .editorialArticles(editor, { status, first: 100 })
    .edges.map((edge) => edge.node)
    .filter((a) => a.countries[0]?.code === 'IT' && !a.pinnedUntil);

const panelOf = (app: Element) =>
  deep(app, 'piazza-newsroom-article-editor', 'piazza-newsroom-pin-panel')!;
const input = (app: Element, id: string) => deep<HTMLInputElement>(panelOf(app), `#${id}`)!;
const submit = (app: Element) => deep<HTMLFormElement>(panelOf(app), 'form')!.requestSubmit();
const button = (app: Element, name: string) =>
  deepAll<HTMLButtonElement>(panelOf(app), 'button').find((b) => textOf(b) === name);

/** A date ten days ahead, as a date field holds it. */
const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);

async function openPin(articleId: string, locale: string) {
  const app = await mountNewsroom(await newsroomPortal(locale), `articles/${articleId}`);
  await waitUntil(() => deep(panelOf(app) ?? app, '#pin-date') !== null, 'no pin panel', {
    timeout: 5000,
  });
  return app;
}

describe('piazza-newsroom-pin-panel', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('pins a published article until a time on Rome’s clocks, then unpins it', async () => {
    const article = lumoItaly('PUBLISHED')[0]!;
    const worker = await startMockWorker();
    const sent: Record<string, unknown>[] = [];
    worker.use(graphql.mutation('PinArticle', ({ variables }) => void sent.push(variables)));
    const app = await openPin(article.id, 'it');
    expect(textOf(deep(panelOf(app), '.status'))).to.equal(
      'Non in evidenza: l’articolo compare nel feed alla data di pubblicazione.',
    );
    expect(deep<HTMLSelectElement>(panelOf(app), '#pin-zone')!.value).to.equal('Europe/Rome');
    typeInto(input(app, 'pin-date'), inTenDays);
    typeInto(input(app, 'pin-time'), '18:00');
    submit(app);
    await waitUntil(() => sent.length === 1, 'no mutation sent');
    expect(sent[0]).to.deep.equal({
      id: article.id,
      until: zonedTimeToInstant({ date: inTenDays, time: '18:00' }, 'Europe/Rome'),
    });
    await waitUntil(() => button(app, 'Togli dall’evidenza') !== undefined, 'no unpin button');
    expect(textOf(deep(panelOf(app), '.status'))).to.match(
      /^In evidenza in cima al feed fino al .*18:00 .+\.$/,
    );
    await expect(panelOf(app)).to.be.accessible();

    button(app, 'Togli dall’evidenza')!.click();
    await waitUntil(() => sent.length === 2, 'no unpin sent');
    expect(sent[1]).to.deep.equal({ id: article.id, until: null });
    await waitUntil(() => button(app, 'Togli dall’evidenza') === undefined, 'still pinned');
  });

  it('is closed to a draft, saying why', async () => {
    const app = await openPin(lumoItaly('DRAFT')[0]!.id, 'fr');
    expect(textOf(deep(panelOf(app), '.status'))).to.equal(
      'Publiez ou programmez l’article pour l’épingler en tête du fil.',
    );
    expect(deep<HTMLFieldSetElement>(panelOf(app), 'fieldset.plain')!.disabled).to.equal(true);
    expect(button(app, 'Épingler en tête')!.disabled).to.equal(true);
  });

  it('says a time already past before sending, and the server’s refusal of a fourth pin, the time kept', async () => {
    const worker = await startMockWorker();
    let sent = 0;
    worker.use(
      graphql.mutation('PinArticle', () => {
        sent++;
        return HttpResponse.json({
          errors: [
            {
              message: '3 articles are pinned already: unpin one first',
              extensions: { code: 'BAD_USER_INPUT', field: 'until', reason: 'TOO_MANY_PINNED' },
            },
          ],
        });
      }),
    );
    const app = await openPin(lumoItaly('PUBLISHED')[1]!.id, 'pl');
    typeInto(input(app, 'pin-date'), '2020-01-15');
    typeInto(input(app, 'pin-time'), '18:00');
    submit(app);
    await panelOf(app).updateComplete;
    expect(textOf(deep(panelOf(app), '#pin-error'))).to.equal(
      'Ta godzina już minęła. Wybierz późniejszy koniec.',
    );
    expect(sent).to.equal(0);

    typeInto(input(app, 'pin-date'), inTenDays);
    await panelOf(app).updateComplete;
    expect(deep(panelOf(app), '#pin-error') === null, 'the error outlived the change').to.equal(
      true,
    );
    submit(app);
    await waitUntil(() => deep(panelOf(app), '#pin-error') !== null, 'no refusal shown');
    expect(textOf(deep(panelOf(app), '#pin-error'))).to.equal(
      'Dla tych czytelników przypięte są już trzy artykuły. Najpierw odepnij jeden z nich.',
    );
    expect(input(app, 'pin-date').getAttribute('aria-invalid')).to.equal('true');
    expect(input(app, 'pin-date').value).to.equal(inTenDays);
    expect(input(app, 'pin-time').value).to.equal('18:00');
  });
});
