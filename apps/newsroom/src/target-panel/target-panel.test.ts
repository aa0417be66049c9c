import { expect, waitUntil } from '@open-wc/testing';
import { graphql, http } from 'msw';
import { mockNetwork } from '../../../../mocks/fixtures.js';
import { MockAdminApi } from '../../../../mocks/admin-api.js';
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
const LUMO = 'brand-lumo';

const drafts = api
  .editorialArticles(editor, { status: 'DRAFT', first: 100 })
  .edges.map((edge) => edge.node);
/** Lumo Italy's drafts with no narrower audience (the reach is the country's), then others. */
const italian = drafts.filter(
  (a) => a.countries.map((c) => c.code).join() === 'IT' && a.audiences.length === 0,
);
const others = drafts.filter((a) => !italian.includes(a));

const reach = (countries: string[], audiences: { dealerId: string }[] = []) =>
  api.audienceReach(editor, { target: { brandId: LUMO, countries, audiences } });

const panelOf = (app: Element) =>
  deep(app, 'piazza-newsroom-article-editor', 'piazza-newsroom-target-panel')!;
const reachText = (app: Element) => textOf(deep(panelOf(app), '.reach'));
const country = (app: Element, name: string) =>
  deepAll<HTMLLabelElement>(panelOf(app), 'label.choice')
    .find((l) => textOf(l) === name)!
    .querySelector('input')!;

async function openTarget(articleId: string, locale = 'en') {
  const app = await mountNewsroom(await newsroomPortal(locale), `articles/${articleId}`);
  await waitUntil(() => deep(panelOf(app) ?? app, '.reach') !== null, 'no target panel', {
    timeout: 5000,
  });
  return app;
}

