import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateNetwork } from '../../server/src/seed/generate-network.js';
import { graphqlAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInAs } from './support/browser.js';

const baseUrl = inject('baseUrl');
const LYON_SALESPERSON = 'person-demo-fr-sales';
const LUMO_AREA_MANAGER = 'person-demo-it-area';
const LUMO_SERVICE_MANAGER = 'person-demo-it-service';
const ADMIN = 'person-demo-admin';
/** The editor of Veyra France: not on the sign-in page, signed in by id. */
const VEYRA_FRANCE_EDITOR = generateNetwork().people.find(
  (p) => p.job === 'EDITOR' && p.brandId === 'brand-veyra' && p.countryCode === 'FR',
)!.id;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Feed {
  newsFeed: { edges: { node: { id: string; title: string; commentCount: number } }[] };
}

/** The first article of the reader's feed with comments already, that the others read too. */
async function discussedArticle(locale: string, reader: string, ...others: string[]) {
  const feed = (personId: string) =>
    graphqlAs<Feed>(
      baseUrl,
      personId,
      `query ($locale: String) {
        newsFeed(first: 50, locale: $locale) { edges { node { id title commentCount } } }
      }`,
      { locale },
    ).then((data) => data.newsFeed.edges.map((edge) => edge.node));
  const theirs = await Promise.all(others.map(feed));
  return (await feed(reader)).find(
    (article) =>
      article.commentCount > 0 && theirs.every((list) => list.some((a) => a.id === article.id)),
  )!;
}

/** Signs in as anyone, as the demo sign-in does for the people it lists. */
async function signInById(page: Page, personId: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.evaluate(async (id) => {
    const response = await fetch('/auth/demo/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: id }),
    });
    const { accessToken } = (await response.json()) as { accessToken: string };
    sessionStorage.setItem('piazza.demoToken', accessToken);
    sessionStorage.setItem('piazza.demoPerson', id);
  }, personId);
}

/** Back to the feed and to the article again (history), as a reader returning to it. */
async function reopenArticle(page: Page, backLabel: string): Promise<void> {
  await page.getByRole('link', { name: backLabel }).click();
  await page.locator('piazza-news-feed').waitFor();
  await page.goBack();
  await page.locator('piazza-news-discussion #comments-heading').waitFor();
}

const discussion = (page: Page) => page.locator('piazza-news-discussion');
/** A comment of the thread list by a piece of its text. */
const commentWith = (page: Page, text: string) =>
  discussion(page).locator('piazza-news-comment .comment').filter({ hasText: text });
const queueItem = (page: Page, text: string) =>
  page.locator('piazza-newsroom-moderation-item article').filter({ hasText: text });

async function write(form: Locator, text: string, submit: string | RegExp): Promise<void> {
  await form.locator('textarea').fill(text);
  await form.getByRole('button', { name: submit }).click();
}

interface Audit {
  auditLog: { edges: { node: { action: string; actor: { id: string }; details: string } }[] };
}

const auditOf = (commentId: string) =>
  graphqlAs<Audit>(
    baseUrl,
    ADMIN,
    `query ($id: ID!) { auditLog(filter: { targetId: $id }) {
      edges { node { action actor { id } details } } } }`,
    { id: commentId },
  );

