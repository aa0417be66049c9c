import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateNetwork } from '../../server/src/seed/generate-network.js';
import { graphqlAs } from './support/api.js';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage, signInAs, signInById } from './support/browser.js';
import { pattern, wordsOf } from './support/words.js';

const baseUrl = inject('baseUrl');
const ADMIN = 'person-demo-admin';
const { people } = generateNetwork();
/** Tells this run's comments from any other's. */
const RUN = Date.now().toString(36);

/**
 * The editor of a reader's community (brand × country): the seed's, signed in by id, as
 * only Lumo Italy's editor is on the sign-in page.
 */
function editorFor(readerId: string): string {
  const reader = people.find((p) => p.id === readerId)!;
  return people.find(
    (p) =>
      p.job === 'EDITOR' && p.brandId === reader.brandId && p.countryCode === reader.countryCode,
  )!.id;
}

/**
 * Journey 1's readers, each with what they write in their language; the words of the
 * page come from the app's bundles.
 */
const DISCUSSIONS = [
  {
    locale: 'fr',
    personId: 'person-demo-fr-sales',
    name: 'Camille Laurent',
    comment: 'Merci pour cet article très clair !',
    reply: 'Bonne question, je me posais la même.',
    link: `Les photos du salon de Lyon : www.example.com/salon-lyon-${RUN}`,
    reason: 'Lien vers la page officielle du salon',
  },
  {
    locale: 'it',
    personId: 'person-demo-it-service',
    name: 'Marco Bianchi',
    comment: 'Grazie per l’articolo, chiarissimo!',
    reply: 'Bella domanda, me lo chiedevo anch’io.',
    link: `Le foto del salone di Bologna: www.example.com/salone-bologna-${RUN}`,
    reason: 'Link alla pagina ufficiale del salone',
  },
  {
    locale: 'pl',
    personId: 'person-demo-pl-sales',
    name: 'Piotr Kowalski',
    comment: 'Dziękuję za bardzo jasny artykuł!',
    reply: 'Dobre pytanie, też się nad tym zastanawiałem.',
    link: `Zdjęcia z targów w Poznaniu: www.example.com/targi-poznan-${RUN}`,
    reason: 'Link do oficjalnej strony targów',
  },
];
/** Someone at the same dealer in the same job: they read the same news. */
function colleagueOf(personId: string): string {
  const person = people.find((p) => p.id === personId)!;
  return people.find(
    (p) => p.dealerId === person.dealerId && p.job === person.job && p.id !== person.id,
  )!.id;
}

/**
 * Journey 5's moderation: a reader reports an advert a colleague posted under an article
 * they both read, with what each writes in their language.
 */