describe('piazza-newsroom-target-panel', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('offers every region of the country chosen for a group, where the editor reaches dealers', async () => {
    const expected = new MockAdminApi(mockNetwork(), [])
      .regions(editor, { brandId: LUMO, countries: ['IT'] })
      .map((region) => region.name);
    expect(expected.length, 'the fixture needs Italian regions').to.be.greaterThan(1);
    const app = await openTarget(italian[0]!.id, 'it');
    deepAll<HTMLButtonElement>(panelOf(app), 'button')
      .find((b) => textOf(b) === 'Aggiungi un gruppo di lettori')!
      .click();
    await panelOf(app).updateComplete;
    const regionField = () =>
      deepAll<HTMLSelectElement>(panelOf(app), 'select').find((s) => s.id.endsWith('regionId'))!;
    await waitUntil(() => regionField().options.length > 1, 'no regions offered');
    // The first option is "anyone".
    expect([...regionField().options].slice(1).map((o) => textOf(o))).to.deep.equal(expected);
  });

  it('shows the live reach of the countries and groups chosen, before saving', async () => {
    const article = italian[0]!;
    const app = await openTarget(article.id);
    const italy = reach(['IT']);
    await waitUntil(() => reachText(app) === `Reaches ${italy.toLocaleString('en')} people`);
    expect(country(app, 'Italy').checked).to.equal(true);
    expect(country(app, 'Spain').checked).to.equal(false);

    country(app, 'Spain').click();
    const both = reach(['IT', 'ES']);
    await waitUntil(
      () => reachText(app) === `Reaches ${both.toLocaleString('en')} people`,
      'the reach did not count Spain',
    );

    deep<HTMLButtonElement>(panelOf(app), 'fieldset .actions button')!.click();
    await panelOf(app).updateComplete;
    const picker = deep(panelOf(app), 'piazza-newsroom-dealer-picker')!;
    typeInto(deep<HTMLInputElement>(picker, 'input')!, 'a');
    await waitUntil(() => deepAll(picker, 'ul button').length > 0, 'no dealer found');
    const first = deepAll<HTMLButtonElement>(picker, 'ul button')[0]!;
    const dealerName = textOf(first)
      .replace(/^Choose /, '')
      .split(',')[0]!;
    first.click();
    await waitUntil(() => textOf(deep(panelOf(app), '.dealer')).includes(dealerName));
    const dealer = mockNetwork().dealers.find((d) => d.name === dealerName)!;
    const one = reach(['IT', 'ES'], [{ dealerId: dealer.id }]);
    await waitUntil(
      () =>
        reachText(app) === `Reaches ${one.toLocaleString('en')} ${one === 1 ? 'person' : 'people'}`,
      'the reach did not narrow to the dealer',
    );
  });

  it('saves the countries, a dealer, and a must-read deadline typed on Rome’s clocks', async () => {
    const article = italian[1]!;
    const worker = await startMockWorker();
    const sent: { target: Record<string, unknown> }[] = [];
    worker.use(
      graphql.mutation('SetArticleTarget', ({ variables }) => {
        sent.push(variables as (typeof sent)[number]);
      }),
    );
    const app = await openTarget(article.id, 'it');
    country(app, 'Spagna').click();
    const mustRead = deepAll<HTMLLabelElement>(panelOf(app), 'label.choice')
      .find((l) => textOf(l).startsWith('I lettori devono'))!
      .querySelector('input')!;
    mustRead.click();
    await panelOf(app).updateComplete;
    const deadline = deep<HTMLInputElement>(panelOf(app), '#deadline')!;
    typeInto(deadline, '2027-01-15T18:00');
    expect(textOf(deep(panelOf(app), '#deadline-hint'))).to.contain('Europa centrale');
    deep<HTMLFormElement>(panelOf(app), 'form')!.requestSubmit();
    await waitUntil(() => sent.length === 1, 'no mutation sent');
    expect(sent[0]!.target).to.deep.include({
      brandId: LUMO,
      countries: ['IT', 'ES'],
      audiences: [],
      mustRead: true,
      mustReadBy: '2027-01-15T17:00:00.000Z',
    });
    await waitUntil(() => textOf(deep(panelOf(app), '.actions [role="status"]')) === 'Salvato.');
  });

  it('asks for a country before counting or saving, in the editor’s language', async () => {
    const article = others.find((a) => a.countries.length === 1)!;
    const worker = await startMockWorker();
    let sent = 0;
    worker.use(graphql.mutation('SetArticleTarget', () => void sent++));
    const app = await openTarget(article.id, 'pl');
    deepAll<HTMLInputElement>(panelOf(app), 'label.choice input')
      .find((input) => input.checked)!
      .click();
    await panelOf(app).updateComplete;
    expect(reachText(app)).to.equal('Wybierz kraj, aby zobaczyć, do ilu osób dociera.');
    deep<HTMLFormElement>(panelOf(app), 'form')!.requestSubmit();
    await panelOf(app).updateComplete;
    expect(textOf(deep(panelOf(app), '#countries-error'))).to.equal(
      'Wybierz co najmniej jeden kraj.',
    );
    expect(sent).to.equal(0);
  });

  it('uploads a picture with the person’s token and shows it, or says why not', async () => {
    const article = others[0]!;
    const worker = await startMockWorker();
    const uploads: { authorization: string | null; type: string | null }[] = [];
    worker.use(
      http.post('*/api/media', ({ request }) => {
        uploads.push({
          authorization: request.headers.get('authorization'),
          type: request.headers.get('content-type'),
        });
      }),
    );
    const app = await openTarget(article.id);
    const upload = deep(panelOf(app), 'piazza-newsroom-image-upload')!;
    const choose = (file: File) =>
      chooseFiles(deep<HTMLInputElement>(upload, 'input[type="file"]')!, file);
    choose(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    await waitUntil(() => deep(upload, '#file-error') !== null, 'no refusal');
    expect(textOf(deep(upload, '#file-error'))).to.contain('not a picture');

    choose(new File([new Uint8Array(64)], 'photo.png', { type: 'image/png' }));
    await waitUntil(
      () => deep(upload, 'img')?.getAttribute('src') === '/media/uploads/mock-64',
      'no preview of the uploaded picture',
    );
    expect(uploads).to.deep.equal([
      { authorization: `Bearer mock-token:${LUMO_EDITOR}`, type: 'image/png' },
    ]);
    expect(deep(upload, '#file-error')).to.equal(null);
  });
});