describe('reactions, comments and moderation', () => {
  it('journey 1: Camille reacts, comments and replies in French; her link waits for the Veyra France editor, who approves it', async () => {
    const article = await discussedArticle('fr', LYON_SALESPERSON);
    const { page, errors } = await openPage(browser, { width: 360, height: 800 });
    await signInAs(page, baseUrl, 'Camille Laurent');
    await page.goto(`${baseUrl}/news/${article.id}`);
    await expect
      .poll(() => discussion(page).locator('#comments-heading').textContent())
      .toMatch(new RegExp(`^\\s*${article.commentCount} commentaires?\\s*$`));

    const like = discussion(page).getByRole('button', { name: /J’aime/ });
    expect(await like.getAttribute('aria-pressed')).toBe('false');
    const likes = Number(await like.locator('.count').textContent());
    await like.click();
    await expect.poll(() => like.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(async () => Number(await like.locator('.count').textContent()))
      .toBe(likes + 1);
    expect((await like.boundingBox())!.height).toBeGreaterThanOrEqual(44);

    const newForm = discussion(page).locator('piazza-news-comment-form.new');
    await write(newForm, 'Merci pour cet article très clair !', 'Publier');
    await expect.poll(() => commentWith(page, 'Merci pour cet article très clair').count()).toBe(1);
    await expect
      .poll(() => discussion(page).getByRole('status').textContent())
      .toMatch(/Votre commentaire est publié/);

    const firstThread = discussion(page).locator('li.thread').first();
    await firstThread
      .getByRole('button', { name: /^Répondre à / })
      .first()
      .click();
    await write(
      firstThread.locator('piazza-news-comment-form'),
      'Bonne question, je me posais la même.',
      'Répondre',
    );
    await expect
      .poll(() => firstThread.locator('.replies').getByText('je me posais la même').count())
      .toBe(1);

    await write(newForm, 'Les photos du salon de Lyon : www.example.com/salon-lyon', 'Publier');
    const held = commentWith(page, 'www.example.com/salon-lyon');
    await expect.poll(() => held.textContent()).toMatch(/En attente de modération/);
    expect(await held.textContent()).toMatch(/Il contient un lien/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    const threads = await graphqlAs<{
      articleComments: { edges: { node: { id: string; body: string; status: string } }[] };
    }>(
      baseUrl,
      VEYRA_FRANCE_EDITOR,
      'query ($id: ID!) { articleComments(articleId: $id) { edges { node { id body status } } } }',
      { id: article.id },
    );
    const heldId = threads.articleComments.edges.find((edge) =>
      edge.node.body.includes('salon-lyon'),
    )!.node.id;

    // The editor of Veyra France decides, in French, on a phone.
    const editor = await openPage(browser, { width: 360, height: 800 });
    await signInById(editor.page, VEYRA_FRANCE_EDITOR);
    await editor.page.goto(`${baseUrl}/newsroom/moderation`);
    const item = queueItem(editor.page, 'salon-lyon');
    await expect.poll(() => item.textContent()).toMatch(/Retenu : il contient un lien/);
    expect(await item.textContent()).toContain(article.title);
    expect(await axeViolations(editor.page)).toEqual([]);
    await item.getByLabel('Raison de votre décision').fill('Lien vers la page officielle du salon');
    await item.getByRole('button', { name: 'Approuver' }).click();
    await expect.poll(() => item.count()).toBe(0);
    await expect
      .poll(() => editor.page.locator('piazza-newsroom-moderation-queue .status').textContent())
      .toMatch(/Le commentaire est approuvé/);
    expect(editor.errors).toEqual([]);

    const [entry] = (await auditOf(heldId)).auditLog.edges.map((edge) => edge.node);
    expect(entry).toMatchObject({ action: 'comment.approve', actor: { id: VEYRA_FRANCE_EDITOR } });
    expect(JSON.parse(entry!.details)).toMatchObject({
      reason: 'Lien vers la page officielle du salon',
      previousStatus: 'held',
      heldFor: 'LINK',
    });
    await reopenArticle(page, 'Toutes les actualités');
    await expect.poll(() => held.textContent()).toContain('www.example.com/salon-lyon');
    // The cached thread shows first; the server's answer brings the approval.
    await expect.poll(() => held.textContent()).not.toMatch(/En attente de modération/);
  });

  it('journey 5: a comment reported in Italian is hidden by the Lumo editor, in Italian, and audited', async () => {
    const article = await discussedArticle('it', LUMO_AREA_MANAGER, LUMO_SERVICE_MANAGER);
    const advert = 'Vendo la mia auto aziendale, scrivetemi in privato.';
    const posted = await graphqlAs<{ addComment: { id: string } }>(
      baseUrl,
      LUMO_SERVICE_MANAGER,
      'mutation ($id: ID!, $body: String!) { addComment(articleId: $id, body: $body) { id } }',
      { id: article.id, body: advert },
    );

    // Giulia reports it from the article.
    const reader = await openPage(browser);
    await signInAs(reader.page, baseUrl, 'Giulia Ferraro');
    await reader.page.goto(`${baseUrl}/news/${article.id}`);
    const comment = commentWith(reader.page, advert);
    await comment.getByRole('button', { name: /^Segnala il commento di / }).click();
    const dialog = discussion(reader.page).getByRole('dialog', {
      name: 'Segnalare questo commento?',
    });
    await dialog.getByLabel('Perché i redattori dovrebbero esaminarlo?').fill('Annuncio personale');
    await dialog.getByRole('button', { name: 'Invia la segnalazione' }).click();
    await expect.poll(() => comment.textContent()).toMatch(/Hai segnalato questo commento/);
    expect(reader.errors).toEqual([]);

    // Francesca, who edits Lumo Italy, hides it.
    const editor = await openPage(browser);
    await signInAs(editor.page, baseUrl, 'Francesca Romano');
    await editor.page.goto(`${baseUrl}/newsroom/moderation`);
    await expect
      .poll(() =>
        editor.page.getByRole('link', { name: 'Moderazione' }).getAttribute('aria-current'),
      )
      .toBe('page');
    const item = queueItem(editor.page, advert);
    await expect.poll(() => item.textContent()).toMatch(/Segnalato una volta/);
    expect(await item.textContent()).toContain('Annuncio personale');
    await item.getByLabel('Motivo della decisione').fill('Annuncio personale, fuori tema');
    await item.getByRole('button', { name: 'Nascondi' }).click();
    await expect.poll(() => item.count()).toBe(0);
    expect(await axeViolations(editor.page)).toEqual([]);
    expect(editor.errors).toEqual([]);

    await reopenArticle(reader.page, 'Tutte le notizie');
    await expect.poll(() => commentWith(reader.page, 'nascosto da un moderatore').count()).toBe(1);
    expect(await discussion(reader.page).getByText(advert).count()).toBe(0);

    const [entry] = (await auditOf(posted.addComment.id)).auditLog.edges.map((edge) => edge.node);
    expect(entry).toMatchObject({ action: 'comment.hide', actor: { id: 'person-demo-it-editor' } });
    expect(JSON.parse(entry!.details)).toMatchObject({
      reason: 'Annuncio personale, fuori tema',
      openReports: 1,
    });
  });
});
