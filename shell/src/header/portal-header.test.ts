import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import i18next from 'i18next';
import { tokens, type PortalSession } from '@piazza/shared';
import type { AppEntry } from '../boot/manifest.js';
import type { PiazzaPortalHeader } from './portal-header.js';
import './portal-header.js';

const person = (roles: PortalSession['roles']): PortalSession => ({
  personId: 'person-demo-pl-translator',
  displayName: 'Agnieszka Nowak',
  roles,
  apps: [],
  cohorts: [],
  locale: 'pl',
  brand: { code: 'veyra', name: 'Veyra' },
});

async function openMenu(session: PortalSession | undefined, locales: string[]) {
  const header = await fixture<PiazzaPortalHeader>(
    html`<piazza-portal-header .session=${session} .locales=${locales}></piazza-portal-header>`,
  );
  const details = header.shadowRoot!.querySelector('details');
  if (details) {
    details.open = true;
    await oneEvent(details, 'toggle');
    await header.updateComplete;
  }
  return header;
}

const keysToggle = (header: PiazzaPortalHeader) =>
  header.shadowRoot!.querySelector<HTMLButtonElement>('[data-translation-keys-toggle]');

describe('piazza-portal-header', () => {
  before(async () => {
    const common = (await (await fetch('/shared/locales/en.json')).json()) as object;
    await i18next.init({ lng: 'en', defaultNS: 'common', resources: { en: { common } } });
  });

  it('lists the Chilean variant of Spanish by its own name', async () => {
    const header = await openMenu(undefined, ['en', 'es', 'es-CL']);
    const options = [...header.shadowRoot!.querySelectorAll('option')];
    expect(options.map((option) => option.textContent!.trim())).to.deep.equal([
      'English',
      'Español',
      'Español (Chile)',
    ]);
    expect(options[2]!.value).to.equal('es-CL');
    expect(options[2]!.lang).to.equal('es-CL');
  });

  it('offers translators, reviewers and admins the translation keys, pressed while shown', async () => {
    for (const role of ['TRANSLATOR', 'TRANSLATION_REVIEWER', 'ADMIN'] as const) {
      const header = await openMenu(person(['EMPLOYEE', role]), []);
      const toggle = keysToggle(header);
      expect(toggle?.textContent?.trim(), role).to.equal('Show translation keys');
      expect(toggle!.getAttribute('aria-pressed')).to.equal('false');
      setTimeout(() => toggle!.click());
      await oneEvent(header, 'piazza-translation-keys');
      header.translationKeys = true;
      await header.updateComplete;
      expect(toggle!.getAttribute('aria-pressed')).to.equal('true');
    }
  });

  it('does not offer them to anyone else', async () => {
    const header = await openMenu(person(['EMPLOYEE', 'EDITOR']), ['en', 'pl']);
    expect(header.shadowRoot!.querySelector('select'), 'the menu is open').not.to.equal(null);
    expect(keysToggle(header)).to.equal(null);
  });

  describe('with an admin’s six sections', () => {
    const apps: AppEntry[] = [
      'news',
      'newsroom',
      'ticketing',
      'barometers',
      'translations',
      'admin',
    ].map((name, order) => ({
      name,
      route: name,
      namespace: name,
      order,
      module: `@piazza/${name}`,
    }));

    before(() => {
      if (!document.adoptedStyleSheets.includes(tokens.styleSheet!)) {
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, tokens.styleSheet!];
      }
    });
    after(() => setViewport({ width: 800, height: 600 }));

    it('shows every section on a laptop, on a row of their own', async () => {
      await setViewport({ width: 1280, height: 800 });
      const admin = { ...person(['ADMIN']), displayName: 'Oliver Bennett' };
      const header = await fixture<PiazzaPortalHeader>(
        html`<piazza-portal-header .session=${admin} .apps=${apps}></piazza-portal-header>`,
      );
      const nav = header.shadowRoot!.querySelector('nav')!;
      const links = [...nav.querySelectorAll('a')];
      expect(links).to.have.length(6);
      // Nothing to scroll to: the last section is in view, not cut at the edge.
      expect(nav.scrollWidth).to.be.at.most(nav.clientWidth);
      const brand = header.shadowRoot!.querySelector('.brand')!.getBoundingClientRect();
      expect(links[0]!.getBoundingClientRect().top).to.be.at.least(brand.bottom);
    });
  });
});
