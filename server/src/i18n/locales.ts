/** The languages content is written in. */
export const CONTENT_LOCALES = ['en', 'it', 'fr', 'es', 'de', 'nl', 'pl'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

/** Regional variants of the portal read the content of their base language. */
const REGIONAL_VARIANTS: Record<string, ContentLocale> = { 'es-CL': 'es' };

/** The content language for a portal locale tag, or undefined when the portal has no such locale. */
export function contentLocale(tag: string): ContentLocale | undefined {
  if ((CONTENT_LOCALES as readonly string[]).includes(tag)) return tag as ContentLocale;
  return REGIONAL_VARIANTS[tag];
}
