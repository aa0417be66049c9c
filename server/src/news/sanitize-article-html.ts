import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote'],
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
