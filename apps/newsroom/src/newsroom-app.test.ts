import { expect, waitUntil } from '@open-wc/testing';
import { startMockWorker } from '../../../mocks/test-portal.js';
import { matchRoute } from './newsroom-routes.js';
import { deep, mountNewsroom, newsroomPortal, textOf } from './newsroom-testing.js';

describe('piazza-newsroom-app', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('routes each address to its screen', () => {
    const at = (pathname: string, search = '') =>
      matchRoute({ pathname, search }, '/portal/newsroom/');
    expect(at('/portal/newsroom')!.screen.path).to.equal('');
    expect(at('/portal/newsroom/', '?status=DRAFT')!.query.get('status')).to.equal('DRAFT');
    expect(at('/portal/newsroom/articles/new')!.screen.path).to.equal('articles/new');
    const editor = at('/portal/newsroom/articles/article-0012')!;
    expect(editor.screen.path).to.equal('articles/:id');
    expect(editor.params).to.deep.equal({ id: 'article-0012' });
    expect(at('/portal/newsroom/nowhere/at/all')).to.equal(undefined);
    expect(at('/portal/news/article-0012')).to.equal(undefined);
  });

  it('opens “New article” from the list and comes back with “All articles”', async () => {
    const app = await mountNewsroom(await newsroomPortal('nl'));
    await waitUntil(() => deep(app, 'piazza-newsroom-articles', '.heading a') !== null);
    deep<HTMLAnchorElement>(app, 'piazza-newsroom-articles', '.heading a')!.click();
    // The form's module loads on the first visit: cold, under a loaded machine, it takes seconds.
    await waitUntil(() => deep(app, 'piazza-newsroom-new-article', 'h1') !== null, 'no form', {
      timeout: 10_000,
    });
    expect(textOf(deep(app, 'piazza-newsroom-new-article', 'h1'))).to.equal('Nieuw artikel');
    deep<HTMLAnchorElement>(app, 'piazza-newsroom-new-article', 'a')!.click();
    await waitUntil(() => deep(app, 'piazza-newsroom-articles', 'h1') !== null, 'not back');
    expect(window.location.pathname).to.equal('/portal/newsroom');
  });

  it('says an unknown address does not exist, in the editor’s language', async () => {
    const app = await mountNewsroom(await newsroomPortal('es'), 'nowhere/at/all');
    expect(textOf(app.shadowRoot!.querySelector('p'))).to.equal(
      'Esta página de la redacción no existe.',
    );
    // The link right after the message (the navigation's links come before it).
    const back = app.shadowRoot!.querySelector('p + a')!;
    expect(textOf(back)).to.equal('Todos los artículos');
    expect(back.getAttribute('href')).to.equal('/portal/newsroom');
  });
});
