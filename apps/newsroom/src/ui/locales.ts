/** The portal's languages, which an article can be written and translated in. */
export const PORTAL_LOCALES = ['en', 'it', 'fr', 'es', 'de', 'nl', 'pl'] as const;
