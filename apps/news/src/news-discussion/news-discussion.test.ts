import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { graphql, HttpResponse } from 'msw';
import { mockNetwork } from '../../../../mocks/fixtures.js';
import { createHandlers } from '../../../../mocks/handlers.js';
import { MockApi } from '../../../../mocks/mock-api.js';
import { createTestPortal, startMockWorker } from '../../../../mocks/test-portal.js';
import { generateDiscussion } from '../../../../server/src/seed/generate-discussion.js';
import type { PiazzaNewsApp } from '../news-app.js';
import '../news-app.js';
import { tokens } from '@piazza/shared';
import type { PiazzaNewsComment } from './comment-item.js';
import type { PiazzaNewsDiscussion } from './news-discussion.js';

const LYON_SALESPERSON = 'person-demo-fr-sales';
/** Veyra's first article: for the whole network, with seeded threads and replies. */
const ARTICLE = mockNetwork().articles.find((a) => a.brandId === 'brand-veyra')!.id;

function deep(root: Element, ...selectors: string[]): Element | null {
  let current: Element | null = root;
  for (const selector of selectors) {
    current = (current?.shadowRoot ?? current)?.querySelector(selector) ?? null;
  }
  return current;
}

const discussion = (app: Element) =>
  deep(app, 'piazza-news-article', 'piazza-news-discussion') as PiazzaNewsDiscussion | null;
const inDiscussion = <E extends Element = HTMLElement>(app: Element, selector: string) =>
  discussion(app)?.shadowRoot?.querySelector<E>(selector) ?? null;
const comments = (app: Element) => [
  ...(discussion(app)?.shadowRoot?.querySelectorAll<PiazzaNewsComment>('piazza-news-comment') ??
    []),
];
const commentText = (comment: PiazzaNewsComment) =>
  comment.shadowRoot!.querySelector('.comment')!.textContent!.replace(/\s+/g, ' ').trim();
const newForm = (app: Element) => inDiscussion(app, 'piazza-news-comment-form.new')!;
const reactionButtons = (app: Element) => [
  ...deep(
    app,
    'piazza-news-article',
    'piazza-news-discussion',
    'piazza-news-reactions',
  )!.shadowRoot!.querySelectorAll('button'),
];

async function mountArticle(): Promise<PiazzaNewsApp> {
  (await startMockWorker()).use(...createHandlers(new MockApi(mockNetwork())));
  const portal = await createTestPortal({
    personId: LYON_SALESPERSON,
    locale: 'fr',
    app: { namespace: 'news', folder: 'apps/news' },
  });
  window.history.replaceState(null, '', `/portal/news/${ARTICLE}`);
  // The portal's design tokens, as the shell gives them, for real sizes and colours.
  if (!document.adoptedStyleSheets.includes(tokens.styleSheet!)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, tokens.styleSheet!];
  }
  const root = await fixture<HTMLElement>(
    html`<div class="piazza-root piazza-theme-veyra">
      <piazza-news-app .portal=${portal}></piazza-news-app>
    </div>`,
  );
  const app = root.querySelector('piazza-news-app')!;
  await waitUntil(() => comments(app).length > 0, 'no comments rendered', { timeout: 5000 });
  return app;
}

/** Types into a comment form and sends it. */
async function write(form: Element, text: string): Promise<void> {
  const textarea = form.shadowRoot!.querySelector('textarea')!;
  textarea.value = text;
  textarea.dispatchEvent(new InputEvent('input'));
  await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  form.shadowRoot!.querySelector<HTMLButtonElement>('button.piazza-button--primary')!.click();
}

