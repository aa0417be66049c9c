import { expect, fixture, html } from '@open-wc/testing';
import type { TFunction } from 'i18next';
import { articleVideo, attachmentList, liveStreamBlock, topicLinks } from './article-extras.js';
import type { NewsArticleQuery } from './news-article.generated.js';

type Article = NonNullable<NewsArticleQuery['article']>;

/** Keys with their values, so that the test reads what would be translated. */
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

const article = {
  id: 'a1',
  title: 'Nuova gamma Lumo',
  category: 'AFTER_SALES',
  tags: ['recall', 'ev'],
  attachments: [
    {
      name: 'Procedura.pdf',
      url: '/media/uploads/x.pdf',
      contentType: 'application/pdf',
      size: 2_400_000,
    },
    { name: 'Schema.png', url: '/media/uploads/y.png', contentType: 'image/png', size: 820_000 },
  ],
  liveStream: {
    startsAt: '2026-12-01T13:00:00Z',
    endsAt: '2026-12-01T14:00:00Z',
    url: 'https://live.example.com/lumo',
    embedUrl: null,
    provider: null,
  },
  video: { embedUrl: 'https://player.vimeo.com/video/76979871', provider: 'Vimeo' },
} as unknown as Article;

const portal = { href: (path: string) => `/portal/${path}`, navigate: () => {} } as never;
const context = { t, locale: 'it', portal };

describe('the extras of an article page', () => {
  it('shows a stream as coming, live with a way in, then over without one', async () => {
    const at = (iso: string) =>
      fixture(html`<div>${liveStreamBlock(article, context, Date.parse(iso))}</div>`);
    const soon = await at('2026-12-01T12:50:00Z');
    expect(soon.querySelector('h2')!.textContent!.trim()).to.equal('article.live.soon');
    expect(soon.querySelector('a.join')!.getAttribute('href')).to.equal(
      'https://live.example.com/lumo',
    );
    const live = await at('2026-12-01T13:10:00Z');
    expect(live.querySelector('h2')!.textContent!.trim()).to.equal('article.live.live');
    expect(live.querySelector('.live-dot')).to.not.equal(null);
    const over = await at('2026-12-01T14:00:00Z');
    expect(over.querySelector('h2')!.textContent!.trim()).to.equal('article.live.ended');
    expect(over.querySelector('a.join')).to.equal(null);
  });

  it('plays a stream that can be embedded in the article while it is live, and links to it before', async () => {
    const embeddable = {
      ...article,
      liveStream: {
        ...article.liveStream!,
        url: 'https://www.youtube.com/live/aqz-KE-bpKQ',
        embedUrl: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ',
        provider: 'YouTube',
      },
    };
    const at = (iso: string) =>
      fixture(html`<div>${liveStreamBlock(embeddable, context, Date.parse(iso))}</div>`);
    const soon = await at('2026-12-01T12:50:00Z');
    expect(soon.querySelector('piazza-news-video-player')).to.equal(null);
    expect(soon.querySelector('a.join')!.getAttribute('href')).to.equal(
      'https://www.youtube.com/live/aqz-KE-bpKQ',
    );
    const live = await at('2026-12-01T13:10:00Z');
    expect(live.querySelector('a.join')).to.equal(null);
    const player = live.querySelector('piazza-news-video-player')!;
    expect(player.src).to.equal('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ');
    expect(player.playLabel).to.equal('article.live.play {"provider":"YouTube"}');
    expect(player.frameTitle).to.equal('article.live.frameTitle {"title":"Nuova gamma Lumo"}');
    expect(player.lang).to.equal('it');
  });

  it('shows the article’s video as a player naming its provider', async () => {
    const shown = await fixture(html`<div>${articleVideo(article, context)}</div>`);
    const player = shown.querySelector('piazza-news-video-player')!;
    expect(player.src).to.equal('https://player.vimeo.com/video/76979871');
    expect(player.playLabel).to.equal('article.video.play {"provider":"Vimeo"}');
    expect(player.frameTitle).to.equal('article.video.frameTitle {"title":"Nuova gamma Lumo"}');
    const none = await fixture(
      html`<div>${articleVideo({ ...article, video: null }, context)}</div>`,
    );
    expect(none.querySelector('piazza-news-video-player')).to.equal(null);
  });

  it('lists attachments as downloads with their kind and size', async () => {
    const list = await fixture(html`<div>${attachmentList(article, context)}</div>`);
    const links = [...list.querySelectorAll('li a')];
    expect(links.map((a) => a.getAttribute('download'))).to.deep.equal([
      'Procedura.pdf',
      'Schema.png',
    ]);
    const meta = [...list.querySelectorAll('.file-meta')].map((m) =>
      m.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(meta).to.deep.equal([
      'article.attachments.pdf · 2,4 MB',
      'article.attachments.image · 820 kB',
    ]);
  });

  it('links the category and each tag to the feed narrowed to it', async () => {
    const nav = await fixture(html`<div>${topicLinks(article, context)}</div>`);
    expect([...nav.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '/portal/news?category=AFTER_SALES',
      '/portal/news?tag=recall',
      '/portal/news?tag=ev',
    ]);
  });
});
