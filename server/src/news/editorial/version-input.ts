import type { ArticleVersionInput } from '../../generated/resolvers.js';
import { invalidField } from '../../graphql/errors.js';
import { CONTENT_LOCALES, type ContentLocale } from '../../i18n/locales.js';
import { hasActiveContent, sanitizeArticleHtml } from '../sanitize-article-html.js';

/** The longest each field of a version may be, in characters. */
const VERSION_LIMITS = { title: 140, summary: 300, imageAlt: 300, bodyHtml: 100_000 };

export interface CleanVersion {
  locale: ContentLocale;
  title: string;
  summary: string;
  /** Sanitised. */
  bodyHtml: string;
  imageAlt: string | null;
}

function limited(field: keyof typeof VERSION_LIMITS, value: string): string {
  if (value.length > VERSION_LIMITS[field]) {
    throw invalidField(
      field,
      'TOO_LONG',
      `${field} is limited to ${VERSION_LIMITS[field]} characters`,
    );
  }
  return value;
}

/**
 * A language version as it will be stored, or BAD_USER_INPUT naming the first field
 * refused: an unknown language, an empty title or body, a field too long, or HTML that
 * would run code.
 */
export function cleanVersion(input: ArticleVersionInput): CleanVersion {
  if (!(CONTENT_LOCALES as readonly string[]).includes(input.locale)) {
    throw invalidField(
      'locale',
      'UNKNOWN_LOCALE',
      `Unknown language "${input.locale.slice(0, 20)}"`,
    );
  }
  const title = limited('title', input.title.trim());
  if (title === '') throw invalidField('title', 'REQUIRED', 'An article needs a title');
  const summary = limited('summary', input.summary.trim());
  const imageAlt = limited('imageAlt', input.imageAlt?.trim() ?? '') || null;
  limited('bodyHtml', input.bodyHtml);
  if (hasActiveContent(input.bodyHtml)) {
    throw invalidField('bodyHtml', 'UNSAFE_HTML', 'The text holds a script or active content');
  }
  const bodyHtml = sanitizeArticleHtml(input.bodyHtml);
  if (bodyHtml.replace(/<[^>]*>/g, '').trim() === '') {
    throw invalidField('bodyHtml', 'REQUIRED', 'An article needs a text');
  }
  return { locale: input.locale as ContentLocale, title, summary, bodyHtml, imageAlt };
}
