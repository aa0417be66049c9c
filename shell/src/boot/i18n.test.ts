import { expect } from '@open-wc/testing';
import i18next from 'i18next';
import { chooseLocale, loadNamespace, matchLocale, rememberLocale, useLocale } from './i18n.js';
import type { PortalManifest } from './manifest.js';

const supported = ['en', 'it', 'fr', 'es', 'de', 'nl', 'pl'];

describe('choosing the portal’s language', () => {
  afterEach(() => localStorage.clear());

  it('matches a regional variant the portal has, else its language', () => {
    const withChile = [...supported, 'es-CL'];
    expect(matchLocale('es-CL', withChile)).to.equal('es-CL');
    expect(matchLocale('es-AR', withChile)).to.equal('es');
    expect(matchLocale('es-CL', supported)).to.equal('es');
    localStorage.clear();
    expect(chooseLocale({ supported: withChile, profile: 'es-CL' })).to.equal('es-CL');
  });

  it('matches a regional tag to its language, and nothing to an unsupported one', () => {
    expect(matchLocale('fr-BE', supported)).to.equal('fr');
    expect(matchLocale('pl', supported)).to.equal('pl');
    expect(matchLocale('pt-BR', supported)).to.equal(undefined);
    expect(matchLocale(undefined, supported)).to.equal(undefined);
  });

  it('puts the host’s choice first, then the person’s choice here, then the profile', () => {
    rememberLocale('de');
    expect(chooseLocale({ supported, imposed: 'it', profile: 'fr' })).to.equal('it');
    expect(chooseLocale({ supported, profile: 'fr' })).to.equal('de');
    localStorage.clear();
    expect(chooseLocale({ supported, profile: 'fr' })).to.equal('fr');
  });

  it('falls back to the browser’s languages, then English', () => {
    const browser = matchLocale(navigator.languages[0], supported) ?? 'en';
    expect(chooseLocale({ supported, imposed: 'pt', profile: 'ja' })).to.equal(browser);
  });
});

/** A bundle served as a data: URL, as the manifest would point to a built file. */
const bundle = (messages: Record<string, unknown>) =>
  `data:application/json,${encodeURIComponent(JSON.stringify(messages))}`;

describe('a regional variant (es-CL)', () => {
  const manifest: PortalManifest = {
    apps: [],
    graphqlUrl: '/graphql',
    origin: window.location.origin,
    locales: {
      common: {
        en: bundle({ car: 'Car', greeting: 'Hello' }),
        es: bundle({ car: 'Coche', greeting: 'Hola' }),
        'es-CL': bundle({ car: 'Auto' }),
      },
      news: {
        en: bundle({ title: 'News' }),
        es: bundle({ title: 'Noticias' }),
        'es-CL': bundle({}),
      },
    },
  };

  it('loads its language’s bundles with its own and says what a Chilean reader says', async () => {
    await useLocale(manifest, 'es-CL', ['common']);
    expect(i18next.language).to.equal('es-CL');
    expect(i18next.hasResourceBundle('es', 'common'), 'es loaded with es-CL').to.equal(true);
    expect(i18next.t('car')).to.equal('Auto');
    expect(i18next.t('greeting')).to.equal('Hola');
    expect(i18next.languages, 'es, then English').to.deep.equal(['es-CL', 'es', 'en']);
    expect(i18next.hasResourceBundle('es', 'news')).to.equal(false);
    await loadNamespace(manifest, 'news', 'es-CL');
    expect(i18next.hasResourceBundle('es', 'news'), 'an app’s es bundle too').to.equal(true);
    expect(i18next.t('news:title')).to.equal('Noticias');
  });
});
