import { expect, waitUntil } from '@open-wc/testing';
import { graphql } from 'msw';
import { mockNetwork } from '../../../../mocks/fixtures.js';
import { MockNewsroomApi } from '../../../../mocks/newsroom-api.js';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import { LUMO_EDITOR, deep, deepAll, openPanel, textOf, typeInto } from '../newsroom-testing.js';

const editor = mockNetwork().people.find((person) => person.id === LUMO_EDITOR);
/** Drafts of the editor's communities without a video. */
const drafts = new MockNewsroomApi(mockNetwork())
  .editorialArticles(editor, { status: 'DRAFT', first: 100 })
  .edges.map((edge) => edge.node)
  .filter((article) => !article.video);

const openVideo = (articleId: string, locale: string) =>
  openPanel('piazza-newsroom-video-panel', { articleId, locale });
const address = (panel: Element) => deep<HTMLInputElement>(panel, '#url')!;
const submit = (panel: Element) => deep<HTMLFormElement>(panel, 'form')!.requestSubmit();
const buttonNamed = (panel: Element, name: string) =>
  deepAll<HTMLButtonElement>(panel, 'button').find((b) => textOf(b) === name);

describe('piazza-newsroom-video-panel', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('shows a YouTube video with the article, says where it plays from, and removes it', async () => {
    const article = drafts[0]!;
    const sent: Record<string, unknown>[] = [];
    (await startMockWorker()).use(
      graphql.mutation('SetArticleVideo', ({ variables }) => void sent.push(variables)),
    );
    const panel = await openVideo(article.id, 'pl');
    expect(textOf(deep(panel, '.preview'))).to.equal(
      'Ten artykuł nie pokazuje żadnego filmu. Podaj adres filmu, aby go pokazać.',
    );
    typeInto(address(panel), ' https://youtu.be/aqz-KE-bpKQ ');
    submit(panel);
    await waitUntil(() => sent.length === 1, 'no mutation sent');
    expect(sent[0]).to.deep.equal({ id: article.id, url: 'https://youtu.be/aqz-KE-bpKQ' });
    await waitUntil(() => buttonNamed(panel, 'Usuń film') !== undefined, 'no removal');
    expect(address(panel).value).to.equal('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ');
    expect(textOf(deep(panel, '.preview'))).to.equal(
      'Czytelnicy zobaczą film z serwisu YouTube, wczytywany dopiero po naciśnięciu przycisku odtwarzania.',
    );
    expect(textOf(deep(panel, '.actions [role="status"]'))).to.equal('Zapisano.');
    await expect(panel).to.be.accessible();

    buttonNamed(panel, 'Usuń film')!.click();
    await waitUntil(() => sent.length === 2, 'no removal sent');
    expect(sent[1]).to.deep.equal({ id: article.id, url: null });
    await waitUntil(() => address(panel).value === '', 'the removed video is still shown');
  });

  it('says what is wrong before sending: no address, an address without https', async () => {
    let sent = 0;
    (await startMockWorker()).use(graphql.mutation('SetArticleVideo', () => void sent++));
    const panel = await openVideo(drafts[1]!.id, 'fr');
    submit(panel);
    await panel.updateComplete;
    expect(textOf(deep(panel, '#url-error'))).to.equal('Indiquez l’adresse de la vidéo.');
    typeInto(address(panel), 'http://vimeo.com/76979871');
    submit(panel);
    await panel.updateComplete;
    expect(textOf(deep(panel, '#url-error'))).to.match(
      /^Piazza ne peut montrer que des vidéos de YouTube, de Vimeo et des sites vidéo du groupe\./,
    );
    expect(address(panel).getAttribute('aria-invalid')).to.equal('true');
    expect(address(panel).value).to.equal('http://vimeo.com/76979871');
    expect(sent).to.equal(0);
  });

  it('shows the server’s refusal of a site it may not embed next to the address, kept as typed', async () => {
    // The article of the test before: it sent nothing. The mock refuses as the server does.
    const panel = await openVideo(drafts[1]!.id, 'it');
    typeInto(address(panel), 'https://videos.example.com/lancio');
    submit(panel);
    await waitUntil(() => deep(panel, '#url-error') !== null, 'no message');
    expect(textOf(deep(panel, '#url-error'))).to.match(
      /^Piazza può mostrare solo video di YouTube, di Vimeo e dei siti video del gruppo\./,
    );
    expect(address(panel).value).to.equal('https://videos.example.com/lancio');
  });
});