describe('the discussion under an article', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('shows the reactions, then the threads oldest first with their replies, in French', async () => {
    const app = await mountArticle();
    const seeded = generateDiscussion(mockNetwork()).comments.filter(
      (c) => c.articleId === ARTICLE && c.status === 'visible',
    );
    expect(inDiscussion(app, 'h2')!.textContent!.trim()).to.equal(`${seeded.length} commentaires`);
    expect(comments(app).map((c) => c.comment!.id)).to.deep.equal([
      ...seeded
        .filter((c) => c.parentId === null)
        .flatMap((thread) => [
          thread.id,
          ...seeded.filter((c) => c.parentId === thread.id).map((c) => c.id),
        ]),
    ]);
    expect(
      reactionButtons(app).map((b) => b.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.have.length(3);
    expect(reactionButtons(app)[0]!.textContent).to.contain('J’aime');
    await expect(discussion(app)).to.be.accessible();
  });

  it('gives a reaction at once, pressed and counted', async () => {
    const app = await mountArticle();
    const [like] = reactionButtons(app);
    const count = Number(like!.querySelector('.count')!.textContent);
    expect(like!.getAttribute('aria-pressed')).to.equal('false');
    like!.click();
    await waitUntil(() => reactionButtons(app)[0]!.getAttribute('aria-pressed') === 'true');
    expect(Number(reactionButtons(app)[0]!.querySelector('.count')!.textContent)).to.equal(
      count + 1,
    );
    reactionButtons(app)[0]!.click();
    await waitUntil(() => reactionButtons(app)[0]!.getAttribute('aria-pressed') === 'false');
    expect(Number(reactionButtons(app)[0]!.querySelector('.count')!.textContent)).to.equal(count);
  });

  it('publishes a comment at the end, and holds one with a link with a note for its author', async () => {
    const app = await mountArticle();
    const before = comments(app).length;
    await write(newForm(app), 'Merci pour ces précisions !');
    await waitUntil(() => comments(app).length === before + 1, 'the comment did not appear');
    expect(commentText(comments(app).at(-1)!)).to.contain('Merci pour ces précisions !');
    expect(inDiscussion(app, '.status')!.textContent!.trim()).to.equal(
      'Votre commentaire est publié.',
    );
    expect(newForm(app).shadowRoot!.querySelector('textarea')!.value).to.equal('');

    await write(newForm(app), 'Les photos : www.example.com/salon');
    await waitUntil(() => comments(app).length === before + 2, 'the held comment did not appear');
    expect(commentText(comments(app).at(-1)!)).to.contain(
      'En attente de modération. Il contient un lien. Seuls vous et la rédaction le voyez',
    );
    expect(inDiscussion(app, '.status')!.textContent).to.contain('attend l’approbation');
  });

  it('answers a thread under it, and gives focus back to Reply on cancel', async () => {
    const app = await mountArticle();
    const thread = comments(app)[0]!;
    thread.shadowRoot!.querySelector<HTMLButtonElement>('button.reply')!.click();
    await waitUntil(() => inDiscussion(app, '.reply-form') !== null, 'no reply form');
    const form = inDiscussion(app, '.reply-form')!;
    expect(form.shadowRoot!.querySelector('label')!.textContent).to.contain('Votre réponse à');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=button]')!.click();
    await waitUntil(() => inDiscussion(app, '.reply-form') === null, 'the form stayed open');
    await waitUntil(() => thread.shadowRoot!.activeElement?.classList.contains('reply') === true);

    thread.shadowRoot!.querySelector<HTMLButtonElement>('button.reply')!.click();
    await waitUntil(() => inDiscussion(app, '.reply-form') !== null, 'no reply form');
    const replies = () => [
      ...thread.parentElement!.querySelectorAll<PiazzaNewsComment>('.replies piazza-news-comment'),
    ];
    const count = replies().length;
    await write(inDiscussion(app, '.reply-form')!, 'Bonne idée.');
    await waitUntil(() => replies().length === count + 1, 'the reply did not appear');
    expect(replies().at(-1)!.comment!.body).to.equal('Bonne idée.');
    expect(inDiscussion(app, '.reply-form')).to.equal(null);
  });

  it('keeps a comment written without signal in the thread as waiting, and sends it once back', async () => {
    const app = await mountArticle();
    const before = comments(app).length;
    (await startMockWorker()).use(
      graphql.mutation('AddComment', () => HttpResponse.error(), { once: true }),
    );
    await write(newForm(app), 'Écrit depuis le parking');
    await waitUntil(() => inDiscussion(app, '.waiting') !== null, 'not shown as waiting');
    const waiting = inDiscussion(app, '.waiting')!.textContent!.replace(/\s+/g, ' ');
    expect(waiting).to.contain('En attente d’envoi').and.contain('Écrit depuis le parking');
    expect(inDiscussion(app, '.status')!.textContent).to.contain('enregistré sur cet appareil');
    expect(newForm(app).shadowRoot!.querySelector('textarea')!.value).to.equal('');
    expect(comments(app).length).to.equal(before);

    await (await discussion(app)!.portal!.outbox()).flush();
    const sent = () => comments(app).filter((c) => c.comment?.body === 'Écrit depuis le parking');
    await waitUntil(() => sent().length === 1, 'the sent comment did not show');
    await waitUntil(() => inDiscussion(app, '.waiting') === null, 'still shown as waiting');
    expect(comments(app).length).to.equal(before + 1);
  });

  it('keeps a reply the server refuses in its form, with the reason, not in the outbox', async () => {
    const app = await mountArticle();
    (await startMockWorker()).use(
      graphql.mutation(
        'AddComment',
        () =>
          HttpResponse.json({
            errors: [
              {
                message: 'A held or hidden comment cannot be answered',
                extensions: { code: 'BAD_USER_INPUT', reason: 'PARENT_NOT_VISIBLE' },
              },
            ],
          }),
        { once: true },
      ),
    );
    comments(app)[0]!.shadowRoot!.querySelector<HTMLButtonElement>('button.reply')!.click();
    await waitUntil(() => inDiscussion(app, '.reply-form') !== null, 'no reply form');
    const form = inDiscussion(app, '.reply-form')!;
    await write(form, 'Trop tard ?');
    await waitUntil(() => form.shadowRoot!.querySelector('[role=alert] p') !== null, 'no reason');
    expect(form.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain(
      'On ne peut plus répondre à ce commentaire',
    );
    expect(form.shadowRoot!.querySelector('textarea')!.value).to.equal('Trop tard ?');
    expect(inDiscussion(app, '.waiting')).to.equal(null);
    const outbox = await discussion(app)!.portal!.outbox();
    expect(outbox.entries().map((entry) => entry.label.key)).not.to.include(
      'outbox.label.newsComment',
    );
  });

  it('says in French why an edit was refused, and keeps what was typed', async () => {
    const app = await mountArticle();
    await write(newForm(app), 'Premier jet');
    await waitUntil(() => comments(app).at(-1)?.comment?.body === 'Premier jet');
    (await startMockWorker()).use(
      graphql.mutation('EditComment', () =>
        HttpResponse.json({
          errors: [
            {
              message: 'A comment can be changed for 15 minutes after it was written',
              extensions: { code: 'BAD_USER_INPUT', reason: 'EDIT_WINDOW_CLOSED' },
            },
          ],
        }),
      ),
    );
    const mine = comments(app).at(-1)!;
    mine.shadowRoot!.querySelector<HTMLButtonElement>('button.edit')!.click();
    await waitUntil(() => mine.shadowRoot!.querySelector('piazza-news-comment-form') !== null);
    const form = mine.shadowRoot!.querySelector('piazza-news-comment-form')!;
    await write(form, 'Version corrigée');
    await waitUntil(() => form.shadowRoot!.querySelector('[role=alert] p') !== null, 'no error');
    expect(form.shadowRoot!.querySelector('[role=alert] p')!.textContent).to.equal(
      'Un commentaire ne peut être modifié que dans les 15 minutes qui suivent sa publication. Votre texte est toujours là : copiez-le si besoin.',
    );
    expect(form.shadowRoot!.querySelector('textarea')!.value).to.equal('Version corrigée');
  });

  it('reports a comment with a reason after asking, and then says it was reported', async () => {
    const app = await mountArticle();
    const other = comments(app).find((c) => !c.comment!.mine && c.comment!.status === 'VISIBLE')!;
    other.shadowRoot!.querySelector<HTMLButtonElement>('button.report')!.click();
    const dialog = () =>
      inDiscussion(app, 'piazza-news-report-dialog')!.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog().open, 'no dialog');
    expect(dialog().querySelector('h2')!.textContent).to.equal('Signaler ce commentaire ?');
    await expect(dialog()).to.be.accessible();
    dialog().querySelector<HTMLButtonElement>('button.piazza-button--primary')!.click();
    await waitUntil(() => dialog().querySelector('[role=alert] p') !== null, 'no error');
    expect(dialog().querySelector('[role=alert] p')!.textContent).to.equal(
      'Dites pourquoi la rédaction devrait examiner ce commentaire.',
    );
    const textarea = dialog().querySelector('textarea')!;
    textarea.value = 'Petite annonce';
    textarea.dispatchEvent(new InputEvent('input'));
    dialog().querySelector<HTMLButtonElement>('button.piazza-button--primary')!.click();
    await waitUntil(() => !dialog().open, 'the dialog stayed open');
    await waitUntil(() => commentText(other).includes('Vous avez signalé ce commentaire.'));
    expect(other.shadowRoot!.querySelector('button.report')).to.equal(null);
    expect(inDiscussion(app, '.status')!.textContent!.trim()).to.equal(
      'Merci. Votre signalement a été envoyé à la rédaction.',
    );
  });

  it('fits a 360 px screen with 44 px targets', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const app = await mountArticle();
      const root = discussion(app)!;
      expect(root.getBoundingClientRect().width).to.be.at.most(360);
      const buttons = [
        ...reactionButtons(app),
        ...comments(app).flatMap((c) => [...c.shadowRoot!.querySelectorAll('button')]),
        ...newForm(app).shadowRoot!.querySelectorAll('button'),
      ];
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        expect(box.height, button.textContent!).to.be.at.least(44);
        expect(box.width, button.textContent!).to.be.at.least(44);
        expect(box.right).to.be.at.most(360);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
