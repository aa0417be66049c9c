import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translationCatalogue, type Catalogue } from '../i18n/catalogue.js';
import { createTestApp, testConfig, type TestApp } from '../test-support/test-app.js';
import { MIN_SIMILARITY, similarSources, trigramSimilarity, trigrams } from './suggestions.js';

const TRANSLATOR = 'person-demo-pl-translator';

const SUGGESTIONS = `query ($namespace: String!, $key: String!, $locale: String = "pl") {
  translationSuggestions(locale: $locale, namespace: $namespace, key: $key) {
    namespace key source similarity forms { category value } } }`;

interface Suggestion {
  namespace: string;
  key: string;
  source: string;
  similarity: number;
  forms: { category: string | null; value: string }[];
}

const plain = (text: string) => ({ source: { '': text }, usages: [] });

const FIXTURE: Catalogue = {
  locales: ['en', 'pl'],
  namespaces: {
    news: {
      strings: {
        'feed.retry': plain('Try again'),
        'feed.empty': plain('No news for you yet'),
        'feed.loadMore': plain('Load more news'),
      },
      bundles: {},
    },
    common: {
      strings: {
        'actions.retry': plain('Try again'),
        'actions.retryLater': plain('Try again later'),
        'apps.news': plain('News'),
      },
      bundles: {},
    },
  },
};

describe('trigram similarity', () => {
  it("gives pg_trgm's answers", () => {
    // similarity('word', 'two words') is 4/11 in PostgreSQL's documentation.
    expect(trigramSimilarity(trigrams('word'), trigrams('two words'))).toBeCloseTo(4 / 11);
    expect(trigramSimilarity(trigrams('Save'), trigrams('save!'))).toBe(1);
    expect(trigramSimilarity(trigrams(''), trigrams('save'))).toBe(0);
  });

  it('ranks the same English first, then similar, never the string itself nor unrelated ones', () => {
    const matches = similarSources(FIXTURE, {
      namespace: 'news',
      key: 'feed.retry',
      text: 'Try again',
    });
    expect(matches.map((m) => [`${m.source.namespace}:${m.source.key}`, m.similarity])).toEqual([
      ['common:actions.retry', 1],
      ['common:actions.retryLater', expect.closeTo(0.6, 1)],
    ]);
    expect(matches.every((m) => m.similarity >= MIN_SIMILARITY)).toBe(true);
  });

  it('scores a text differing only in case or punctuation just under the same text', () => {
    const [match] = similarSources(FIXTURE, { namespace: 'x', key: 'y', text: 'try again!' });
    expect(match!.similarity).toBe(0.99);
  });
});

describe('translation memory', () => {
  let t: TestApp;
  let token: string;
  /** Two strings of the catalogue with the same English, each with a Polish text. */
  let twins: [{ namespace: string; key: string }, { namespace: string; key: string }];

  /** The catalogue the test app reads (the repository's bundles: there is no build). */
  const catalogue = translationCatalogue(testConfig().distDir);
  const suggest = async (variables: Record<string, unknown>, as = token) =>
    t.graphql<{ translationSuggestions: Suggestion[] }>(SUGGESTIONS, { variables, token: as });

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenFor(TRANSLATOR);
    const { namespaces } = await catalogue();
    const byText = new Map<string, { namespace: string; key: string }[]>();
    for (const [namespace, { strings, bundles }] of Object.entries(namespaces)) {
      for (const [key, string] of Object.entries(strings)) {
        if (!string.source[''] || !bundles.pl?.[key]) continue;
        byText.set(string.source[''], [
          ...(byText.get(string.source['']) ?? []),
          { namespace, key },
        ]);
      }
    }
    twins = [...byText.values()].find((found) => found.length >= 2)!.slice(0, 2) as typeof twins;
  });
  afterAll(() => t.close());

  it('suggests the Polish text of another string with the same English', async () => {
    const [asked, twin] = twins;
    const { namespaces } = await catalogue();
    const suggestions = (await suggest(asked)).data!.translationSuggestions;
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    expect(suggestions).not.toContainEqual(expect.objectContaining(asked));
    const similarities = suggestions.map((s) => s.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    const same = suggestions.filter((s) => s.similarity === 1);
    expect(same.map((s) => s.forms[0]!.value)).toContain(
      namespaces[twin.namespace]!.bundles.pl![twin.key],
    );
  });

  it("suggests a translator's draft as soon as it is saved", async () => {
    const [asked, twin] = twins;
    const saved = await t.graphql(
      `mutation ($namespace: String!, $key: String!) { saveTranslation(input: { locale: "pl",
         namespace: $namespace, key: $key, forms: [{ value: "Tekst z pamięci tłumaczeń" }] }) { status } }`,
      { variables: twin, token },
    );
    expect(saved.errors).toBeUndefined();
    const suggestions = (await suggest(asked)).data!.translationSuggestions;
    expect(suggestions).toContainEqual(
      expect.objectContaining({
        ...twin,
        similarity: 1,
        forms: [{ category: null, value: 'Tekst z pamięci tłumaczeń' }],
      }),
    );
  });

  it('is for the locale translators and admins, like the entry itself', async () => {
    const [asked] = twins;
    const employee = await t.tokenFor('person-demo-fr-sales');
    expect((await suggest(asked, employee)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await suggest({ ...asked, locale: 'de' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const unknown = await suggest({ namespace: asked.namespace, key: 'no.such.key' });
    expect(unknown.errors?.[0]?.extensions?.reason).toBe('UNKNOWN_KEY');
  });
});
