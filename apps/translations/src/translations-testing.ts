import { fixture, html, waitUntil } from '@open-wc/testing';
import type { PortalContext, PortalSession } from '@piazza/shared';
import { createTestPortal } from '../../../mocks/test-portal.js';
import { deep, type Rendered } from '../../../mocks/dom-testing.js';
import type { PiazzaTranslationsApp } from './translations-app.js';
import './translations-app.js';

export { deep, deepAll, textOf, typeInto } from '../../../mocks/dom-testing.js';

/** The demo people of journey 4 (server/src/seed/demo-people.ts), with their roles. */
export const PEOPLE = {
  /** Translates Polish (a grant on the locale `pl`). */
  agnieszka: { id: 'person-demo-pl-translator', roles: ['TRANSLATOR'] },
  /** Reviews Polish, and translates it too. */
  tomasz: { id: 'person-demo-pl-reviewer', roles: ['TRANSLATOR', 'TRANSLATION_REVIEWER'] },
  /** Admin: every locale but English. */
  oliver: { id: 'person-demo-admin', roles: ['ADMIN'] },
  /** Area manager: no locale to translate. */
  giulia: { id: 'person-demo-it-area', roles: ['FIELD'] },
} as const satisfies Record<string, { id: string; roles: PortalSession['roles'] }>;

type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

/** A portal signed in as `person`, in `locale`, with the translations strings loaded. */
export async function translationsPortal(person: Person, locale = 'en'): Promise<PortalContext> {
  const portal = await createTestPortal({
    personId: person.id,
    locale,
    app: { namespace: 'translations', folder: 'apps/translations' },
  });
  return { ...portal, session: { ...portal.session, roles: person.roles } };
}

/** The app mounted at a path below it, e.g. 'pl/news?key=feed.title'. */
export async function mountTranslations(
  portal: PortalContext,
  path = '',
): Promise<PiazzaTranslationsApp> {
  window.history.replaceState(null, '', `/portal/translations${path ? '/' : ''}${path}`);
  return fixture<PiazzaTranslationsApp>(
    html`<piazza-translations-app .portal=${portal}></piazza-translations-app>`,
  );
}

/** Waits for an element found by a path of selectors through shadow roots. */
export async function found<T extends Element = Rendered>(
  root: Element,
  ...selectors: string[]
): Promise<T> {
  await waitUntil(() => deep(root, ...selectors) !== null, `no ${selectors.join(' ')}`, {
    timeout: 5000,
  });
  return deep<T>(root, ...selectors)!;
}
