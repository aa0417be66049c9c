import { fixture, html, waitUntil } from '@open-wc/testing';
import type { PortalContext, PortalSession } from '@piazza/shared';
import { createTestPortal } from '../../../mocks/test-portal.js';
import { deep, type Rendered } from '../../../mocks/dom-testing.js';
import type { PiazzaBarometersApp } from './barometers-app.js';
import './barometers-app.js';

export { deep, deepAll, textOf, typeInto } from '../../../mocks/dom-testing.js';

/** The demo people of journey 3 (server/src/seed/demo-people.ts), with their roles. */
export const PEOPLE = {
  /** Manages the Norvik dealers of the region Nord, in Germany. */
  matthias: { id: 'person-demo-de-region', roles: ['REGION_MANAGER'] },
  /** Admin: every brand's group. */
  oliver: { id: 'person-demo-admin', roles: ['ADMIN'] },
  /** Editor of Lumo Italy: pulse surveys only. */
  francesca: { id: 'person-demo-it-editor', roles: ['EDITOR'] },
} as const satisfies Record<string, { id: string; roles: PortalSession['roles'] }>;

type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

/** Region Nord of Germany, Matthias's, and its Norvik brand. */
export const NORD = { scope: 'REGION:region-de-01', brand: 'brand-norvik' } as const;

/** A portal signed in as `person`, in `locale`, with the barometers' strings loaded. */
export async function barometersPortal(person: Person, locale = 'en'): Promise<PortalContext> {
  const portal = await createTestPortal({
    personId: person.id,
    locale,
    app: { namespace: 'barometers', folder: 'apps/barometers' },
  });
  return { ...portal, session: { ...portal.session, roles: person.roles } };
}

/** The app mounted at a path below it, e.g. 'dealers/dealer-de-0001?period=2026-10'. */
export async function mountBarometers(
  portal: PortalContext,
  path = '',
): Promise<PiazzaBarometersApp> {
  window.history.replaceState(
    null,
    '',
    `/portal/barometers${path && !path.startsWith('?') ? '/' : ''}${path}`,
  );
  return fixture<PiazzaBarometersApp>(
    html`<piazza-barometers-app .portal=${portal}></piazza-barometers-app>`,
  );
}

/** Waits for an element found by a path of selectors through shadow roots. */
export async function found<T extends Element = Rendered>(
  root: Element,
  ...selectors: string[]
): Promise<T> {
  await waitUntil(() => deep(root, ...selectors) !== null, `no ${selectors.join(' ')}`, {
    timeout: 8000,
  });
  return deep<T>(root, ...selectors)!;
}

/** What a click on a download link would save: the file's name and its text, BOM stripped. */
export async function captureDownload(
  click: () => void,
): Promise<{ fileName: string; text: string; bytes: Uint8Array }> {
  const clicked: HTMLAnchorElement[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) clicked.push(this);
    else original.call(this);
  };
  try {
    click();
    await waitUntil(() => clicked.length > 0, 'nothing downloaded');
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  const bytes = new Uint8Array(await (await fetch(clicked[0]!.href)).arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return { fileName: clicked[0]!.download, text, bytes };
}
