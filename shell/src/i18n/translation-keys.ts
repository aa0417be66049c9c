import i18next, { type PostProcessorModule, type TOptions } from 'i18next';
import type { PortalContext } from '@piazza/shared';

/** The mode is remembered per tab: a translator checking a screen, not a setting. */
const REMEMBERED = 'piazza.translationKeys';
const POST_PROCESSOR = 'piazzaTranslationKeys';
/** `⟦news:feed.title⟧ `: the namespace and key a text was translated from. */
const MARK = /⟦([^:⟧]+):([^⟧]+)⟧/;
/** Elements whose clicks keep their own meaning: the toggle that ends the mode. */
const KEEPS_ITS_CLICKS = '[data-translation-keys-toggle]';

interface TranslationKey {
  namespace: string;
  key: string;
}

/** Marks every text i18next translates with its namespace and key. */
const keyMarks: PostProcessorModule = {
  type: 'postProcessor',
  name: POST_PROCESSOR,
  process(value: string, key: string | string[], options: TOptions, translator: unknown) {
    // Objects (`returnObjects`) are made of strings marked one by one.
    if (typeof value !== 'string') return value;
    const first = [key].flat()[0] ?? '';
    const { key: bare, namespaces } = (translator as Translator).extractFromKey(first, options);
    return `⟦${[namespaces].flat()[0]}:${bare}⟧ ${value}`;
  },
};

/** The part of i18next's translator that splits `news:feed.title` (not in its types). */
interface Translator {
  extractFromKey(key: string, options: TOptions): { key: string; namespaces: string | string[] };
}

/** The key of the text under a click: the innermost element of the path that shows a mark. */
function keyUnderClick(path: readonly EventTarget[]): TranslationKey | undefined {
  for (const target of path) {
    if (!(target instanceof Element)) continue;
    const texts = [...target.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? '');
    // Labels shown without a text node of their own: aria-label, placeholder, title.
    texts.push(...[...target.attributes].map((attribute) => attribute.value));
    for (const text of texts) {
      const match = MARK.exec(text);
      if (match) return { namespace: match[1]!, key: match[2]! };
    }
  }
  return undefined;
}

/** The portal whose translations editor a click opens, while the mode is on. */
let shownIn: Pick<PortalContext, 'navigate'> | undefined;

/** The editor's page for a key of the language shown (apps/translations). */
function editorPath({ namespace, key }: TranslationKey): string {
  return `translations/${i18next.language}/${namespace}?key=${encodeURIComponent(key)}`;
}

/** In the mode, a click on a translated text opens its key in the editor instead. */
function onClick(event: MouseEvent): void {
  const path = event.composedPath();
  if (path.some((target) => target instanceof Element && target.matches(KEEPS_ITS_CLICKS))) return;
  const found = keyUnderClick(path);
  if (found === undefined) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  shownIn?.navigate(editorPath(found));
}

/** Is the mode on in this tab? */
export function showingTranslationKeys(): boolean {
  return sessionStorage.getItem(REMEMBERED) === 'on';
}

/**
 * Turns the in-context mode on or off for this tab: every text i18next translates shows
 * its key, and a click on one opens the portal's translations editor at that key. Every
 * LocalizeController re-renders. Returns whether the mode is on.
 */
export function showTranslationKeys(on: boolean, portal: Pick<PortalContext, 'navigate'>): boolean {
  if (on) sessionStorage.setItem(REMEMBERED, 'on');
  else sessionStorage.removeItem(REMEMBERED);
  if (on === (shownIn !== undefined)) return on;
  shownIn = on ? portal : undefined;
  i18next.use(keyMarks);
  const others = [i18next.options.postProcess || []]
    .flat()
    .filter((name) => name !== POST_PROCESSOR);
  i18next.options.postProcess = on ? [...others, POST_PROCESSOR] : others;
  // Capture, so that the click opens the editor before a link or button acts on it.
  if (on) window.addEventListener('click', onClick, true);
  else window.removeEventListener('click', onClick, true);
  // An empty bundle changes no text but makes the store say 'added': everything re-renders.
  i18next.addResourceBundle(i18next.language, 'common', {}, true, true);
  return on;
}
