import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

export type { Editor };

/** Only absolute https links survive the server's sanitiser; anything else is refused here. */
export const isAllowedLink = (url: string): boolean => /^https:\/\/[^\s/]+/i.test(url.trim());

/**
 * A Tiptap editor limited to what an article body may hold (server:
 * sanitize-article-html.ts): paragraphs, h2/h3, bold, italic, lists, quotes, https links.
 * Loaded with the article editor only: no other screen pays for ProseMirror. Its CSS is
 * not injected into the page's head, which a shadow root would not see: the element styles
 * the editable area itself.
 */
export function createEditor(options: {
  element: HTMLElement;
  content: string;
  label: string;
  onChange: (editor: Editor) => void;
}): Editor {
  return new Editor({
    element: options.element,
    content: options.content,
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        // No empty paragraph added after a list or a quote: the saved HTML is what was typed.
        trailingNode: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          protocols: ['https'],
          isAllowedUri: (url) => isAllowedLink(url),
          HTMLAttributes: { target: null, rel: null, class: null },
        },
      }),
    ],
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': options.label,
        class: 'content',
      },
    },
    onUpdate: ({ editor }) => options.onChange(editor),
  });
}
