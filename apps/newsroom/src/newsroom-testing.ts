import { fixture, html, waitUntil } from '@open-wc/testing';
import type { PortalContext } from '@piazza/shared';
import { createTestPortal } from '../../../mocks/test-portal.js';
import { deep, type Rendered } from '../../../mocks/dom-testing.js';
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

export { chooseFiles, deep, deepAll, textOf, typeInto } from '../../../mocks/dom-testing.js';

/** Writes the text of a version form as its editor would report it (Tiptap's HTML). */
export function writeBody(form: Element, html: string): void {
  const editor = deep<HTMLInputElement>(form, 'piazza-newsroom-rich-text')!;
  editor.value = html;
  editor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
