import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['https'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // Only absolute https links: a relative or odd href is dropped, the text stays.
    a: (tagName, attribs) => {
      const href = attribs.href ?? '';
      const kept: sanitizeHtml.Attributes = /^https:\/\//i.test(href) ? { href } : {};
      return { tagName, attribs: kept };
    },
  },
};

/**
 * The only HTML an article body may hold. Applied when a body is written, so what the
 * API serves as `bodyHtml` is already safe; clients sanitise again when they render.
 */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

/** Elements that run code, restyle or re-target the page, or submit data. */
const ACTIVE_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'base',
  'meta',
  'link',
  'template',
]);
const ACTIVE_URL = /^\s*(javascript|vbscript|data):/i;

/**
 * True when the HTML holds something that would run or load code (a script, an event
 * handler, a javascript: link…). Sanitising would drop it silently; an editor is told
 * instead, since no editor produces it and a pasted one deserves a look.
 */
export function hasActiveContent(html: string): boolean {
  let active = false;
  sanitizeHtml(html, {
    // Everything passes so that every tag is seen; the output is thrown away.
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    onOpenTag(tagName, attribs) {
      if (
        ACTIVE_TAGS.has(tagName.toLowerCase()) ||
        Object.entries(attribs).some(
          ([name, value]) => /^on/i.test(name) || ACTIVE_URL.test(value.replace(/[\s\0]/g, '')),
        )
      ) {
        active = true;
      }
    },
  });
  return active;
}
