import { expect, waitUntil } from '@open-wc/testing';
import {
  PEOPLE,
  deep,
  deepAll,
  found,
  mountTranslations,
  textOf,
  translationsPortal,
} from './translations-testing.js';

const navLinks = (app: Element) =>
  deepAll<HTMLAnchorElement>(app, 'nav a').map((a) => ({
    text: textOf(a),
    path: new URL(a.href).pathname,
    current: a.getAttribute('aria-current'),
  }));

describe('piazza-translations-app', () => {
  it('offers only the overview until a locale is chosen', async () => {
    const app = await mountTranslations(await translationsPortal(PEOPLE.agnieszka));
    await found(app, 'piazza-translation-overview');
    expect(navLinks(app)).to.deep.equal([
      { text: 'Overview', path: '/portal/translations', current: 'page' },
    ]);
  });

  it('offers the sections of the locale being translated and shows the chosen one', async () => {
    const app = await mountTranslations(
      await translationsPortal(PEOPLE.agnieszka, 'pl'),
      'pl/review',
    );
    await found(app, 'piazza-translation-review');
    expect(deep(app, 'piazza-translation-review')!.getAttribute('locale')).to.equal('pl');
    expect(navLinks(app)).to.deep.equal([
      { text: 'Przegląd', path: '/portal/translations', current: 'false' },
      { text: 'Weryfikacja', path: '/portal/translations/pl/review', current: 'page' },
      { text: 'Glosariusz', path: '/portal/translations/pl/glossary', current: 'false' },
      { text: 'Import i eksport', path: '/portal/translations/pl/files', current: 'false' },
    ]);
    expect(deep(app, 'nav')!.getAttribute('aria-label')).to.equal('Sekcje tłumaczeń: polski');
    deepAll<HTMLAnchorElement>(app, 'nav a')[2]!.click();
    await waitUntil(() => deep(app, 'piazza-glossary') !== null, 'the glossary did not open');
  });

  it('says so for an address it has no screen for', async () => {
    const app = await mountTranslations(await translationsPortal(PEOPLE.agnieszka), 'pl');
    expect(textOf(deep(app, 'p'))).to.equal('This page of the translations does not exist.');
  });
});
