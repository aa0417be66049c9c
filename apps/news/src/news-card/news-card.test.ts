import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createTestPortal } from '../../../../mocks/test-portal.js';
import type { ArticleSummaryFieldsFragment } from '../news-article.fragment.generated.js';
import { formatDeadline } from '@piazza/shared';
import type { NewsOpenArticleEvent, PiazzaNewsCard } from './news-card.js';
import './news-card.js';

const article = (
  locale: string,
  mustRead: Partial<ArticleSummaryFieldsFragment> = {},
): ArticleSummaryFieldsFragment => ({
  id: 'article-0042',
  locale,
  title: 'Campagne hiver',
  summary: 'Les contrôles commencent lundi.',
  imageUrl: '/media/workshop.svg',
  imageAlt: 'Un atelier',
  publishedAt: new Date().toISOString(),
  mustRead: false,
  mustReadBy: null,
  acknowledgedAt: null,
  author: { displayName: 'Élodie Leroy' },
  ...mustRead,
});

const HOUR_MS = 3_600_000;

async function card(
  locale: string,
  mustRead: Partial<ArticleSummaryFieldsFragment> = {},
): Promise<PiazzaNewsCard> {
  return fixture<PiazzaNewsCard>(
    html`<piazza-news-card
      .article=${article(locale, mustRead)}
      href="/portal/news/article-0042"
      locale="fr"
    ></piazza-news-card>`,
  );
}

describe('piazza-news-card', () => {
  before(() =>
    createTestPortal({
      personId: 'person-demo-fr-sales',
      locale: 'fr',
      app: { namespace: 'news', folder: 'apps/news' },
    }),
  );

  it('says which language an article is in when it is not the reader’s', async () => {
    const meta = (await card('es')).shadowRoot!.querySelector('.meta')!.textContent!;
    expect(meta).to.contain('Langue : espagnol');
    const own = (await card('fr')).shadowRoot!.querySelector('.meta')!.textContent!;
    expect(own).to.not.contain('Langue');
  });

  it('is a real link, and a plain click asks to open the article in place', async () => {
    const element = await card('fr');
    const link = element.shadowRoot!.querySelector('h2 a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/portal/news/article-0042');
    setTimeout(() => link.click());
    const event = (await oneEvent(element, 'piazza-news-open-article')) as NewsOpenArticleEvent;
    expect(event.articleId).to.equal('article-0042');
    expect(window.location.pathname).to.not.equal('/portal/news/article-0042');
  });

  it('tags a must-read with its deadline, says in words when it is overdue, and when it is done', async () => {
    const due = new Date(Date.now() + 2 * 24 * HOUR_MS).toISOString();
    const upcoming = (await card('fr', { mustRead: true, mustReadBy: due })).shadowRoot!;
    expect(upcoming.querySelector('.tag')!.textContent).to.equal('Lecture obligatoire');
    expect(upcoming.querySelector('.deadline')!.textContent).to.equal(
      `Date limite : ${formatDeadline(due, 'fr')}`,
    );

    const late = new Date(Date.now() - HOUR_MS).toISOString();
    const overdue = (await card('fr', { mustRead: true, mustReadBy: late })).shadowRoot!;
    expect(overdue.querySelector('.deadline')!.textContent).to.match(/^En retard depuis /);

    const acknowledgedAt = new Date().toISOString();
    const done = (await card('fr', { mustRead: true, mustReadBy: due, acknowledgedAt }))
      .shadowRoot!;
    expect(done.querySelector('.tag')!.textContent).to.contain('Lu et confirmé');
    expect(done.querySelector('.deadline')).to.equal(null);

    expect((await card('fr')).shadowRoot!.querySelector('.must-read')).to.equal(null);
  });
});
