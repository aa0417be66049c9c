import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import {
  PEOPLE,
  deep,
  deepAll,
  found,
  mountTranslations,
  textOf,
  translationsPortal,
  typeInto,
} from '../translations-testing.js';
import { adoptTokens, proposePolish } from './review-testing.js';

const REVIEW = 'piazza-translation-review';

const cards = (app: Element) => deepAll(app, REVIEW, 'li.card');
const cardOf = (app: Element, key: string) =>
  cards(app).find((card) => textOf(card.querySelector('h2')).endsWith(key));
const button = (card: Element | undefined, label: string) =>
  [...(card?.querySelectorAll('button') ?? [])].find((b) => textOf(b) === label)!;

async function openReview(person: (typeof PEOPLE)['tomasz'], locale = 'en') {
  const app = await mountTranslations(await translationsPortal(person, locale), 'pl/review');
  await found(app, REVIEW, 'h1');
  return app;
}

describe('piazza-translation-review', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('shows source, proposal and current text; approving then publishing makes a release', async () => {
    const agnieszka = await translationsPortal(PEOPLE.agnieszka);
    await proposePolish(agnieszka, { namespace: 'news', key: 'feed.title', text: 'Wiadomości' });
    await proposePolish(agnieszka, { namespace: 'news', key: 'feed.save', text: 'Zachowaj' });
    await proposePolish(agnieszka, {
      namespace: 'news',
      key: 'feed.empty',
      text: 'Pusto',
      submit: false,
    });

    const app = await openReview(PEOPLE.tomasz);
    await waitUntil(() => cards(app).length === 2, 'not the two strings in review');
    const title = cardOf(app, 'feed.title');
    expect(textOf(title?.querySelector('.texts'))).to.equal(
      'English News Proposed Wiadomości Shown now Aktualności',
    );
    expect(textOf(title?.querySelector('.badge'))).to.equal('In review');

    button(title, 'Approve').click();
    await waitUntil(
      () => textOf(cardOf(app, 'feed.title')?.querySelector('.badge')) === 'Approved',
    );
    expect(textOf(cardOf(app, 'feed.title')?.querySelector('[role="status"]'))).to.equal(
      'Approved: it goes out with the next publication.',
    );
    // The count is the locale's, asked again of the server after each review.
    const publish = deep<HTMLButtonElement>(app, REVIEW, '.publish button')!;
    await waitUntil(
      () => textOf(publish) === 'Publish 1 approved string',
      `the publish button says "${textOf(publish)}"`,
    );

    publish.click();
    await waitUntil(() => textOf(deep(app, REVIEW, '.publish [role="status"]')) !== '');
    expect(textOf(deep(app, REVIEW, '.publish [role="status"]'))).to.match(
      /^Release 1 published with 1 string\./,
    );
    expect(cards(app).map((card) => textOf(card.querySelector('h2')))).to.deep.equal([
      'News · feed.save',
    ]);
    await expect(deep(app, REVIEW)).to.be.accessible();
  });

  it('asks for a comment before sending a string back, and sends it back with it', async () => {
    const agnieszka = await translationsPortal(PEOPLE.agnieszka);
    await proposePolish(agnieszka, { namespace: 'news', key: 'feed.testDrive', text: 'Jazda' });
    const app = await openReview(PEOPLE.tomasz, 'pl');
    await waitUntil(() => cardOf(app, 'feed.testDrive') !== undefined, 'not in review');
    const card = cardOf(app, 'feed.testDrive')!;
    const comment = card.querySelector('textarea')!;

    button(card, 'Odeślij').click();
    await waitUntil(() => textOf(card.querySelector('[role="alert"]')) !== '', 'no refusal');
    expect(textOf(card.querySelector('[role="alert"]'))).to.equal(
      'Napisz komentarz, by tłumacz wiedział, co zmienić.',
    );
    expect(comment.getAttribute('aria-invalid')).to.equal('true');

    typeInto(comment, 'Użyj terminu z glosariusza: jazda próbna.');
    button(card, 'Odeślij').click();
    await waitUntil(
      () => textOf(card.querySelector('.badge')) === 'Wersja robocza',
      'not sent back',
    );
    expect(textOf(card.querySelector('[role="status"]'))).to.equal(
      'Odesłano do tłumacza z twoim komentarzem.',
    );
    expect(textOf(card.querySelector('[role="alert"]'))).to.equal('');
    expect(card.querySelector('textarea')).to.equal(null);
  });

  it('says why a reviewer may not approve their own translation', async () => {
    const tomasz = await translationsPortal(PEOPLE.tomasz);
    await proposePolish(tomasz, { namespace: 'common', key: 'actions.retry', text: 'Ponów' });
    const app = await openReview(PEOPLE.tomasz);
    await waitUntil(() => cardOf(app, 'actions.retry') !== undefined, 'not in review');
    const card = cardOf(app, 'actions.retry')!;
    button(card, 'Approve').click();
    await waitUntil(() => textOf(card.querySelector('[role="alert"]')) !== '', 'no refusal');
    expect(textOf(card.querySelector('[role="alert"]'))).to.equal(
      'You cannot approve your own translation: another reviewer must do it.',
    );
    expect(textOf(card.querySelector('.badge'))).to.equal('In review');
  });

  it('offers a translator no reviewer’s actions', async () => {
    const agnieszka = await translationsPortal(PEOPLE.agnieszka);
    await proposePolish(agnieszka, { namespace: 'common', key: 'actions.save', text: 'Zapisz to' });
    const app = await mountTranslations(agnieszka, 'pl/review');
    await waitUntil(() => cards(app).length > 0, 'nothing in review');
    expect(deepAll(app, REVIEW, 'button')).to.have.length(0);
  });

  it('fits a 360 px screen with 44 px targets', async () => {
    adoptTokens();
    await setViewport({ width: 360, height: 800 });
    try {
      const app = await openReview(PEOPLE.tomasz, 'pl');
      await waitUntil(() => cards(app).length > 0, 'nothing in review');
      for (const card of cards(app)) {
        expect(card.getBoundingClientRect().right).to.be.at.most(360);
        for (const target of card.querySelectorAll('button')) {
          expect(target.getBoundingClientRect().height, textOf(target)).to.be.at.least(44);
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