const REPORTS = [
  {
    locale: 'fr',
    personId: 'person-demo-fr-sales',
    name: 'Camille Laurent',
    posterId: colleagueOf('person-demo-fr-sales'),
    advert: `Je vends ma voiture de fonction, écrivez-moi en privé (${RUN}).`,
    report: 'Annonce personnelle',
    decision: 'Annonce personnelle, hors sujet',
  },
  {
    locale: 'it',
    personId: 'person-demo-it-area',
    name: 'Giulia Ferraro',
    /** Marco Bianchi, service manager at a Lumo dealer of Giulia's area. */
    posterId: 'person-demo-it-service',
    advert: `Vendo la mia auto aziendale, scrivetemi in privato (${RUN}).`,
    report: 'Annuncio personale',
    decision: 'Annuncio personale, fuori tema',
  },
  {
    locale: 'pl',
    personId: 'person-demo-pl-sales',
    name: 'Piotr Kowalski',
    posterId: colleagueOf('person-demo-pl-sales'),
    advert: `Sprzedam samochód służbowy, proszę pisać prywatnie (${RUN}).`,
    report: 'Prywatne ogłoszenie',
    decision: 'Prywatne ogłoszenie, nie na temat',
  },
];
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
  it.each(DISCUSSIONS)(
    'journey 1: $name ($locale) reacts, comments and replies; a link waits for the editor of the community, who approves it',
    async ({ locale, personId, name, comment, reply, link, reason }) => {
      const t = await wordsOf(locale, ['news', 'newsroom', 'common']);
      const editorId = editorFor(personId);
      const article = await discussedArticle(locale, personId);
      const { page, errors } = await openPage(browser, { width: 360, height: 800 });
      await signInAs(page, baseUrl, name);
      await page.goto(`${baseUrl}/news/${article.id}`);
      await expect
        .poll(async () =>
          (await discussion(page).locator('#comments-heading').textContent())?.trim(),
        )
        .toBe(t('discussion.heading', { count: article.commentCount }));

      const like = discussion(page).getByRole('button', {
        name: pattern(t('discussion.reactions.kinds.LIKE')),
      });
      expect(await like.getAttribute('aria-pressed')).toBe('false');
      const likes = Number(await like.locator('.count').textContent());
      await like.click();
      await expect.poll(() => like.getAttribute('aria-pressed')).toBe('true');
      await expect
        .poll(async () => Number(await like.locator('.count').textContent()))
        .toBe(likes + 1);
      expect((await like.boundingBox())!.height).toBeGreaterThanOrEqual(44);

      const newForm = discussion(page).locator('piazza-news-comment-form.new');
      await write(newForm, comment, t('discussion.form.submit'));
      await expect.poll(() => commentWith(page, comment).count()).toBe(1);
      await expect
        .poll(() => discussion(page).getByRole('status').textContent())
        .toContain(t('discussion.form.published'));

      const firstThread = discussion(page).locator('li.thread').first();
      await firstThread
        .getByRole('button', { name: pattern(t('discussion.comment.replyTo', { name: 'OPEN' })) })
        .first()
        .click();
      await write(
        firstThread.locator('piazza-news-comment-form'),
        reply,
        t('discussion.form.replySubmit'),
      );
      await expect.poll(() => firstThread.locator('.replies').getByText(reply).count()).toBe(1);

      await write(newForm, link, t('discussion.form.submit'));
      const held = commentWith(page, link);
      await expect.poll(() => held.textContent()).toContain(t('discussion.comment.held'));
      expect(await held.textContent()).toContain(t('discussion.comment.heldFor.LINK'));
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);

      const threads = await graphqlAs<{
        articleComments: { edges: { node: { id: string; body: string; status: string } }[] };
      }>(
        baseUrl,
        editorId,
        'query ($id: ID!) { articleComments(articleId: $id) { edges { node { id body status } } } }',
        { id: article.id },
      );
      const heldId = threads.articleComments.edges.find((edge) => edge.node.body === link)!.node.id;

      // The editor of the reader's community decides, in the same language, on a phone.
      const editor = await openPage(browser, { width: 360, height: 800 });
      await signInById(editor.page, baseUrl, editorId);
      await editor.page.goto(`${baseUrl}/newsroom/moderation`);
      const item = queueItem(editor.page, link);
      await expect
        .poll(() => item.textContent())
        .toContain(t('newsroom:moderation.item.heldFor.LINK'));
      expect(await item.textContent()).toContain(article.title);
      expect(await axeViolations(editor.page)).toEqual([]);
      await item.getByLabel(t('newsroom:moderation.item.reasonLabel')).fill(reason);
      await item
        .getByRole('button', { name: t('newsroom:moderation.item.approve'), exact: true })
        .click();
      await expect.poll(() => item.count()).toBe(0);
      await expect
        .poll(() => editor.page.locator('piazza-newsroom-moderation-queue .status').textContent())
        .toContain(t('newsroom:moderation.approved'));
      expect(editor.errors).toEqual([]);

      const [entry] = (await auditOf(heldId)).auditLog.edges.map((edge) => edge.node);
      expect(entry).toMatchObject({ action: 'comment.approve', actor: { id: editorId } });
      expect(JSON.parse(entry!.details)).toMatchObject({
        reason,
        previousStatus: 'held',
        heldFor: 'LINK',
      });
      await reopenArticle(page, t('article.back'));
      await expect.poll(() => held.textContent()).toContain(link);
      // The cached thread shows first; the server's answer brings the approval.
      await expect.poll(() => held.textContent()).not.toContain(t('discussion.comment.held'));
    },
  );

  it.each(REPORTS)(
    'journey 5: $name ($locale) reports a colleague’s comment, which the editor of the community hides, in the same language, and it is audited',
    async ({ locale, personId, name, posterId, advert, report, decision }) => {
      const t = await wordsOf(locale, ['news', 'newsroom', 'common']);
      const editorId = editorFor(personId);
      const article = await discussedArticle(locale, personId, posterId);
      const posted = await graphqlAs<{ addComment: { id: string } }>(
        baseUrl,
        posterId,
        'mutation ($id: ID!, $body: String!) { addComment(articleId: $id, body: $body) { id } }',
        { id: article.id, body: advert },
      );

      // The reader reports it from the article.
      const reader = await openPage(browser);
      await signInAs(reader.page, baseUrl, name);
      await reader.page.goto(`${baseUrl}/news/${article.id}`);
      const comment = commentWith(reader.page, advert);
      await comment
        .getByRole('button', {
          name: pattern(t('discussion.comment.reportComment', { name: 'OPEN' })),
        })
        .click();
      const dialog = discussion(reader.page).getByRole('dialog', {
        name: t('discussion.report.title'),
      });
      await dialog.getByLabel(t('discussion.report.reasonLabel')).fill(report);
      await dialog.getByRole('button', { name: t('discussion.report.confirm') }).click();
      await expect.poll(() => comment.textContent()).toContain(t('discussion.comment.reported'));
      expect(reader.errors).toEqual([]);

      // The editor of the community hides it.
      const editor = await openPage(browser);
      await signInById(editor.page, baseUrl, editorId);
      await editor.page.goto(`${baseUrl}/newsroom/moderation`);
      await expect
        .poll(() =>
          editor.page
            .getByRole('link', { name: t('newsroom:moderation.nav') })
            .getAttribute('aria-current'),
        )
        .toBe('page');
      const item = queueItem(editor.page, advert);
      await expect
        .poll(() => item.textContent())
        .toContain(t('newsroom:moderation.item.reported', { count: 1 }));
      expect(await item.textContent()).toContain(report);
      await item.getByLabel(t('newsroom:moderation.item.reasonLabel')).fill(decision);
      await item
        .getByRole('button', { name: t('newsroom:moderation.item.hide'), exact: true })
        .click();
      await expect.poll(() => item.count()).toBe(0);
      expect(await axeViolations(editor.page)).toEqual([]);
      expect(editor.errors).toEqual([]);

      await reopenArticle(reader.page, t('article.back'));
      await expect
        .poll(() => commentWith(reader.page, t('discussion.comment.hidden')).count())
        .toBe(1);
      expect(await discussion(reader.page).getByText(advert).count()).toBe(0);

      const [entry] = (await auditOf(posted.addComment.id)).auditLog.edges.map((edge) => edge.node);
      expect(entry).toMatchObject({ action: 'comment.hide', actor: { id: editorId } });
      expect(JSON.parse(entry!.details)).toMatchObject({ reason: decision, openReports: 1 });
    },
  );
});
