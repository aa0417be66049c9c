import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import i18next from 'i18next';
import { Observable } from '@apollo/client';
import { LocalizeController } from '@piazza/shared';
import type { SseOperationContext } from '../boot/sse-link.js';
import { baseLocale } from '../boot/i18n.js';
import {
  PublishedTranslations,
  type PublishedTranslationsOptions,
} from './published-translations.js';

/** Shows one string of the news namespace, as an app's element does. */
class NewsTitle extends LitElement {
  private readonly l10n = new LocalizeController(this, 'news');
  override render() {
    return html`<h2>${this.l10n.t('feed.title')}</h2>`;
  }
}
customElements.define('test-news-title', NewsTitle);

const shown = (element: Element) => element.shadowRoot!.querySelector('h2')!.textContent;

interface Published {
  locale: string;
  release: number;
}

/**
 * The server as the portal sees it: each locale's current release, the publications'
 * files, and the `translationsPublished` stream.
 */
function fakeServer(releases: Record<string, number>, files: Record<string, object>) {
  const fetched: string[] = [];
  let stream: { next(value: { data: { translationsPublished: Published } }): void } | undefined;
  let context: SseOperationContext | undefined;
  const client = {
    query: async ({ variables }: { variables: { locale: string } }) => ({
      data: {
        translationRelease: { locale: variables.locale, release: releases[variables.locale] ?? 0 },
      },
    }),
    subscribe: (options: { context: SseOperationContext }) => {
      context = options.context;
      return new Observable((observer) => {
        stream = observer;
      });
    },
  } as unknown as PublishedTranslationsOptions['client'];
  const fetchApi = async (path: string) => {
    fetched.push(path);
    const file = files[path];
    return file ? Response.json(file) : new Response('', { status: 404 });
  };
  return {
    options: { client, fetchApi, baseLocale },
    fetched,
    publish(published: Published) {
      releases[published.locale] = published.release;
      stream!.next({ data: { translationsPublished: published } });
    },
    reconnect: () => context!.onReconnect!(),
  };
}

const built = {
  news: { feed: { title: 'Noticias', empty: 'Nada nuevo' } },
  admin: { people: { title: 'Personas' } },
};

async function startIn(locale: string, namespaces: (keyof typeof built)[] = ['news']) {
  await i18next.init({
    lng: locale,
    fallbackLng: { 'es-CL': ['es', 'en'], default: ['en'] },
    resources: {},
  });
  for (const ns of namespaces) {
    i18next.addResourceBundle('es', ns, structuredClone(built[ns]), true, true);
    i18next.addResourceBundle('es-CL', ns, {}, true, true);
  }
  i18next.addResourceBundle('pl', 'news', { feed: { title: 'Aktualności' } }, true, true);
}

describe('published translations', () => {
  let published: PublishedTranslations | undefined;
  afterEach(() => {
    published?.stop();
    published = undefined;
  });

  it('lays the current publication over the built text at start, and re-renders', async () => {
    await startIn('es-CL');
    const element = await fixture<NewsTitle>(html`<test-news-title></test-news-title>`);
    expect(shown(element)).to.equal('Noticias');
    const server = fakeServer(
      { es: 2, 'es-CL': 1 },
      {
        '/api/translations/es-2.json': { news: { feed: { empty: 'Sin novedades' } } },
        '/api/translations/es-CL-1.json': { news: { feed: { title: 'Las noticias, po' } } },
      },
    );
    published = new PublishedTranslations(server.options);
    published.start();
    await waitUntil(() => shown(element) === 'Las noticias, po', 'es-CL’s edit not shown');
    expect(i18next.t('news:feed.empty')).to.equal('Sin novedades');
    expect(server.fetched).to.have.members([
      '/api/translations/es-2.json',
      '/api/translations/es-CL-1.json',
    ]);
  });

  it('follows publications of the language shown, and reverts what a new one no longer has', async () => {
    await startIn('es');
    const element = await fixture<NewsTitle>(html`<test-news-title></test-news-title>`);
    const server = fakeServer(
      {},
      {
        '/api/translations/es-1.json': { news: { feed: { title: 'Novedades' } } },
        '/api/translations/es-2.json': { news: { feed: { empty: 'Sin novedades' } } },
      },
    );
    published = new PublishedTranslations(server.options);
    published.start();
    await published.refresh();

    server.publish({ locale: 'pl', release: 7 });
    server.publish({ locale: 'es', release: 1 });
    await waitUntil(() => shown(element) === 'Novedades', 'the publication not applied');
    expect(server.fetched, 'another language’s publication is not fetched').to.deep.equal([
      '/api/translations/es-1.json',
    ]);

    server.publish({ locale: 'es', release: 2 });
    await waitUntil(() => i18next.t('news:feed.empty') === 'Sin novedades');
    expect(shown(element), 'reverted to the built text').to.equal('Noticias');
  });

  it('lays a publication over a namespace loaded after it arrived', async () => {
    await startIn('es');
    const server = fakeServer(
      { es: 1 },
      { '/api/translations/es-1.json': { admin: { people: { title: 'Gente' } } } },
    );
    published = new PublishedTranslations(server.options);
    published.start();
    await waitUntil(() => server.fetched.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(i18next.hasResourceBundle('es', 'admin'), 'not added before it loads').to.equal(false);
    i18next.addResourceBundle('es', 'admin', structuredClone(built.admin), true, true);
    expect(i18next.t('admin:people.title')).to.equal('Gente');
  });

  it('checks at a language switch, and at the next navigation after the stream dropped', async () => {
    await startIn('es');
    const releases: Record<string, number> = { pl: 3 };
    const files: Record<string, object> = {
      '/api/translations/pl-3.json': { news: { feed: { title: 'Wiadomości' } } },
    };
    const server = fakeServer(releases, files);
    published = new PublishedTranslations(server.options);
    published.start();
    await i18next.changeLanguage('pl');
    await waitUntil(() => i18next.t('news:feed.title') === 'Wiadomości', 'not at the switch');

    // Published while the stream was down: nobody said so.
    server.reconnect();
    releases['pl'] = 4;
    files['/api/translations/pl-4.json'] = { news: { feed: { title: 'Nowości' } } };
    window.dispatchEvent(new CustomEvent('single-spa:routing-event'));
    await waitUntil(() => i18next.t('news:feed.title') === 'Nowości', 'not at the navigation');
    expect(server.fetched.at(-1)).to.equal('/api/translations/pl-4.json');
  });
});
