import { fixture, html, waitUntil } from '@open-wc/testing';
import type { PortalContext } from '@piazza/shared';
import { createTestPortal } from '../../../mocks/test-portal.js';
import type { PiazzaNewsroomApp } from './newsroom-app.js';
import './newsroom-app.js';

/** The Lumo editor in Italy, who also edits Lumo Spain (journey 5). */
export const LUMO_EDITOR = 'person-demo-it-editor';

/** A portal signed in as an editor, in `locale`, with the newsroom strings loaded. */
export async function newsroomPortal(
  locale = 'en',
  personId = LUMO_EDITOR,
): Promise<PortalContext> {
  const portal = await createTestPortal({
    personId,
    locale,
    app: { namespace: 'newsroom', folder: 'apps/newsroom' },
  });
  return { ...portal, session: { ...portal.session, roles: ['EDITOR'] } };
}

/** The newsroom mounted at a path below it, e.g. 'articles/article-0012' or '?status=DRAFT'. */
export async function mountNewsroom(portal: PortalContext, path = ''): Promise<PiazzaNewsroomApp> {
  window.history.replaceState(
    null,
    '',
    `/portal/newsroom${path.startsWith('?') ? '' : '/'}${path}`,
  );
  return fixture<PiazzaNewsroomApp>(
    html`<piazza-newsroom-app .portal=${portal}></piazza-newsroom-app>`,
  );
}

/**
 * The newsroom opened on an article in `locale`, once the editor's panel `tag` (e.g.
 * 'piazza-newsroom-video-panel') shows its form.
 */
export async function openPanel(
  tag: string,
  options: { articleId: string; locale?: string },
): Promise<Rendered> {
  const app = await mountNewsroom(
    await newsroomPortal(options.locale),
    `articles/${options.articleId}`,
  );
  const panel = () => deep(app, 'piazza-newsroom-article-editor', tag);
  await waitUntil(() => deep(panel() ?? app, 'form') !== null, `no ${tag}`, { timeout: 5000 });
  return panel()!;
}

/** A rendered element: a Lit element, or a native one (whose `updateComplete` is undefined). */
type Rendered = HTMLElement & { readonly updateComplete: Promise<unknown> };

/** An element found by a path of selectors, each inside the shadow root of the one before. */
export function deep<T extends Element = Rendered>(
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
export function deepAll<T extends Element = Rendered>(root: Element, ...selectors: string[]): T[] {
  const last = selectors.pop()!;
  const parent = selectors.length ? deep(root, ...selectors) : root;
  return [...((parent?.shadowRoot ?? parent)?.querySelectorAll<T>(last) ?? [])];
}

/** Types into a field as a person does: the value changes and an input event follows. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Chooses files in a file input as a person does: its files change and a change event follows. */
export function chooseFiles(input: HTMLInputElement, ...files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

/** Writes the text of a version form as its editor would report it (Tiptap's HTML). */
export function writeBody(form: Element, html: string): void {
  const editor = deep<HTMLInputElement>(form, 'piazza-newsroom-rich-text')!;
  editor.value = html;
  editor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The text of an element without layout whitespace. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
