import { fixture, html } from '@open-wc/testing';
import type { PortalContext } from '@piazza/shared';
import { createTestPortal } from '../../../mocks/test-portal.js';
import type { PiazzaAdminApp } from './admin-app.js';
import './admin-app.js';

/** The demo admin, whom the mock API answers as an administrator. */
export const ADMIN = 'person-demo-admin';

/** A portal signed in as the demo admin, in `locale`, with the admin strings loaded. */
export function adminPortal(locale = 'en'): Promise<PortalContext> {
  return createTestPortal({
    personId: ADMIN,
    locale,
    app: { namespace: 'admin', folder: 'apps/admin' },
  });
}

/** The admin app mounted at a path below it, e.g. 'people?q=Kowalski'. */
export async function mountAdmin(portal: PortalContext, path: string): Promise<PiazzaAdminApp> {
  window.history.replaceState(null, '', `/portal/admin/${path}`);
  return fixture<PiazzaAdminApp>(html`<piazza-admin-app .portal=${portal}></piazza-admin-app>`);
}

/** An element found by a path of selectors, each inside the shadow root of the one before. */
export function deep<T extends Element = HTMLElement>(
  root: Element,
  ...selectors: string[]
): T | null {
  let current: Element | null = root;
  for (const selector of selectors) {
    current = (current?.shadowRoot ?? current)?.querySelector(selector) ?? null;
  }
  return current as T | null;
}

/** Every element matching the last selector, inside the element found by the others. */
export function deepAll(root: Element, ...selectors: string[]): Element[] {
  const last = selectors.pop()!;
  const parent = selectors.length ? deep(root, ...selectors) : root;
  return [...((parent?.shadowRoot ?? parent)?.querySelectorAll(last) ?? [])];
}

/** Types into a field as a person does: the value changes and an input event follows. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** The text of an element without layout whitespace. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
