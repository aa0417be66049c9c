import { expect, waitUntil } from '@open-wc/testing';
import { graphql } from 'msw';
import { localTimeZone } from '../ui/time-zone.js';
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
const articles = (status: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED') =>
  api.editorialArticles(editor, { status, first: 50 }).edges.map((edge) => edge.node);

const barOf = (app: Element) =>
  deep(app, 'piazza-newsroom-article-editor', 'piazza-newsroom-workflow-bar')!;
const button = (app: Element, name: string) =>
  deepAll<HTMLButtonElement>(barOf(app), 'button').find((b) => textOf(b) === name);

async function openWorkflow(articleId: string, locale = 'en') {
  const app = await mountNewsroom(await newsroomPortal(locale), `articles/${articleId}`);
  await waitUntil(() => deep(barOf(app) ?? app, '.state') !== null, 'no workflow', {
    timeout: 5000,
  });
  return app;
}

describe('piazza-newsroom-workflow-bar', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('submits a draft for review, and offers to publish, schedule or send it back', async () => {
    const app = await openWorkflow(articles('DRAFT')[0]!.id);
    expect(textOf(deep(barOf(app), '.state'))).to.match(/^Draft: only the editors see it/);
    expect(button(app, 'Publish now'), 'a draft may go out at once').to.not.equal(undefined);
    button(app, 'Submit for review')!.click();
    await waitUntil(() => button(app, 'Back to draft') !== undefined, 'not in review');
    expect(button(app, 'Schedule…')!.classList.contains('piazza-button--primary')).to.equal(true);
    expect(button(app, 'Publish now')).to.not.equal(undefined);
    expect(textOf(deep(app, 'piazza-newsroom-article-editor', '.heading .badge'))).to.equal(
      'In review',
    );
  });

  it('schedules 13:00 tomorrow on the clocks of the article’s country, whatever the viewer’s zone', async () => {
    const article = articles('IN_REVIEW').find((a) => a.countries[0]?.code === 'ES')!;
    const worker = await startMockWorker();
    const moves: Record<string, unknown>[] = [];
    worker.use(
      graphql.mutation('MoveArticle', ({ variables }) => {
        moves.push(variables);
      }),
    );
    const app = await openWorkflow(article.id, 'it');
    button(app, 'Programma…')!.click();
    await barOf(app).updateComplete;
    const zone = deep<HTMLSelectElement>(barOf(app), '#zone')!;
    expect(zone.value).to.equal('Europe/Madrid');
    expect(textOf(zone.selectedOptions[0])).to.equal('Spagna — Ora dell’Europa centrale');
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', {
      timeZone: 'Europe/Madrid',
    });
    expect(deep<HTMLInputElement>(barOf(app), '#date')!.value).to.equal(tomorrow);
    typeInto(deep<HTMLInputElement>(barOf(app), '#time')!, '13:00');
    await barOf(app).updateComplete;
    expect(textOf(deep(barOf(app), '.schedule [role="status"]'))).to.contain(
      ', 13:00 Ora dell’Europa centrale',
    );
    deep<HTMLFormElement>(barOf(app), 'form.schedule')!.requestSubmit();
    await waitUntil(() => moves.length === 1, 'no move sent');
    const expected = new Date(`${tomorrow}T13:00:00+01:00`).toISOString();
    expect(moves[0]).to.deep.equal({
      id: article.id,
      to: 'SCHEDULED',
      publishAt: expected,
      timeZone: 'Europe/Madrid',
    });
    await waitUntil(() => textOf(deep(barOf(app), '.state')).startsWith('Programmato per'));
    expect(textOf(deep(barOf(app), '.state'))).to.contain('13:00 Ora dell’Europa centrale');
    if (!['Europe/Rome', 'Europe/Madrid', 'Europe/Paris'].includes(localTimeZone())) {
      expect(textOf(deep(barOf(app), '.state'))).to.contain('Nel tuo fuso orario');
    }
  });

  it('says a time already past is past, before asking the server', async () => {
    const article = articles('IN_REVIEW').find((a) => a.countries.length === 0)!;
    const worker = await startMockWorker();
    let moves = 0;
    worker.use(graphql.mutation('MoveArticle', () => void moves++));
    const app = await openWorkflow(article.id, 'fr');
    button(app, 'Programmer…')!.click();
    await barOf(app).updateComplete;
    typeInto(deep<HTMLInputElement>(barOf(app), '#date')!, '2020-01-01');
    deep<HTMLFormElement>(barOf(app), 'form.schedule')!.requestSubmit();
    await barOf(app).updateComplete;
    expect(textOf(deep(barOf(app), '#when-error'))).to.equal(
      'Cette heure est déjà passée. Choisissez une heure à venir.',
    );
    expect(deep<HTMLInputElement>(barOf(app), '#date')!.value).to.equal('2020-01-01');
    expect(moves).to.equal(0);
  });

  it('asks before archiving, and links a published article to its reach', async () => {
    const article = articles('PUBLISHED')[0]!;
    const app = await openWorkflow(article.id);
    const reach = deep<HTMLAnchorElement>(barOf(app), 'a')!;
    expect(textOf(reach)).to.equal('See its reach');
    expect(reach.getAttribute('href')).to.equal(`/portal/news/${article.id}`);
    button(app, 'Archive')!.click();
    await barOf(app).updateComplete;
    expect(textOf(deep(barOf(app), '.confirm p'))).to.match(/^Archive it\? The [\d,]+ people/);
    deep<HTMLButtonElement>(barOf(app), '.confirm .piazza-button--primary')!.click();
    await waitUntil(() => textOf(deep(barOf(app), '.state')).startsWith('Archived'));
    expect(button(app, 'Publish again')).to.not.equal(undefined);
  });
});
