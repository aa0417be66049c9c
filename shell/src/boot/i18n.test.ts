import { expect } from '@open-wc/testing';
import { chooseLocale, matchLocale, rememberLocale } from './i18n.js';

const supported = ['en', 'it', 'fr', 'es', 'de', 'nl', 'pl'];

describe('choosing the portal’s language', () => {
  afterEach(() => localStorage.clear());

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
