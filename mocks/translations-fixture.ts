/**
 * The strings the translations mocks answer for: two small namespaces with what the
 * editor has to handle (a limit, a placeholder, a plural, a glossary term, an outdated
 * text), and their built texts in a few locales. Fixed, so that tests can name them.
 */
export interface MockString {
  /** English forms: `{ '': text }`, or `{ one, other }` for a plural. */
  source: Record<string, string>;
  description?: string;
  maxLength?: number;
  usages: string[];
}

export const MOCK_STRINGS: Record<string, Record<string, MockString>> = {
  common: {
    'actions.retry': {
      source: { '': 'Try again' },
      usages: ['shared/src/ui/error-panel/error-panel.ts:40'],
    },
    'actions.save': {
      source: { '': 'Save' },
      usages: ['apps/admin/src/admin-person/admin-person.ts:120'],
    },
  },
  news: {
    'feed.empty': {
      source: { '': 'No news yet.' },
      usages: ['apps/news/src/news-feed/news-feed.ts:88'],
    },
    'feed.greeting': {
      source: { '': 'Hello {{name}}, here is your news' },
      description: 'Greets the reader above the feed; {{name}} is their given name.',
      usages: ['apps/news/src/news-feed/news-feed.ts:51'],
    },
    'feed.save': {
      source: { '': 'Save' },
      description: 'Keeps an article to read later.',
      usages: ['apps/news/src/article/article-view.ts:64'],
    },
    'feed.testDrive': {
      source: { '': 'Book a test drive' },
      description: 'Button on an article about a new model.',
      usages: ['apps/news/src/article/article-view.ts:77'],
    },
    'feed.title': {
      source: { '': 'News' },
      description: 'Heading of the news feed.',
      maxLength: 20,
      usages: ['apps/news/src/news-feed/news-feed.ts:42'],
    },
    'feed.unread': {
      source: { one: '{{count}} unread article', other: '{{count}} unread articles' },
      description: 'Counts the articles the reader has not opened.',
      usages: ['apps/news/src/news-feed/news-feed.ts:60'],
    },
  },
};

/** Built texts by locale, `namespace:key` and category; absent strings are missing. */
export const MOCK_BUILT: Record<string, Record<string, Record<string, string>>> = {
  pl: {
    'common:actions.save': { '': 'Zapisz' },
    'news:feed.empty': { '': 'Brak aktualności.' },
    'news:feed.title': { '': 'Aktualności' },
  },
  fr: {
    'common:actions.retry': { '': 'Réessayer' },
    'common:actions.save': { '': 'Enregistrer' },
    'news:feed.title': { '': 'Actualités' },
    'news:feed.unread': {
      one: '{{count}} article non lu',
      many: '{{count}} d’articles non lus',
      other: '{{count}} articles non lus',
    },
  },
};

/** Translations made before their English source last changed. */
export const MOCK_OUTDATED = new Set(['pl:news:feed.empty']);

/** The glossary of every brand, by locale. */
export const MOCK_GLOSSARY: Record<
  string,
  { term: string; translation: string; forbidden: boolean; note?: string }[]
> = {
  pl: [
    { term: 'test drive', translation: 'jazda próbna', forbidden: false },
    {
      term: 'jazda testowa',
      translation: 'jazda próbna',
      forbidden: true,
      note: 'Not the brand’s wording.',
    },
  ],
};
