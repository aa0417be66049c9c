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

const api = new MockNewsroomApi(mockNetwork());
const editor = mockNetwork().people.find((person) => person.id === LUMO_EDITOR);
/** Lumo Italy's articles not yet out: their times are typed on Rome's clocks. */
const italian = (['DRAFT', 'IN_REVIEW'] as const)
  .flatMap((status) => api.editorialArticles(editor, { status, first: 100 }).edges)
  .map((edge) => edge.node)
  .filter((a) => a.countries[0]?.code === 'IT' && !a.liveStream);

const panelOf = (app: Element) =>
  deep(app, 'piazza-newsroom-article-editor', 'piazza-newsroom-live-stream-panel')!;
const input = (app: Element, id: string) => deep<HTMLInputElement>(panelOf(app), `#${id}`)!;
const submit = (app: Element) => deep<HTMLFormElement>(panelOf(app), 'form')!.requestSubmit();
const button = (app: Element, name: string) =>
  deepAll<HTMLButtonElement>(panelOf(app), 'button').find((b) => textOf(b) === name);

/** Types a stream from 18:00 to 19:30 on 15 January 2027 and its address. */
function typeStream(app: Element, url: string, end = '19:30') {
  typeInto(input(app, 'start-date'), '2027-01-15');
  typeInto(input(app, 'start-time'), '18:00');
  typeInto(input(app, 'end-date'), '2027-01-15');
  typeInto(input(app, 'end-time'), end);
  typeInto(input(app, 'url'), url);
}

async function openLiveStream(articleId: string, locale = 'en') {
  const app = await mountNewsroom(await newsroomPortal(locale), `articles/${articleId}`);
  await waitUntil(() => deep(panelOf(app) ?? app, '#url') !== null, 'no live stream panel', {
    timeout: 5000,
  });
  return app;
}

describe('piazza-newsroom-live-stream-panel', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('announces a stream typed on Rome’s clocks, shows how readers see it, and removes it', async () => {
    const article = italian[0]!;
    const worker = await startMockWorker();
    const sent: Record<string, unknown>[] = [];
    worker.use(
      graphql.mutation('SetArticleLiveStream', ({ variables }) => {
        sent.push(variables);
      }),
    );
    const app = await openLiveStream(article.id, 'pl');
    expect(deep<HTMLSelectElement>(panelOf(app), '#live-zone')!.value).to.equal('Europe/Rome');
    expect(textOf(deep(panelOf(app), '.preview'))).to.match(/^Nie zapowiedziano transmisji/);
    typeStream(app, ' https://live.example.com/lumo ');
    await panelOf(app).updateComplete;
    expect(textOf(deep(panelOf(app), '.preview'))).to.match(
      /^Czytelnicy zobaczą ją na żywo: 15 sty 2027, 18:00\s*–\s*19:30 czas środkowoeuropejski\./,
    );
    submit(app);
    await waitUntil(() => sent.length === 1, 'no mutation sent');
    expect(sent[0]).to.deep.equal({
      id: article.id,
      liveStream: {
        startsAt: '2027-01-15T17:00:00.000Z',
        endsAt: '2027-01-15T18:30:00.000Z',
        url: 'https://live.example.com/lumo',
      },
    });
    await waitUntil(() => button(app, 'Usuń transmisję na żywo') !== undefined, 'no removal');
    expect(input(app, 'url').value).to.equal('https://live.example.com/lumo');
    expect(textOf(deep(panelOf(app), '.actions [role="status"]'))).to.equal('Zapisano.');

    button(app, 'Usuń transmisję na żywo')!.click();
    await waitUntil(() => sent.length === 2, 'no removal sent');
    expect(sent[1]).to.deep.equal({ id: article.id, liveStream: null });
    await waitUntil(() => input(app, 'url').value === '', 'the removed stream is still shown');
    expect(input(app, 'start-date').value).to.equal('');
  });

  it('says what is wrong before sending: an end before the start, an address without https', async () => {
    const worker = await startMockWorker();
    let sent = 0;
    worker.use(graphql.mutation('SetArticleLiveStream', () => void sent++));
    const app = await openLiveStream(italian[1]!.id, 'fr');
    typeStream(app, 'http://live.example.com/lumo', '17:00');
    submit(app);
    await panelOf(app).updateComplete;
    expect(textOf(deep(panelOf(app), '#end-error'))).to.equal(
      'La diffusion doit finir après son début.',
    );
    expect(textOf(deep(panelOf(app), '#url-error'))).to.equal(
      'Indiquez l’adresse complète de la diffusion, qui commence par https://',
    );
    expect(input(app, 'end-time').getAttribute('aria-invalid')).to.equal('true');
    expect(input(app, 'url').value).to.equal('http://live.example.com/lumo');
    expect(sent).to.equal(0);
  });

  it('shows the server’s refusal next to the end in the editor’s language, the times kept', async () => {
    const worker = await startMockWorker();
    worker.use(
      graphql.mutation('SetArticleLiveStream', () =>
        HttpResponse.json({
          errors: [
            {
              message: 'A stream lasts at most 12 hours',
              extensions: { code: 'BAD_USER_INPUT', field: 'endsAt', reason: 'TOO_LONG' },
            },
          ],
        }),
      ),
    );
    // The article of the test before: it sent nothing.
    const app = await openLiveStream(italian[1]!.id, 'it');
    typeStream(app, 'https://live.example.com/lumo');
    submit(app);
    await waitUntil(() => deep(panelOf(app), '#end-error') !== null, 'no message');
    expect(textOf(deep(panelOf(app), '#end-error'))).to.equal(
      'Una diretta può durare al massimo 12 ore.',
    );
    expect(input(app, 'start-time').value).to.equal('18:00');
    expect(input(app, 'end-time').value).to.equal('19:30');
    expect(input(app, 'url').value).to.equal('https://live.example.com/lumo');
  });
});
