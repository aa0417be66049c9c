import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Db } from '../db/db.js';
import type { ArticleRow, ArticleTranslationRow, Network } from '../seed/generate-network.js';
import { seedDatabase } from '../seed/load-network.js';
import {
  createTestApp,
  testConfig,
  type GraphQLBody,
  type TestApp,
} from '../test-support/test-app.js';

const FEED = `query NewsFeed($first: Int, $after: String, $locale: String) {
  newsFeed(first: $first, after: $after, locale: $locale) {
    edges { cursor node { id title locale isFallback publishedAt brand { code } author { displayName jobTitle } } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const ARTICLE = `query Article($id: ID!, $locale: String) {
  article(id: $id, locale: $locale) { id title summary bodyHtml imageUrl imageAlt locale isFallback }
}`;

interface Node {
  id: string;
  title: string;
  locale: string;
  isFallback: boolean;
  publishedAt: string;
}
interface FeedData {
  newsFeed: {
    edges: { cursor: string; node: Node }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}
interface ArticleData {
  article: (Node & { bodyHtml: string; summary: string }) | null;
}

const ADMIN = 'person-demo-admin';
const LYON = 'person-demo-fr-sales';

/** Extra articles with known targeting, added to the generated ones. */
function fixtures(): Pick<Network, 'articles' | 'articleTranslations'> {
  const article = (
    id: string,
    brandId: string,
    countryCode: string | null,
    publishedAt: string,
  ): ArticleRow => ({
    id,
    brandId,
    countryCode,
    authorId: 'person-demo-it-editor',
    originalLocale: 'it',
    imageUrl: null,
    publishedAt,
    mustRead: false,
    mustReadBy: null,
    category: 'COMPANY',
    tags: [],
    liveStream: null,
    videoUrl: null,
    pinnedUntil: null,
  });
  const text = (articleId: string, locale: 'it' | 'fr'): ArticleTranslationRow => ({
    articleId,
    locale,
    title: `${articleId} ${locale}`,
    summary: 's',
    bodyHtml: '<p>b</p>',
    imageAlt: null,
    authorTitle: null,
  });
  const tie = '2020-01-01T10:00:00.000Z';
  const articles = [
    article('article-test-veyra-it', 'brand-veyra', 'IT', '2021-01-01T00:00:00.000Z'),
    article('article-test-veyra-all', 'brand-veyra', null, '2021-01-02T00:00:00.000Z'),
    article('article-test-lumo-fr', 'brand-lumo', 'FR', '2021-01-03T00:00:00.000Z'),
    ...['a', 'b', 'c', 'd', 'e'].map((s) =>
      article(`article-test-tie-${s}`, 'brand-veyra', 'FR', tie),
    ),
  ];
  const articleTranslations = [
    ...articles.map((a) => text(a.id, 'it')),
    text('article-test-veyra-all', 'fr'),
  ];
  return { articles, articleTranslations };
}

const empty: Network = {
  brands: [],
  countries: [],
  regions: [],
  dealers: [],
  communities: [],
  teams: [],
  people: [],
  roles: [],
  articles: [],
  articleAudiences: [],
  articleTranslations: [],
};

describe('news', () => {
  let t: TestApp;
  let all: ArticleRow[];
  let translations: ArticleTranslationRow[];
  beforeAll(async () => {
    t = await createTestApp();
    const extra = fixtures();
    await seedDatabase(t.db, { ...empty, ...extra });
    all = [...t.network.articles, ...extra.articles];
    translations = [...t.network.articleTranslations, ...extra.articleTranslations];
  });
  afterAll(() => t.close());

  const newest = (a: ArticleRow, b: ArticleRow) =>
    b.publishedAt.localeCompare(a.publishedAt) || b.id.localeCompare(a.id);

  async function feed(
    personId: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLBody<FeedData>> {
    return t.graphql<FeedData>(FEED, { variables, token: await t.tokenFor(personId) });
  }

  async function readAll(personId: string, first: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const body = await feed(personId, { first, after });
      expect(body.errors).toBeUndefined();
      const connection = body.data?.newsFeed;
      if (!connection) throw new Error('no feed');
      expect(connection.edges.length).toBeLessThanOrEqual(first);
      ids.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) return ids;
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor);
      after = connection.pageInfo.endCursor;
    }
    throw new Error('the feed never ends');
  }

  it('pages through everything for an admin, newest first, without duplicates or gaps', async () => {
    const expected = [...all].sort(newest).map((a) => a.id);
    expect(await readAll(ADMIN, 3)).toEqual(expected);
    expect(await readAll(ADMIN, 50)).toEqual(expected);
  });

  it('pages through articles published at the same instant by id', async () => {
    const ids = await readAll(LYON, 2);
    const ties = ids.filter((id) => id.startsWith('article-test-tie-'));
    expect(ties).toEqual(['e', 'd', 'c', 'b', 'a'].map((s) => `article-test-tie-${s}`));
  });

  it("shows a dealer's staff only their brand's news for the whole brand or their country", async () => {
    const expected = all
      .filter(
        (a) => a.brandId === 'brand-veyra' && (a.countryCode === null || a.countryCode === 'FR'),
      )
      .sort(newest)
      .map((a) => a.id);
    const ids = await readAll(LYON, 4);
    expect(ids).toEqual(expected);
    expect(ids).toContain('article-test-veyra-all');
    expect(ids).not.toContain('article-test-veyra-it');
    expect(ids).not.toContain('article-test-lumo-fr');
  });

  it('never reveals an article the reader may not see, even by id', async () => {
    const token = await t.tokenFor(LYON);
    // Out of scope or absent: the same answer, so that ids reveal nothing.
    for (const id of ['article-test-veyra-it', 'article-test-lumo-fr', 'article-none']) {
      const body = await t.graphql<ArticleData>(ARTICLE, { variables: { id }, token });
      expect(body.data, id).toEqual({ article: null });
      expect(body.errors, id).toEqual([
        {
          message: 'No such article, or it is not available to you',
          locations: expect.any(Array),
          path: ['article'],
          extensions: { code: 'NOT_FOUND' },
        },
      ]);
    }
    const visible = await t.graphql<ArticleData>(ARTICLE, {
      variables: { id: 'article-test-veyra-all' },
      token,
    });
    expect(visible.data?.article).toMatchObject({
      id: 'article-test-veyra-all',
      title: 'article-test-veyra-all fr',
      locale: 'fr',
      isFallback: false,
    });
    const admin = await t.graphql<ArticleData>(ARTICLE, {
      variables: { id: 'article-test-lumo-fr' },
      token: await t.tokenFor(ADMIN),
    });
    expect(admin.data?.article?.id).toBe('article-test-lumo-fr');
  });

  it("gives the reader's language by default, else the original marked as a fallback", async () => {
    const token = await t.tokenFor(LYON);
    const fallback = await t.graphql<ArticleData>(ARTICLE, {
      variables: { id: 'article-test-tie-a' },
      token,
    });
    expect(fallback.data?.article).toMatchObject({
      locale: 'it',
      isFallback: true,
      title: 'article-test-tie-a it',
    });
    const asked = await t.graphql<ArticleData>(ARTICLE, {
      variables: { id: 'article-test-veyra-all', locale: 'it' },
      token,
    });
    expect(asked.data?.article).toMatchObject({
      locale: 'it',
      isFallback: false,
      title: 'article-test-veyra-all it',
    });
  });

  it('serves each generated article in the asked locale exactly when that translation exists', async () => {
    const body = await feed(ADMIN, { first: 50, locale: 'de' });
    const nodes = body.data?.newsFeed.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(10);
    for (const node of nodes) {
      const original = all.find((a) => a.id === node.id)?.originalLocale;
      const german = translations.find((tr) => tr.articleId === node.id && tr.locale === 'de');
      expect(node, node.id).toMatchObject(
        german
          ? { locale: 'de', isFallback: false, title: german.title }
          : { locale: original, isFallback: original !== 'de' },
      );
    }
    expect(nodes.some((n) => n.isFallback)).toBe(true);
    expect(nodes.some((n) => !n.isFallback)).toBe(true);
  });

  it('returns complete, sanitised articles', async () => {
    const generated =
      t.network.articles.find((a) => a.brandId === 'brand-veyra' && a.countryCode === null) ??
      t.network.articles[0];
    const body = await t.graphql<ArticleData>(ARTICLE, {
      variables: { id: generated?.id, locale: generated?.originalLocale },
      token: await t.tokenFor(ADMIN),
    });
    const article = body.data?.article;
    expect(article?.bodyHtml).toMatch(/^<(p|h2|ul)>/);
    expect(article?.bodyHtml).not.toMatch(/<script|\{\{/);
    expect(article?.summary.length).toBeGreaterThan(10);
    expect(article).toMatchObject({ imageUrl: generated?.imageUrl, isFallback: false });
  });

  it('rejects page sizes outside 1..50, naming the value', async () => {
    for (const first of [0, -1, 51, 1000]) {
      const body = await feed(ADMIN, { first });
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain(String(first));
    }
    const largest = await feed(ADMIN, { first: 50 });
    expect(largest.errors).toBeUndefined();
    expect(largest.data?.newsFeed.edges).toHaveLength(Math.min(50, all.length));
    expect((await feed(ADMIN, { first: 1 })).data?.newsFeed.edges).toHaveLength(1);
  });

  it('rejects a cursor it did not make and an unknown locale', async () => {
    for (const variables of [
      { after: 'bm9wZQ' },
      { after: 'garbage!' },
      { locale: 'xx' },
      { locale: 'fr-FR; drop table' },
    ]) {
      const body = await feed(ADMIN, variables);
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });

  it('asks anonymous callers to sign in', async () => {
    for (const query of [FEED, `{ article(id: "article-0001") { id } }`]) {
      const body = await t.graphql(query);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('reads a page of the feed in one SQL query', async () => {
    const statements: string[] = [];
    const counting: Db = {
      query: (sql, params) => {
        statements.push(sql);
        return t.db.query(sql, params);
      },
      transaction: (fn) => t.db.transaction(fn),
      close: () => t.db.close(),
    };
    const app = createApp({ db: counting, config: testConfig() });
    const token = await t.tokenFor(ADMIN);
    const response = await app.yoga.fetch('http://piazza.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: FEED, variables: { first: 20 } }),
    });
    const body = (await response.json()) as GraphQLBody<FeedData>;
    expect(body.data?.newsFeed.edges).toHaveLength(20);
    // The principal, then the page.
    expect(statements.filter((sql) => /\bfrom articles\b/.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => !/demo_issuer_keys/.test(sql))).toHaveLength(2);
  });
});
